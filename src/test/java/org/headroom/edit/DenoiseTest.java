package org.headroom.edit;

import static org.headroom.edit.EffectMeasures.RATE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Denoise at its default (12 dB) on speech-like material (glottal pulses through formants, with
 * pauses: {@link TestSignals#speechLike(int, double, double, long)}) at −20 dBFS active level,
 * plus pink or fan-like noise at 10, 15 and 20 dB SNR. The three targets, each with its
 * tolerance as the issue names it: the floor (quietest 500 ms) down by at least 10 dB, the active
 * speech level within 1.5 dB of the clean speech's, and the output nearer the clean speech than
 * the input by at least 5 dB (energy of the difference).
 */
class DenoiseTest {
    private static final double SPEECH_DB = -20;

    @ParameterizedTest(name = "{0} noise at {1} dB SNR")
    @CsvSource({"pink, 10", "pink, 15", "pink, 20", "fan, 10", "fan, 15", "fan, 20"})
    void lowersTheNoiseAndKeepsTheSpeech(String kind, double snr) throws IOException {
        float[] clean = TestSignals.concat(TestSignals.silence(RATE, 1.0), TestSignals.speechLike(RATE, 11.0, SPEECH_DB, 7));
        double seconds = clean.length / (double) RATE;
        double noiseDb = SPEECH_DB - snr;
        float[] noise = kind.equals("pink") ? TestSignals.pinkNoise(RATE, seconds, noiseDb, 11) : EffectMeasures.fanNoise(seconds, noiseDb, 11);
        float[] noisy = TestSignals.mix(clean, noise);
        float[] out = EffectMeasures.render(noisy, new Edit.Denoise(12, null, null));

        double floorDown = EffectMeasures.quietestDb(noisy, 0.5) - EffectMeasures.quietestDb(out, 0.5);
        double speechChange = EffectMeasures.activeDb(out, clean) - EffectMeasures.activeDb(clean, clean);
        double closer = EffectMeasures.db(EffectMeasures.differencePower(noisy, clean)) - EffectMeasures.db(EffectMeasures.differencePower(out, clean));
        String figures = String.format("floor down %.2f dB, speech level %+.2f dB, %.2f dB nearer the clean speech", floorDown, speechChange, closer);
        System.out.println("denoise " + kind + " " + snr + " dB SNR: " + figures);
        assertTrue(floorDown >= 10, figures);
        assertTrue(Math.abs(speechChange) <= 1.5, figures);
        assertTrue(closer >= 5, figures);
    }
}
