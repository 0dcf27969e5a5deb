package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Blind speech RT60 against synthetic rooms, 40 dB SNR, seeds 30–32 (the calibration in
 * {@link SpeechDecay} was fitted on seeds 1–6). The target is ±25 %. On one recording we
 * meet it up to 1.2 s; at 1.5–2 s single recordings have read up to 45 % long in our runs
 * (pauses are short against such decays), so there the mean of three rooms must be within
 * ±25 % and each within ±50 %.
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
            assertTrue(Math.abs(error) <= (rt60 <= 1.2 ? 0.25 : 0.5),
                    String.format("RT60 %.2f read %.2f (%+.0f %%) %s", rt60, e.seconds(), 100 * error, e.detail()));
            sum += error;
        }
        assertEquals(0, sum / 3, 0.25, "mean error over three rooms at RT60 " + rt60);
    }

    @Test
    void confidenceIsCappedBecauseTheMethodIsBlind() throws Exception {
        Location loc = Recordings.measure(RATE, Recordings.room(RATE, 0.6, Double.NaN, false, 40, 40));
        assertTrue(loc.speechRt60().orElseThrow().confidence() <= SpeechDecay.MAX_CONFIDENCE);
    }

    @Test
    void noiseAloneGivesNoEstimate() throws Exception {
        float[] x = org.headroom.testsupport.TestSignals.pinkNoise(RATE, 10, -50, 5);
        assertTrue(Recordings.measure(RATE, x).speechRt60().isEmpty());
        assertTrue(Recordings.measure(RATE, x).rt60().isEmpty());
    }
}
