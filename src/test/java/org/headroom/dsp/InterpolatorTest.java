package org.headroom.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Upsampling against the continuous signal it stands for. */
class InterpolatorTest {
    @Test
    void aSineComesOutAsTheSameSineAtTheHigherRateHalfTheFilterLate() {
        int rate = 8000;
        int k = 4;
        double f = 1000;
        int frames = 800;
        float[][] x = new float[1][frames];
        for (int i = 0; i < frames; i++) x[0][i] = (float) Math.sin(2 * Math.PI * f * i / rate);
        Interpolator up = new Interpolator(1, k);
        // in two uneven pieces: the history carries over
        float[] a = up.channel(x, 0, 333).clone();
        float[][] rest = {java.util.Arrays.copyOfRange(x[0], 333, frames)};
        float[] b = up.channel(rest, 0, frames - 333);
        for (int j = 100 * k; j < frames * k; j++) {
            double t = (double) j / k - OversamplingFilter.HALF; // in input samples
            double expected = Math.sin(2 * Math.PI * f * t / rate);
            float got = j < 333 * k ? a[j] : b[j - 333 * k];
            // 0.002: the 16-tap filter is flat to ±0.005 dB (0.06 %) at 0.125 fs; float output adds 1e-7
            assertEquals(expected, got, 0.002, "output " + j);
        }
    }

    @Test
    void factorOnePassesTheBlockThrough() {
        float[][] x = {{1, 2, 3}};
        assertSame(x[0], new Interpolator(1, 1).channel(x, 0, 3));
        assertEquals(4, Interpolator.factorToReach(8000, 32000));
        assertEquals(1, Interpolator.factorToReach(48000, 32000));
        assertEquals(8, Interpolator.factorToReach(4000, 32000));
    }
}
