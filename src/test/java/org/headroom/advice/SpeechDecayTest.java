package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Blind speech RT60 against synthetic rooms, 40 dB SNR, seeds 30–32. The target is ±25 %
 * on one recording, and that is the tolerance for each room here. {@link SpeechDecay} has no
 * calibration; its one tuned figure (how far the level must fall before a decay is used) was
 * chosen on seeds 100–107, and on seeds 200–219 the worst single reading was within 16 %
 * ({@code SpeechAccuracyProbe 200 20 40}), so ±25 % leaves room for a different seed's luck
 * without hiding a real regression. The mean of the three rooms must also be within ±25 %.
 */
class SpeechDecayTest {
    private static final int RATE = 16000;

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.4, 0.6, 0.8, 1.0, 1.5, 2.0})
    void speechGivesRt60(double rt60) throws Exception {
        double sum = 0;
        double[] drr = {Double.NaN, 0, -5};
        for (int i = 0; i < 3; i++) {
            Location loc = Recordings.measure(RATE, Recordings.room(RATE, rt60, drr[i], false, 40, 30 + i));
            Rt60Estimate e = loc.speechRt60().orElseThrow(() -> new AssertionError("no estimate at " + rt60));
            assertEquals(Rt60Method.SPEECH, e.method());
            double error = e.seconds() / rt60 - 1;
            assertTrue(Math.abs(error) <= 0.25,
                    String.format("RT60 %.2f read %.2f (%+.0f %%) %s", rt60, e.seconds(), 100 * error, e.detail()));
            sum += error;
        }
        assertEquals(0, sum / 3, 0.25, "mean error over three rooms at RT60 " + rt60);
    }

    /**
     * A voice from a real text-to-speech front end (espeak-ng, committed as a fixture, see
     * src/test/resources/speech/README.md) through rooms of 0.6–1.5 s, DRR 0 dB, 40 dB SNR:
     * within ±25 %. Its syllables fade more slowly than speechLike's, so in shorter rooms it reads
     * long (about +40 % at 0.25 s, see {@link SpeechDecay}'s limits): there the next test asks
     * that the estimate says so instead.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.6, 1.0, 1.5})
    void aSynthesisedVoiceGivesRt60(double rt60) throws Exception {
        float[] x = voiceIn(rt60);
        Rt60Estimate e = Recordings.measure(RATE, x).speechRt60().orElseThrow(() -> new AssertionError("no estimate at " + rt60));
        double error = e.seconds() / rt60 - 1;
        assertTrue(Math.abs(error) <= 0.25, String.format("RT60 %.2f read %.2f (%+.0f %%) %s", rt60, e.seconds(), 100 * error, e.detail()));
    }

    /**
     * Where that voice reads long — a 0.25 s room, where it read about +40 %, and a 0.4 s one, about
     * +14 % — the estimate must say so: low confidence ("low" is below 0.4) at 0.25 s and a request
     * for a clap in both.
     */
    @Test
    void aDryRoomHeardThroughASlowFadingVoiceAsksForAClap() throws Exception {
        Rt60Estimate e = Recordings.measure(RATE, voiceIn(0.25)).speechRt60().orElseThrow();
        assertEquals("low", e.confidenceWord(), e.seconds() + " s at confidence " + e.confidence());
        assertTrue(e.detail().contains("clap"), e.detail());
        Rt60Estimate small = Recordings.measure(RATE, voiceIn(0.4)).speechRt60().orElseThrow();
        assertTrue(small.detail().contains("clap"), small.seconds() + " s: " + small.detail());
        Rt60Estimate lively = Recordings.measure(RATE, voiceIn(1.0)).speechRt60().orElseThrow();
        assertTrue(!lively.detail().contains("clap") && lively.confidence() > e.confidence(), lively.toString());
    }

    private static float[] voiceIn(double rt60) throws Exception {
        float[] h = TestSignals.roomImpulse(RATE, rt60, 0, 33);
        float[] wet = TestSignals.placeAt(RATE, TestSignals.convolve(dryVoice(), h), 5, 20);
        double level = TestSignals.rmsDbfs(java.util.Arrays.copyOfRange(wet, 5 * RATE, 17 * RATE));
        return TestSignals.mix(wet, TestSignals.pinkNoise(RATE, 20, level - 40, 133));
    }

    private static float[] dryVoice() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of(SpeechDecayTest.class.getResource("/speech/espeak-en-gb-12s.flac").toURI());
        try (AudioSource source = AudioFiles.open(file)) {
            assertEquals(RATE, source.format().sampleRate());
            float[][] block = new float[source.format().channels()][4096];
            float[] out = new float[0];
            for (int n; (n = source.read(block)) > 0; ) {
                int at = out.length;
                out = java.util.Arrays.copyOf(out, at + n);
                System.arraycopy(block[0], 0, out, at, n);
            }
            return out;
        }
    }

    @Test
    void confidenceIsCappedBecauseTheMethodIsBlind() throws Exception {
        Location loc = Recordings.measure(RATE, Recordings.room(RATE, 0.6, Double.NaN, false, 40, 40));
        assertTrue(loc.speechRt60().orElseThrow().confidence() <= SpeechDecay.MAX_CONFIDENCE);
    }

    @Test
    void confidenceFallsWhenNoiseLeavesLittleDecayToFit() throws Exception {
        double clean = Recordings.measure(RATE, Recordings.room(RATE, 0.6, Double.NaN, false, 40, 41)).speechRt60().orElseThrow().confidence();
        var noisy = Recordings.measure(RATE, Recordings.room(RATE, 0.6, Double.NaN, false, 20, 41)).speechRt60();
        assertTrue(noisy.isEmpty() || noisy.get().confidence() < 0.5 * clean,
                "confidence at 20 dB SNR " + noisy.map(Rt60Estimate::confidence) + " against " + clean + " at 40 dB");
    }

    @Test
    void noiseAloneGivesNoEstimate() throws Exception {
        float[] x = org.headroom.testsupport.TestSignals.pinkNoise(RATE, 10, -50, 5);
        assertTrue(Recordings.measure(RATE, x).speechRt60().isEmpty());
        assertTrue(Recordings.measure(RATE, x).rt60().isEmpty());
    }
}
