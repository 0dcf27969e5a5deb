package org.headroom.meter;

import static org.headroom.testsupport.TestSignals.alternating;
import static org.headroom.testsupport.TestSignals.burstAtFrame;
import static org.headroom.testsupport.TestSignals.channels;
import static org.headroom.testsupport.TestSignals.concat;
import static org.headroom.testsupport.TestSignals.silence;
import static org.headroom.testsupport.TestSignals.toneSequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.headroom.testsupport.TestSignals;
import org.headroom.testsupport.TestSignals.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EBU Tech 3341 (cases 1–6, 9–14) and Tech 3342 (cases 1–4), synthesised: 1 kHz sines at
 * 48 kHz, stereo unless stated, where a sine of peak P dBFS in both channels reads P LUFS.
 */
class LoudnessMeterTest {
    private static final int RATE = 48000;
    /** Tech 3341 §2.9: M, S and I within ±0.1 LU. */
    private static final double EBU_LU = 0.1;
    /** Tech 3342 §4: LRA within ±1 LU. */
    private static final double EBU_LRA = 1.0;
    private static final double[] STEREO = {1.0, 1.0};

    /** How the meter under test keeps its gating blocks; {@link LiveLoudnessMeterTest} runs every case again with histograms. */
    LoudnessMeter.Gating gating() {
        return LoudnessMeter.Gating.EXACT;
    }

    LoudnessMeter meter(int rate, double[] weights) {
        return new LoudnessMeter(rate, weights, gating());
    }

    LoudnessMeter stereo(float[] mono) {
        LoudnessMeter m = meter(RATE, STEREO);
        Feed.all(m, channels(mono, 2), 1000);
        return m;
    }

    private static List<double[]> history(LoudnessMeter m) {
        List<double[]> out = new ArrayList<>();
        m.drainSteps((t, mo, st) -> out.add(new double[] {t, mo, st}));
        return out;
    }

    @Test
    void case1And2SteadyToneReadsItsLevel() {
        for (double level : new double[] {-23, -33}) {
            LoudnessMeter m = stereo(toneSequence(RATE, new Segment(level, 20)));
            assertEquals(level, m.momentary().getAsDouble(), EBU_LU);
            assertEquals(level, m.shortTerm().getAsDouble(), EBU_LU);
            assertEquals(level, m.integrated().getAsDouble(), EBU_LU);
        }
    }

    @Test
    void case3RelativeGateDropsTheQuietEnds() {
        LoudnessMeter m = stereo(toneSequence(RATE, new Segment(-36, 10), new Segment(-23, 60), new Segment(-36, 10)));
        assertEquals(-23, m.integrated().getAsDouble(), EBU_LU);
    }

    @Test
    void case4AbsoluteAndRelativeGates() {
        LoudnessMeter m = stereo(toneSequence(RATE, new Segment(-72, 10), new Segment(-36, 10), new Segment(-23, 60),
            new Segment(-36, 10), new Segment(-72, 10)));
        assertEquals(-23, m.integrated().getAsDouble(), EBU_LU);
    }

    @Test
    void case5LouderMiddleSection() {
        LoudnessMeter m = stereo(toneSequence(RATE, new Segment(-26, 20), new Segment(-20, 20.1), new Segment(-26, 20)));
        assertEquals(-23, m.integrated().getAsDouble(), EBU_LU);
    }

    @Test
    void case6FiveChannelsWithSurroundWeights() {
        float[] lr = toneSequence(RATE, new Segment(-28, 20));
        float[] c = toneSequence(RATE, new Segment(-24, 20));
        float[] s = toneSequence(RATE, new Segment(-30, 20));
        LoudnessMeter five = meter(RATE, new double[] {1, 1, 1, 1.41, 1.41});
        Feed.all(five, new float[][] {lr, lr.clone(), c, s, s.clone()});
        assertEquals(-23, five.integrated().getAsDouble(), EBU_LU);
        // 5.1 (L R C LFE Ls Rs) with a silent LFE weighted 0 reads the same.
        LoudnessMeter six = meter(RATE, new double[] {1, 1, 1, 0, 1.41, 1.41});
        Feed.all(six, new float[][] {lr, lr.clone(), c, new float[lr.length], s, s.clone()});
        assertEquals(-23, six.integrated().getAsDouble(), EBU_LU);
    }

    @Test
    void case9ShortTermIsSteadyOnAlternatingBursts() {
        LoudnessMeter m = stereo(alternating(RATE, -20, 1.34, -30, 1.66, 5));
        List<double[]> steps = history(m);
        int checked = 0;
        for (double[] step : steps) {
            if (step[0] >= 3.0 - 1e-9) {
                assertEquals(-23, step[2], EBU_LU, "S at " + step[0]);
                checked++;
            }
        }
        assertTrue(checked > 1000);
    }

    @Test
    void case10MaxShortTermOfBurstsAtTwentyOffsets() {
        for (int i = 0; i < 20; i++) {
            // Offsets cover every position inside a 10 ms step and inside a 100 ms block.
            int lead = 4800 + i * (24 + 480);
            LoudnessMeter m = stereo(burstAtFrame(RATE, lead, 3.0, -23, 1.0));
            assertEquals(-23, m.maxShortTerm().getAsDouble(), EBU_LU, "offset " + lead);
        }
    }

    @Test
    void case11MaxShortTermOfSuccessiveLevels() {
        checkSuccessiveMaxima(3.0, 2);
    }

    @Test
    void case12MomentaryIsSteadyOnAlternatingBursts() {
        LoudnessMeter m = stereo(alternating(RATE, -20, 0.18, -30, 0.22, 25));
        int checked = 0;
        for (double[] step : history(m)) {
            if (step[0] >= 1.0 - 1e-9) {
                assertEquals(-23, step[1], EBU_LU, "M at " + step[0]);
                checked++;
            }
        }
        assertTrue(checked > 800);
    }

    @Test
    void case13MaxMomentaryOfBurstsAtTwentyOffsets() {
        for (int i = 0; i < 20; i++) {
            int lead = 4800 + i * (24 + 480);
            LoudnessMeter m = stereo(burstAtFrame(RATE, lead, 0.4, -23, 1.0));
            assertEquals(-23, m.maxMomentary().getAsDouble(), EBU_LU, "offset " + lead);
        }
    }

    @Test
    void case14MaxMomentaryOfSuccessiveLevels() {
        checkSuccessiveMaxima(0.4, 1);
    }

    /**
     * Cases 11 and 14: bursts at −38, −37, …, −19 dBFS, each after enough silence that windows
     * never hold two bursts, each at a different sub-step offset; the maximum of M or S
     * around each burst must read its level.
     */
    private void checkSuccessiveMaxima(double burstSeconds, int gapSeconds) {
        List<float[]> parts = new ArrayList<>();
        List<double[]> spans = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < 20; i++) {
            int lead = gapSeconds * RATE + i * 24;
            float[] p = burstAtFrame(RATE, lead, burstSeconds, -38 + i, 0);
            parts.add(p);
            double start = t + (double) lead / RATE;
            spans.add(new double[] {start, start + burstSeconds + gapSeconds * 0.5, -38 + i});
            t += (double) p.length / RATE;
        }
        parts.add(silence(RATE, gapSeconds));
        LoudnessMeter m = stereo(concat(parts.toArray(new float[0][])));
        List<double[]> steps = history(m);
        int column = burstSeconds > 1 ? 2 : 1;
        for (double[] span : spans) {
            double max = Double.NEGATIVE_INFINITY;
            for (double[] step : steps) {
                if (step[0] > span[0] && step[0] <= span[1] && step[column] > max) max = step[column];
            }
            assertEquals(span[2], max, EBU_LU, "burst at " + span[2] + " dBFS");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void tech3342LoudnessRange(int testCase) {
        Segment[] seq;
        double expected;
        switch (testCase) {
            case 1 -> { seq = new Segment[] {new Segment(-20, 20), new Segment(-30, 20)}; expected = 10; }
            case 2 -> { seq = new Segment[] {new Segment(-20, 20), new Segment(-15, 20)}; expected = 5; }
            case 3 -> { seq = new Segment[] {new Segment(-40, 20), new Segment(-20, 20)}; expected = 20; }
            default -> {
                seq = new Segment[] {new Segment(-50, 20), new Segment(-35, 20), new Segment(-20, 20),
                    new Segment(-35, 20), new Segment(-50, 20)};
                expected = 15;
            }
        }
        LoudnessMeter m = stereo(toneSequence(RATE, seq));
        assertEquals(expected, m.loudnessRange().getAsDouble(), EBU_LRA);
    }

    @Test
    void silenceLeavesEverythingUndefined() {
        LoudnessMeter m = stereo(silence(RATE, 5));
        assertFalse(m.momentary().isPresent());
        assertFalse(m.shortTerm().isPresent());
        assertFalse(m.integrated().isPresent());
        assertFalse(m.loudnessRange().isPresent());
        assertFalse(m.maxMomentary().isPresent());
        assertFalse(m.maxShortTerm().isPresent());
        for (double[] step : history(m)) {
            assertTrue(Double.isNaN(step[1]) && Double.isNaN(step[2]));
        }
    }

    @Test
    void momentaryUndefinedBefore400msAndShortTermBefore3s() {
        LoudnessMeter m = meter(RATE, STEREO);
        Feed.all(m, channels(TestSignals.sine(RATE, 0.39, 1000, -23), 2));
        assertFalse(m.momentary().isPresent());
        Feed.all(m, channels(TestSignals.sine(RATE, 0.02, 1000, -23), 2));
        assertTrue(m.momentary().isPresent());
        assertFalse(m.shortTerm().isPresent());
        Feed.all(m, channels(TestSignals.sine(RATE, 2.6, 1000, -23), 2));
        assertTrue(m.shortTerm().isPresent());
    }

    @Test
    void toneThenSilenceMakesMomentaryUndefinedAgainButKeepsIntegrated() {
        LoudnessMeter m = stereo(concat(TestSignals.sine(RATE, 20, 1000, -23), silence(RATE, 2)));
        assertFalse(m.momentary().isPresent(), "digital silence reads −∞, i.e. undefined");
        // The three gating blocks straddling the end hold 3/4, 1/2, 1/4 of the tone and pass both
        // gates (as BS.1770 intends), pulling I down by 0.007 dB over 20 s: well inside ±0.1.
        assertEquals(-23, m.integrated().getAsDouble(), EBU_LU);
    }

    /** The reference figure of metering.md: 997 Hz full-scale mono sine = −3.01 LUFS. */
    @Test
    void fullScaleMonoSine() {
        LoudnessMeter m = meter(RATE, new double[] {1.0});
        Feed.all(m, new float[][] {TestSignals.sine(RATE, 10, 997, 0)});
        // 0.01 LU: the −0.691 offset cancels the K-weighting gain at 997 Hz to that precision.
        assertEquals(-3.01, m.integrated().getAsDouble(), 0.01);
        assertEquals(-3.01, m.momentary().getAsDouble(), 0.01);
    }

    @Test
    void dcIsRemovedByTheHighPass() {
        LoudnessMeter m = meter(RATE, new double[] {1.0});
        Feed.all(m, new float[][] {TestSignals.constant(RATE, 5, 0.5)});
        // The switch-on step is a real transient and is measured; steady DC is not.
        assertTrue(m.momentary().orElse(Double.NEGATIVE_INFINITY) < -100, "steady DC reads nothing");
    }

    @Test
    void resetIntegratedStartsAfresh() {
        LoudnessMeter m = stereo(TestSignals.sine(RATE, 10, 1000, -13));
        m.resetIntegrated();
        assertFalse(m.integrated().isPresent());
        assertFalse(m.maxMomentary().isPresent());
        Feed.all(m, channels(TestSignals.sine(RATE, 10, 1000, -30), 2));
        assertEquals(-30, m.integrated().getAsDouble(), EBU_LU);
        assertEquals(-30, m.maxMomentary().getAsDouble(), EBU_LU);
        assertEquals(-30, m.maxShortTerm().getAsDouble(), EBU_LU);
    }

    @Test
    void drainGivesOneStepPer10msWithTheirEndTimes() {
        LoudnessMeter m = meter(22050, new double[] {1.0});
        Feed.all(m, new float[][] {TestSignals.sine(22050, 1.005, 1000, -20)}, 333);
        List<double[]> steps = history(m);
        assertEquals(100, steps.size());
        // Step k ends at frame floor(k·22050/100): the first step is 220 frames long.
        assertEquals(220.0 / 22050, steps.get(0)[0], 1e-12);
        assertEquals(1.0, steps.get(99)[0], 1e-12);
        assertTrue(Double.isNaN(steps.get(38)[1]));
        assertFalse(Double.isNaN(steps.get(39)[1]));
        assertEquals(0, m.drainSteps((a, b, c) -> { }));
    }

    /** At 22050 Hz steps alternate 220/221 frames; the grid must not drift over an hour-long count. */
    @Test
    void oddRateStepGridDoesNotDrift() {
        LoudnessMeter m = meter(22050, new double[] {1.0});
        Feed.all(m, new float[][] {new float[22050 * 7]}, 4096);
        assertEquals(700, m.steps());
    }
}
