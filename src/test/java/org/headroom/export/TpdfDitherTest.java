package org.headroom.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TpdfDitherTest {

    @Test
    void outputSitsOnTheGridWithinOneLsbAndIsReproducible() {
        float[] x = new float[100_000];
        for (int i = 0; i < x.length; i++) x[i] = (float) (0.3 * Math.sin(i * 0.01));
        float[] a = x.clone(), b = x.clone();
        new TpdfDither(16, 42).process(a, a.length);
        new TpdfDither(16, 42).process(b, b.length);
        assertArrayEquals(a, b, "same seed, same output");
        for (int i = 0; i < x.length; i++) {
            double code = a[i] * 32768.0;
            assertEquals(Math.rint(code), code, 0.0, "on the 16-bit grid");
            assertTrue(Math.abs(code - x[i] * 32768.0) <= 1.5, "within the ±1 LSB triangle plus rounding");
        }
    }

    @Test
    void errorHasZeroMeanAndTheTpdfVariance() {
        // TPDF of ±1 LSB plus rounding: error variance is 1/4 LSB² (1/12 + 1/6), independent of the signal
        float[] x = new float[400_000];
        for (int i = 0; i < x.length; i++) x[i] = (float) (0.123456 + 1e-3 * Math.sin(i * 0.37));
        float[] y = x.clone();
        new TpdfDither(16, 1).process(y, y.length);
        double mean = 0, var = 0;
        for (int i = 0; i < x.length; i++) {
            double e = (y[i] - x[i]) * 32768.0;
            mean += e;
            var += e * e;
        }
        mean /= x.length;
        var /= x.length;
        assertEquals(0, mean, 0.01);
        assertEquals(0.25, var, 0.01);
    }

    @Test
    void clampsAtFullScale() {
        float[] x = {1.5f, -1.5f, Float.NaN};
        new TpdfDither(24, 3).process(x, 3);
        assertEquals((8388607.0 / 8388608.0), x[0], 0.0);
        assertEquals(-1.0f, x[1], 0.0f);
        assertEquals(0.0f, x[2], 0.0f);
    }
}
