package org.headroom.meter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.headroom.dsp.Biquad;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KWeightingTest {
    /** The table in BS.1770 is printed with 14 decimals; our design reproduces it to rounding. */
    private static final double TABLE_TOLERANCE = 1e-8;
    /**
     * The bilinear transform warps frequencies near Nyquist, so across rates the response can
     * only match where the band is well below fs/2 (we check up to 0.4·fs, and rates from
     * 22.05 kHz: at 16 kHz the 1.7 kHz shelf itself sits at 0.1·fs and is warped by 0.05 dB); 0.05 dB there is half of Tech 3341's
     * ±0.1 LU for a whole loudness figure.
     */
    private static final double RESPONSE_TOLERANCE_DB = 0.05;

    @Test
    void reproducesTheBs1770TableAt48k() {
        Biquad[] k = KWeighting.sections(48000);
        assertArrayEquals(new double[] {1.53512485958697, -2.69169618940638, 1.19839281085285,
            -1.69065929318241, 0.73248077421585}, coefficients(k[0]), TABLE_TOLERANCE);
        assertArrayEquals(new double[] {1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621}, coefficients(k[1]), TABLE_TOLERANCE);
    }

    private static double[] coefficients(Biquad b) {
        return new double[] {b.b0(), b.b1(), b.b2(), b.a1(), b.a2()};
    }

    private static double magnitudeDb(int rate, double f) {
        return Biquad.magnitudeDb(rate, f, KWeighting.sections(rate));
    }

    @ParameterizedTest
    @ValueSource(ints = {22050, 32000, 37800, 44100, 88200, 96000, 192000, 384000})
    void frequencyResponseMatches48kAtOtherRates(int rate) {
        double top = Math.min(16000, 0.4 * rate);
        for (double f = 10; f <= top; f *= 1.1) {
            assertEquals(magnitudeDb(48000, f), magnitudeDb(rate, f), RESPONSE_TOLERANCE_DB,
                "K-weighting at " + rate + " Hz, " + f + " Hz");
        }
    }

    /** A full-scale 997 Hz mono sine reads −3.01 LUFS at any rate, odd ones included. */
    @ParameterizedTest
    @ValueSource(ints = {22050, 37800, 44100, 48000, 96000, 192000})
    void fullScaleSineReadsMinus3AtAnyRate(int rate) {
        LoudnessMeter m = new LoudnessMeter(rate, new double[] {1.0});
        Feed.all(m, new float[][] {TestSignals.sine(rate, 5, 997, 0)});
        assertEquals(-3.01, m.integrated().getAsDouble(), RESPONSE_TOLERANCE_DB);
    }
}
