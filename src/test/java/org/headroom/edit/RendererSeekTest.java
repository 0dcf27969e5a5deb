package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.headroom.audio.AudioSource;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/**
 * Rendering from any programme position equals the tail of a full render: exactly where every
 * stage goes by position (pieces, crossfades, gain and silence regions, gain, fades), and within
 * float rounding where a filter or the limiter remembers the past and starts from a pre-roll.
 */
class RendererSeekTest {
    private static final int RATE = 48_000;
    /**
     * Filters and limiter after {@link Renderer#PREROLL_SECONDS} of pre-roll: a cold start differs
     * from a warm one by e^-15 of the transient, and float rounding in the biquads adds about 1e-7;
     * 1e-6 is -120 dBFS, a twentieth of a 16-bit step.
     */
    private static final double SETTLED = 1e-6;

    private static final float[] LEFT = TestSignals.speechLike(RATE, 20, 1);
    private static final float[] RIGHT = TestSignals.speechLike(RATE, 20, 2);

    /** Cuts with crossfades, material pasted from earlier (a backward seek), silence and gain regions, gain, fades. */
    private static final EditList STATELESS = EditList.of(
            new Edit.Cut(2.0, 3.0), new Edit.Cut(7.25, 7.5), new Edit.Insert(10.0, 1.0, 1.8),
            new Edit.Silence(12.0, 12.4), new Edit.Gain(-4, 14.0, 15.0), new Edit.Gain(-1.5),
            new Edit.FadeIn(1.0, FadeShape.EQUAL_POWER), new Edit.FadeOut(2.5, FadeShape.S_CURVE));

    private static float[][] readFrom(Renderer.Rendering plan, long start) throws IOException {
        try (AudioSource s = plan.openAt(start)) {
            assertEquals(plan.format().frames(), s.format().frames(), "the format describes the whole programme");
            List<float[][]> blocks = new ArrayList<>();
            int total = 0;
            float[][] block = new float[2][1000]; // odd size: joins and fades land mid-block
            for (int n; (n = s.read(block)) > 0; ) {
                float[][] copy = {Arrays.copyOf(block[0], n), Arrays.copyOf(block[1], n)};
                blocks.add(copy);
                total += n;
            }
            float[][] out = new float[2][total];
            int at = 0;
            for (float[][] b : blocks) {
                for (int c = 0; c < 2; c++) System.arraycopy(b[c], 0, out[c], at, b[c].length);
                at += b[0].length;
            }
            return out;
        }
    }

    private static float[] tail(float[] x, long start) {
        return Arrays.copyOfRange(x, (int) start, x.length);
    }

    @Test
    void aStatelessChainSeeksSampleForSampleToEveryKindOfPlace() throws IOException {
        Renderer.Rendering plan = Renderer.plan(Rendered.memory(RATE, LEFT, RIGHT), STATELESS);
        float[][] full = readFrom(plan, 0);
        List<Long> places = new ArrayList<>(List.of(1L, 999L, (long) RATE / 2, plan.format().frames() - 1, plan.format().frames()));
        for (Timeline.Join j : plan.timeline().joins()) {
            // either side of each crossfade, its start, its centre (the cut), inside each half
            for (long d : new long[] {-j.halfFrames() - 1, -j.halfFrames(), -j.halfFrames() / 2, -1, 0, 1, j.halfFrames() / 3,
                    j.halfFrames() - 1, j.halfFrames()}) {
                places.add(j.outputFrame() + d);
            }
        }
        assertTrue(plan.timeline().joins().size() >= 3 && plan.timeline().joins().get(0).halfFrames() > 0, "there are crossfades to land in");
        for (long at : places) {
            float[][] from = readFrom(plan, at);
            for (int c = 0; c < 2; c++) assertArrayEquals(tail(full[c], at), from[c], "channel " + c + " from frame " + at);
        }
        qt().withExamples(60).forAll(integers().between(0, (int) plan.format().frames())).checkAssert(at -> {
            try {
                assertArrayEquals(tail(full[0], at), readFrom(plan, at)[0], "from frame " + at);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void filtersAndTheLimiterSettleWithinRoundingAfterThePreRoll() throws IOException {
        float[] hum = TestSignals.hum(RATE, 20, 50, -30, -6, -10);
        float[] l = TestSignals.mix(LEFT, hum);
        float[] r = TestSignals.mix(RIGHT, hum);
        EditList list = STATELESS.with(new Edit.HighPass(80, 4)).with(new Edit.HumNotch(50, 3, 30))
                .with(new Edit.NormaliseLoudness(-12, -1.0)); // loud enough that the limiter works throughout
        Renderer.Rendering plan = Renderer.plan(Rendered.memory(RATE, l, r), list);
        assertTrue(plan.limiterGainDb() < -1, "the limiter is busy: " + plan.limiterGainDb());
        float[][] full = readFrom(plan, 0);
        long preroll = Math.round(Renderer.PREROLL_SECONDS * RATE);
        for (long at : new long[] {RATE / 3, preroll + 1, 5L * RATE + 17, plan.timeline().joins().get(1).outputFrame(), 13L * RATE + 999}) {
            float[][] from = readFrom(plan, at);
            for (int c = 0; c < 2; c++) {
                float[] want = tail(full[c], at);
                assertEquals(want.length, from[c].length);
                double worst = 0;
                for (int i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(want[i] - from[c][i]));
                assertTrue(worst <= SETTLED, "from frame " + at + ", channel " + c + ": off by up to " + worst);
                if (at <= preroll) assertEquals(0.0, worst, "inside the first pre-roll it renders from the start, so exactly");
            }
        }
    }
}
