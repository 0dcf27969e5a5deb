package org.headroom.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The biquad's designs, its one loop and its magnitude formula, each against an independent computation. */
class BiquadTest {
    private static final int RATE = 48000;

    @Test
    void designsHaveTheirDefiningGains() {
        // a Butterworth high-pass is 3.01 dB down at its corner and flat far above
        assertEquals(-3.0103, 20 * Math.log10(Biquad.highPass(RATE, 100, Math.sqrt(0.5)).magnitude(RATE, 100)), 1e-3);
        assertEquals(0.0, 20 * Math.log10(Biquad.highPass(RATE, 100, Math.sqrt(0.5)).magnitude(RATE, 10000)), 1e-3);
        assertEquals(-3.0103, 20 * Math.log10(Biquad.lowPass(RATE, 2800, Math.sqrt(0.5)).magnitude(RATE, 2800)), 1e-3);
        assertEquals(0.0, 20 * Math.log10(Biquad.lowPass(RATE, 2800, Math.sqrt(0.5)).magnitude(RATE, 20)), 1e-3);
        // a notch is a zero on the unit circle at its frequency; its −3 dB points are hz/q apart
        Biquad notch = Biquad.notch(RATE, 50, 10);
        assertTrue(notch.magnitude(RATE, 50) < 1e-9);
        assertEquals(0.0, 20 * Math.log10(notch.magnitude(RATE, 5000)), 1e-3);
        // a high shelf reaches its gain far above the corner and is 1 at DC
        Biquad shelf = Biquad.prewarpedHighShelf(RATE, 1000, 0.7071, 2.0, Math.sqrt(2.0));
        assertEquals(1.0, shelf.magnitude(RATE, 0), 1e-12);
        assertEquals(2.0, shelf.magnitude(RATE, 20000), 0.01);
    }

    /** Direct form I, per sample, straight from the difference equation: an independent reference. */
    private static double[] directForm(Biquad b, float[] x) {
        double[] y = new double[x.length];
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
        for (int i = 0; i < x.length; i++) {
            y[i] = b.b0() * x[i] + b.b1() * x1 + b.b2() * x2 - b.a1() * y1 - b.a2() * y2;
            x2 = x1;
            x1 = x[i];
            y2 = y1;
            y1 = y[i];
        }
        return y;
    }

    @Test
    void theLoopComputesTheDifferenceEquation() {
        Random r = new Random(5);
        float[] x = new float[5000];
        float[] u = new float[5000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian() * 0.3f;
            u[i] = (float) r.nextGaussian() * 0.1f;
        }
        Biquad hp = Biquad.highPass(RATE, 80, 0.54);
        Biquad notch = Biquad.notch(RATE, 60, 5);
        double[] state = new double[8];
        double[] squares = new double[2];
        float[] outX = new float[x.length];
        float[] outU = new float[x.length];
        // in two uneven pieces: the state carries over
        BiquadLoop.run(hp, notch, x, u, 0, 1234, state, 0, 4, outX, outU, squares);
        BiquadLoop.run(hp, notch, x, u, 1234, x.length, state, 0, 4, outX, outU, squares);
        double[] refX = directForm(notch, toFloat(directForm(hp, x)));
        double[] refU = directForm(notch, toFloat(directForm(hp, u)));
        double sumX = 0, sumU = 0;
        for (int i = 0; i < x.length; i++) {
            // 1e-6: the reference rounds the signal to float between the sections, the loop does not
            assertEquals(refX[i], outX[i], 1e-6, "x at " + i);
            assertEquals(refU[i], outU[i], 1e-6, "u at " + i);
            sumX += refX[i] * refX[i];
            sumU += refU[i] * refU[i];
        }
        assertEquals(sumX, squares[0], sumX * 1e-6);
        assertEquals(sumU, squares[1], sumU * 1e-6);
    }

    private static float[] toFloat(double[] y) {
        float[] f = new float[y.length];
        for (int i = 0; i < y.length; i++) f[i] = (float) y[i];
        return f;
    }

    @Test
    void aSineComesOutAtTheMagnitudeTheFormulaGives() {
        Biquad hp = Biquad.highPass(RATE, 200, Math.sqrt(0.5));
        for (double hz : new double[] {50, 200, 1000}) {
            float[] x = new float[RATE];
            for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(2 * Math.PI * hz * i / RATE);
            float[] y = new float[x.length];
            BiquadLoop.run(hp, Biquad.IDENTITY, x, null, 0, x.length, new double[4], 0, 0, y, null, new double[2]);
            double peak = 0;
            for (int i = RATE / 2; i < RATE; i++) peak = Math.max(peak, Math.abs(y[i]));
            // 0.01 dB: the sampled peak of a sine misses its crest by at most 1 − cos(π·hz/rate)
            assertEquals(20 * Math.log10(hp.magnitude(RATE, hz)), 20 * Math.log10(peak), 0.01, hz + " Hz");
        }
    }

    @Test
    void identityAndSilencePassExactly() {
        float[] x = {0.5f, -0.25f, 1e-20f, 3f, Float.MIN_VALUE};
        float[] y = new float[x.length];
        float[] silence = new float[x.length];
        float[] ySilence = new float[x.length];
        double[] state = new double[8];
        BiquadLoop.run(Biquad.IDENTITY, Biquad.IDENTITY, x, silence, 0, x.length, state, 0, 4, y, ySilence, new double[2]);
        assertArrayEquals(x, y, 0f);
        assertArrayEquals(new float[x.length], ySilence, 0f);
        assertArrayEquals(new double[8], state, 0);
    }
}
