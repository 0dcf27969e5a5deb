package org.headroom.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Kaiser window and sinc against tabulated values and their defining properties. */
class KaiserTest {
    @Test
    void besselI0MatchesTables() {
        // Abramowitz & Stegun table 9.8 (I0 to 10 significant digits); 1e-9 relative is that precision
        assertEquals(1.0, Kaiser.besselI0(0), 0);
        assertEquals(1.266065878, Kaiser.besselI0(1), 1.266065878 * 1e-9);
        assertEquals(2.279585302, Kaiser.besselI0(2), 2.279585302 * 1e-9);
        assertEquals(27.23987182, Kaiser.besselI0(5), 27.23987182 * 1e-9);
        assertEquals(2815.716628, Kaiser.besselI0(10), 2815.716628 * 1e-9);
    }

    @Test
    void betaFollowsKaisersFormula() {
        // Kaiser's published examples: 60 dB → 5.653, 40 dB → 3.395, under 21 dB a rectangular window
        assertEquals(5.65326, Kaiser.beta(60), 1e-5);
        assertEquals(3.395, Kaiser.beta(40), 1e-3);
        assertEquals(0.0, Kaiser.beta(20), 0);
    }

    @Test
    void windowIsOneInTheMiddleZeroAtTheEndsAndSymmetric() {
        assertEquals(1.0, Kaiser.window(0, 7), 0);
        assertEquals(0.0, Kaiser.window(1, 7), 0);
        assertEquals(0.0, Kaiser.window(-1.5, 7), 0);
        for (double x = 0.05; x < 1; x += 0.1) assertEquals(Kaiser.window(x, 7), Kaiser.window(-x, 7), 0);
        // at the edge the window is 1/I0(β)
        assertEquals(1 / Kaiser.besselI0(7), Kaiser.window(Math.nextDown(1.0), 7), 1e-9);
    }

    @Test
    void sincIsZeroAtTheIntegersAndOneAtZero() {
        assertEquals(1.0, Kaiser.sinc(0), 0);
        for (int k = 1; k < 20; k++) assertEquals(0.0, Kaiser.sinc(k), 1e-15);
        assertEquals(2 / Math.PI, Kaiser.sinc(0.5), 1e-15);
    }
}
