package org.headroom.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The true-peak interpolator: its documented passband and the exact coefficients every reading so far was made with. */
class OversamplingFilterTest {
    /** Magnitude of one phase at {@code f} (fraction of the input rate), in dB. */
    private static double phaseGainDb(double[] h, int phase, double f) {
        double re = 0, im = 0;
        for (int k = 0; k < OversamplingFilter.TAPS; k++) {
            double w = 2 * Math.PI * f * k;
            re += h[(phase - 1) * OversamplingFilter.TAPS + k] * Math.cos(w);
            im -= h[(phase - 1) * OversamplingFilter.TAPS + k] * Math.sin(w);
        }
        return 10 * Math.log10(re * re + im * im);
    }

    @Test
    void everyPhaseIsFlatToWithinFiveThousandthsOfADecibelUpTo035Fs() {
        double[] h = OversamplingFilter.phases(4);
        for (int p = 1; p < 4; p++) {
            for (double f = 0; f <= 0.35; f += 0.01) assertEquals(0.0, phaseGainDb(h, p, f), 0.005, "phase " + p + " at " + f + " fs");
        }
    }

    /**
     * The coefficients are exactly those the meter has always used (a hash of their bits, taken
     * before the Kaiser window moved into dsp), so true-peak readings stay bit-identical across versions.
     */
    @Test
    void coefficientsAreUnchangedBitForBit() {
        assertEquals("6b15c256838928e0", hash(OversamplingFilter.phases(2)));
        assertEquals("fbbfc6a83747ed80", hash(OversamplingFilter.phases(4)));
        assertEquals("5edc66c4fc93cb80", hash(OversamplingFilter.phases(8)));
        assertEquals("73018bf2f2ded120", hash(OversamplingFilter.phases(16)));
    }

    private static String hash(double[] h) {
        long x = 0;
        for (double v : h) x = x * 31 + Double.doubleToLongBits(v);
        return Long.toHexString(x);
    }
}
