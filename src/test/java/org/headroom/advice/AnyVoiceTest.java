package org.headroom.advice;

import static org.headroom.testsupport.TestSignals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.headroom.testsupport.GlottalVoice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14: speech is found in any talker's voice, not one synthesiser's. The voices are
 * source-filter vowels ({@link GlottalVoice}: Rosenberg pulses through three formants), from a
 * low male voice (85 Hz, adult formants) to a child's (300 Hz, formants ×1.35).
 */
class AnyVoiceTest {
    /**
     * Speech-to-noise within ±3 dB (the target) in white and pink noise at 10 and 20 dB;
     * the measured figures were within 1.2 dB when written.
     */
    @ParameterizedTest
    @CsvSource({"85, 1.0", "120, 1.0", "210, 1.2", "300, 1.35"})
    void speechIsFoundAndItsLevelOverTheNoiseMeasuredForAnyVoice(double f0, double formants) throws Exception {
        int rate = 48000;
        for (double snr : new double[] {10, 20}) {
            float[] voice = placeAt(rate, GlottalVoice.speech(rate, 17, f0, formants, -20, 1), 3, 20);
            for (float[] noise : new float[][] {pinkNoise(rate, 20, -20 - snr, 4), whiteNoise(rate, 20, -20 - snr, 4)}) {
                double measured = Recordings.measure(rate, mix(noise, voice)).snrDb()
                        .orElseThrow(() -> new AssertionError("no speech found in a " + f0 + " Hz voice at " + snr + " dB"));
                assertEquals(snr, measured, 3, f0 + " Hz voice, formants x" + formants);
            }
        }
    }

    /**
     * A dry room (RT60 0.25 s) read 0.6 s or "no speech heard" on material that was not
     * espeak-ng: these voices give it within ±25 % (the tolerance for RT60 from speech),
     * the mic beyond the critical distance as the blind estimator assumes.
     */
    @ParameterizedTest
    @CsvSource({"85, 1.0", "120, 1.0", "210, 1.2", "300, 1.35"})
    void aDryRoomIsReadFromAnyVoice(double f0, double formants) throws Exception {
        int rate = 16000;
        double rt60 = 0.25;
        float[] wet = convolve(GlottalVoice.speech(rate, 25, f0, formants, -20, 2), roomImpulse(rate, rt60, Double.NaN, 22));
        float[] x = mix(placeAt(rate, wet, 0, 25), pinkNoise(rate, 25, -70, 5));
        Rt60Estimate e = Recordings.measure(rate, x).speechRt60()
                .orElseThrow(() -> new AssertionError("no RT60 from a " + f0 + " Hz voice"));
        assertEquals(rt60, e.seconds(), 0.25 * rt60, e.detail());
    }

    /**
     * A long room (RT60 2 s) from any voice within ±25 % (the target): this read 12–63 %
     * short before the guided re-cutting in {@link SpeechDecay} (higher voices worst). Seed 7,
     * neither a tuning seed (11–13) nor AccuracyProbe's (1–3); 7 s of room tone first and the
     * noise 40 dB under the speech, as in AccuracyProbe's rows. At 1 s the same voices check that
     * the change did not trade one room for another.
     */
    @ParameterizedTest
    @CsvSource({"85, 1.0, 2.0", "120, 1.0, 2.0", "210, 1.2, 2.0", "300, 1.35, 2.0", "210, 1.2, 1.0", "300, 1.35, 1.0"})
    void aLongRoomIsReadFromAnyVoice(double f0, double formants, double rt60) throws Exception {
        int rate = 16000;
        long seed = 7;
        float[] wet = convolve(GlottalVoice.speech(rate, 25, f0, formants, -20, seed), roomImpulse(rate, rt60, Double.NaN, seed + 20));
        float[] speech = placeAt(rate, wet, 7, 32);
        double level = rmsDbfs(java.util.Arrays.copyOfRange(speech, 7 * rate, 30 * rate));
        Rt60Estimate e = Recordings.measure(rate, mix(speech, pinkNoise(rate, 32, level - 40, seed + 100))).speechRt60()
                .orElseThrow(() -> new AssertionError("no RT60 from a " + f0 + " Hz voice"));
        assertEquals(rt60, e.seconds(), 0.25 * rt60, f0 + " Hz voice: " + e.detail());
    }
}
