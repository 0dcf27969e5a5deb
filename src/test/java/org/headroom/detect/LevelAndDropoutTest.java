package org.headroom.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Map;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

class LevelAndDropoutTest {
    private static final int RATE = 48000;

    private static List<Finding> levels(float[]... channels) {
        return Blocks.feed(new LevelProblemDetector(channels.length, RATE), channels, 1024).findings();
    }

    private static List<Finding> of(List<Finding> all, FindingKind kind) {
        return all.stream().filter(f -> f.kind() == kind).toList();
    }

    private static float[] speechInRoom(double seconds, double dbfs, long seed) {
        return TestSignals.mix(TestSignals.speechLike(RATE, seconds, dbfs, seed),
                TestSignals.whiteNoise(RATE, seconds, dbfs - 45, seed + 1));
    }

    // ---- levels

    @Test
    void quietDialogueIsTooQuietAndNormalIsNot() {
        List<Finding> quiet = of(levels(speechInRoom(20, -40, 1)), FindingKind.TOO_QUIET);
        assertEquals(1, quiet.size());
        // 1.5 dB: the gate keeps ramps and short gaps out a little differently from the generator's own "active"
        assertEquals(-40, quiet.get(0).value(), 1.5);
        assertTrue(levels(speechInRoom(20, -20, 1)).isEmpty(), () -> levels(speechInRoom(20, -20, 1)).toString());
    }

    @Test
    void wholeFileSilentIsAnError() {
        List<Finding> f = levels(TestSignals.silence(RATE, 5), TestSignals.silence(RATE, 5));
        assertEquals(1, f.size());
        assertEquals(FindingKind.SILENCE, f.get(0).kind());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void silentStretchInsideIsFoundWithItsRange() {
        float[] x = TestSignals.concat(speechInRoom(5, -20, 2), TestSignals.silence(RATE, 3), speechInRoom(5, -20, 3));
        Finding f = of(levels(x), FindingKind.SILENCE).get(0);
        assertEquals(5.0, f.startSeconds(), 0.011); // 10 ms frames
        assertEquals(8.0, f.endSeconds(), 0.011);
        assertTrue(of(levels(TestSignals.concat(speechInRoom(5, -20, 2), TestSignals.silence(RATE, 1),
                speechInRoom(5, -20, 3))), FindingKind.SILENCE).isEmpty(), "1 s is a pause, not a problem");
    }

    @Test
    void deadChannelIsNamed() {
        float[] x = speechInRoom(10, -20, 4);
        Finding f = of(levels(x, TestSignals.silence(RATE, 10)), FindingKind.DEAD_CHANNEL).get(0);
        assertEquals(1, f.channel());
        assertTrue(f.endSeconds() - f.startSeconds() > 9.9);
        assertTrue(f.message().startsWith("Channel 2 is dead"));
    }

    @Test
    void dcOffsetAboveOneHundredthIsFlagged() {
        float[] sine = TestSignals.sine(RATE, 3, 1000, -12);
        float[] off = sine.clone();
        float[] slight = sine.clone();
        for (int i = 0; i < sine.length; i++) {
            off[i] += 0.02f;
            slight[i] += 0.005f;
        }
        Finding f = of(levels(off), FindingKind.DC_OFFSET).get(0);
        assertEquals(0.02, f.value(), 1e-4);
        assertTrue(of(levels(slight), FindingKind.DC_OFFSET).isEmpty());
    }

    @Test
    void tighterDcLimitFlagsASmallOffset() {
        float[] slight = TestSignals.sine(RATE, 3, 1000, -12);
        for (int i = 0; i < slight.length; i++) slight[i] += 0.005f;
        DetectionThresholds strict = DetectionThresholds.DEFAULTS.with(Map.of("dcOffsetLimit", 0.002));
        List<Finding> f = of(Blocks.feed(new LevelProblemDetector(1, RATE, strict), slight, 1024).findings(),
                FindingKind.DC_OFFSET);
        assertEquals(1, f.size());
        assertEquals(0.005, f.get(0).value(), 1e-4);
        assertEquals("|mean sample value| above 0.002 of full scale", f.get(0).rule());
    }

    @Test
    void stereoPairProblems() {
        float[] x = speechInRoom(10, -20, 5);
        float[] inverted = x.clone();
        for (int i = 0; i < x.length; i++) inverted[i] = -x[i];
        List<Finding> phase = of(levels(x, inverted), FindingKind.PHASE_INVERTED);
        assertEquals(-1.0, phase.get(0).value(), 1e-6);
        assertEquals(1, of(levels(x, x.clone()), FindingKind.MONO_IN_STEREO).size());
        List<Finding> real = levels(x, speechInRoom(10, -20, 6));
        assertTrue(of(real, FindingKind.MONO_IN_STEREO).isEmpty() && of(real, FindingKind.PHASE_INVERTED).isEmpty());
    }

    // ---- dropouts

    private static float[] tone() {
        return TestSignals.mix(TestSignals.sine(RATE, 2, 440, -12), TestSignals.whiteNoise(RATE, 2, -70, 9));
    }

    @Test
    void tenMillisecondsOfZerosMidToneIsOneDropout() {
        float[] x = tone();
        int at = 48_017;
        for (int i = 0; i < 480; i++) x[at + i] = 0;
        List<Finding> f = Blocks.feed(new DropoutDetector(1, RATE), x, 1000).findings();
        assertEquals(1, f.size(), f.toString());
        assertEquals(at, f.get(0).startFrame());
        assertEquals(at + 480, f.get(0).endFrame());
        assertTrue(f.get(0).message().contains("10.0 ms"), f.get(0).message());
    }

    @Test
    void droppedSamplesMakeAClick() {
        float[] t = tone();
        float[] x = TestSignals.concat(java.util.Arrays.copyOfRange(t, 0, 50_000),
                java.util.Arrays.copyOfRange(t, 50_030, t.length));
        List<Finding> f = Blocks.feed(new DropoutDetector(1, RATE), x, 1000).findings();
        assertEquals(1, f.size(), f.toString());
        assertEquals(50_000, f.get(0).startFrame(), 1);
    }

    @Test
    void noDropoutsInCleanMaterialOrAtTheEdges() {
        float[][] cases = {
                TestSignals.concat(TestSignals.silence(RATE, 1), TestSignals.sine(RATE, 2, 1000, -6), TestSignals.silence(RATE, 1)),
                TestSignals.speechLike(RATE, 20, -20, 10),
                TestSignals.mix(TestSignals.speechLike(RATE, 20, -20, 11), TestSignals.whiteNoise(RATE, 20, -60, 12)),
                TestSignals.pinkNoise(RATE, 10, -10, 13),
                TestSignals.whiteNoise(RATE, 10, -10, 14),
                TestSignals.sine(RATE, 5, 15000, -3),
                TestSignals.quantise(TestSignals.speechLike(RATE, 20, -45, 15), 16),
        };
        for (float[] x : cases) {
            List<Finding> f = Blocks.feed(new DropoutDetector(1, RATE), x, 1000).findings();
            assertTrue(f.isEmpty(), f::toString);
        }
    }

    @Test
    void blockSizeNeverChangesDropouts() {
        float[] x = tone();
        for (int i = 0; i < 100; i++) x[30_000 + i] = 0;
        x[70_000] = 0.9f;
        List<Finding> reference = Blocks.feed(new DropoutDetector(1, RATE), x, x.length).findings();
        assertEquals(2, reference.size(), reference.toString());
        qt().withExamples(20).forAll(integers().between(1, 3000)).checkAssert(size ->
                assertEquals(reference, Blocks.feed(new DropoutDetector(1, RATE), x, size).findings()));
    }

    /**
     * Issue 10: a plosive out of quiet room tone, raised about 11 dB by loudness normalisation
     * (its 0.064 first step became 0.23), was a DROPOUT error, most of all in an MP3 decode whose
     * low-pass thins the room tone's sample-to-sample steps. A sound beginning is not a click at
     * any level; the same jump inside steady programme still is.
     */
    @Test
    void aPlosiveOnsetIsNotAClickAtAnyLevel() {
        float[] roomTone = TestSignals.lowPass(TestSignals.whiteNoise(RATE, 1.0, -50, 21), RATE, 4000); // thin steps, as after a codec
        int onset = RATE / 2 + 123;
        float[] take = roomTone.clone();
        double phase = Math.asin(0.064 / 0.08);
        for (int k = 0; onset + k < take.length; k++) {
            double decay = Math.exp(-k / (0.15 * RATE));
            take[onset + k] += (float) (0.08 * decay * Math.sin(2 * Math.PI * 150 * k / RATE + phase)); // first sample 0.064
        }
        for (double gainDb : new double[] {0, 11, 20}) {
            float g = (float) Math.pow(10, gainDb / 20);
            float[] x = new float[take.length];
            for (int i = 0; i < x.length; i++) x[i] = take[i] * g;
            List<Finding> f = Blocks.feed(new DropoutDetector(1, RATE), x, 1000).findings();
            assertTrue(f.isEmpty(), "+" + gainDb + " dB: " + f);
        }
    }

    /** The onset exemption does not hide dropped samples: the same 0.23 jump mid-programme, at every level. */
    @Test
    void droppedSamplesStayAClickAtEveryLevel() {
        for (double gainDb : new double[] {-6, 0, 11}) {
            float g = (float) Math.pow(10, gainDb / 20);
            float[] t = tone();
            for (int i = 0; i < t.length; i++) t[i] *= g;
            float[] x = TestSignals.concat(java.util.Arrays.copyOfRange(t, 0, 50_000), java.util.Arrays.copyOfRange(t, 50_030, t.length));
            List<Finding> f = Blocks.feed(new DropoutDetector(1, RATE), x, 1000).findings();
            assertEquals(1, f.size(), "+" + gainDb + " dB: " + f);
            assertEquals(50_000, f.get(0).startFrame(), 1);
        }
    }
}
