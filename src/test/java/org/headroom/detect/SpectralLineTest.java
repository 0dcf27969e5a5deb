package org.headroom.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What counts as a line. The false alarm behind these cases came from a live listen: the averaged
 * spectrum of reverberant speech dipped at 50 Hz and rose steadily towards the voice's lowest
 * harmonics at 80 Hz, with a one-bin ripple at 61.5 Hz that stood 6 dB over the dip.
 */
class SpectralLineTest {
    /** A spectrum rising 1.5 dB a bin from a floor of 1, with a dip below the search point. */
    private static double[] risingSkirt() {
        double[] p = new double[64];
        for (int k = 0; k < p.length; k++) p[k] = Math.pow(10, 0.15 * Math.max(0, k - 20));
        for (int k = 8; k <= 16; k++) p[k] = 0.1; // the dip: the quieter side's median
        return p;
    }

    @Test
    void aRippleOnARisingSkirtIsNotALine() {
        double[] p = risingSkirt();
        p[31] = p[33] * 1.05; // a local maximum over ±1 bin, but bins 32..34 are louder
        p[32] = p[31] * 0.9;
        assertEquals(0, new SpectralLine().measure(p, 31, 2), "prominence of a ripple");
    }

    @Test
    void aToneOnTheSameSkirtIsALine() {
        double[] p = risingSkirt();
        double base = p[31];
        // a Hann-windowed on-bin tone 20 dB over the skirt: main lobe of ±2 bins at 1, 1/4, (1/4)^2... of its peak
        double tone = 100 * base;
        p[31] += tone;
        p[30] += tone / 4;
        p[32] += tone / 4;
        double prominence = new SpectralLine().measure(p, 31, 2);
        assertTrue(prominence > 10, "a real tone stands out: " + prominence);
    }
}
