package org.headroom.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Sines through the resampler. Level: within 0.1 dB (the design's passband ripple is far
 * smaller; 0.1 dB is what a listener or a loudness target could notice). Aliasing and other
 * spurious products: below −90 dB, measured as the residual after a least-squares fit of the
 * expected sine, away from the start and end where the filter meets the implied silence.
 */
class ResamplerTest {

    private static float[] resample(float[] x, int in, int out, int block) {
        Resampler r = new Resampler(in, out, 1);
        float[] y = new float[(int) r.outputLength(x.length)];
        float[][] o = new float[1][r.maxOutput(block)];
        int at = 0;
        for (int i = 0; i < x.length; i += block) {
            int n = Math.min(block, x.length - i);
            float[][] b = {java.util.Arrays.copyOfRange(x, i, i + n)};
            int got = r.process(b, n, o);
            System.arraycopy(o[0], 0, y, at, got);
            at += got;
        }
        int got = r.flush(new float[][] {o[0]});
        System.arraycopy(o[0], 0, y, at, got);
        at += got;
        assertEquals(y.length, at, "output length is ceil(frames * out / in)");
        return y;
    }

    private static float[] sine(int rate, int n, double f, double a) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (a * Math.sin(2 * Math.PI * f * i / rate));
        return x;
    }

    /** [amplitude of the best-fitting sine at f, residual RMS relative to that amplitude in dB]. */
    private static double[] fit(float[] y, int rate, double f, int from, int to) {
        double ss = 0, sc = 0, cc = 0, ys = 0, yc = 0;
        for (int i = from; i < to; i++) {
            double s = Math.sin(2 * Math.PI * f * i / rate), c = Math.cos(2 * Math.PI * f * i / rate);
            ss += s * s; cc += c * c; sc += s * c; ys += y[i] * s; yc += y[i] * c;
        }
        double det = ss * cc - sc * sc;
        double a = (ys * cc - yc * sc) / det, b = (yc * ss - ys * sc) / det;
        double res = 0;
        for (int i = from; i < to; i++) {
            double e = y[i] - a * Math.sin(2 * Math.PI * f * i / rate) - b * Math.cos(2 * Math.PI * f * i / rate);
            res += e * e;
        }
        double amp = Math.hypot(a, b);
        double resRms = Math.sqrt(res / (to - from));
        return new double[] {amp, 20 * Math.log10(resRms / (amp / Math.sqrt(2)))};
    }

    @Test
    void sinesKeepTheirLevelAndGainNoSpuriousProducts() {
        int[][] pairs = {{48000, 44100}, {44100, 48000}, {96000, 44100}, {44100, 96000}, {48000, 16000}, {22050, 48000}};
        for (int[] p : pairs) {
            int low = Math.min(p[0], p[1]);
            for (double f : new double[] {100, 1000, 0.4 * low}) {
                float[] y = resample(sine(p[0], p[0] * 2, f, 0.5), p[0], p[1], 1000);
                double[] r = fit(y, p[1], f, p[1] / 10, y.length - p[1] / 10);
                String what = p[0] + " -> " + p[1] + " at " + f + " Hz";
                assertEquals(0.0, 20 * Math.log10(r[0] / 0.5), 0.1, what + ": level");
                assertTrue(r[1] < -90, what + ": spurious products at " + r[1] + " dB");
            }
        }
    }

    @Test
    void toneAboveTheNewNyquistDoesNotFoldBack() {
        // 23 kHz at 48 kHz would alias to 21.1 kHz at 44.1 kHz; the stopband starts at 22.05 kHz.
        float[] y = resample(sine(48000, 96000, 23000, 0.5), 48000, 44100, 4096);
        double rms = 0;
        for (int i = 4410; i < y.length - 4410; i++) rms += (double) y[i] * y[i];
        rms = Math.sqrt(rms / (y.length - 8820));
        assertTrue(20 * Math.log10(rms / (0.5 / Math.sqrt(2))) < -90, "alias at " + 20 * Math.log10(rms / (0.5 / Math.sqrt(2))));
    }

    @Test
    void blockSizeDoesNotChangeTheOutput() {
        float[] x = sine(48000, 30000, 997, 0.7);
        assertEquals(java.util.Arrays.toString(resample(x, 48000, 44100, 4096)),
                java.util.Arrays.toString(resample(x, 48000, 44100, 7)));
    }

    @Test
    void timingIsPreserved() {
        // an impulse at input time t comes out centred at t · out/in
        float[] x = new float[48000];
        x[24000] = 1;
        float[] y = resample(x, 48000, 32000, 512);
        int peak = 0;
        for (int i = 0; i < y.length; i++) if (Math.abs(y[i]) > Math.abs(y[peak])) peak = i;
        assertEquals(16000, peak);
    }

    @Test
    void oddRatiosUseInterpolatedPhases() {
        float[] y = resample(sine(44100, 44100, 1000, 0.5), 44100, 47999, 1024);
        double[] r = fit(y, 47999, 1000, 4800, y.length - 4800);
        assertEquals(0.0, 20 * Math.log10(r[0] / 0.5), 0.1);
        assertTrue(r[1] < -90, "spurious at " + r[1]);
    }
}
