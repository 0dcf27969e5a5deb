package org.headroom.testsupport;

import java.util.Random;

/**
 * The one place tests make their signals. Every generator is deterministic (noise takes a
 * seed) and returns {@code float[channel][frame]} or a single channel {@code float[]}.
 * Levels are peak amplitudes in dBFS unless a method says RMS.
 */
public final class TestSignals {
    private TestSignals() {
    }

    public static double amplitude(double dbfs) {
        return Math.pow(10.0, dbfs / 20.0);
    }

    /** A sine of the given peak level, frequency and starting phase (radians). */
    public static float[] sine(int rate, double seconds, double freq, double peakDbfs, double phase) {
        int n = (int) Math.round(seconds * rate);
        double a = amplitude(peakDbfs);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (a * Math.sin(2 * Math.PI * freq * i / rate + phase));
        }
        return x;
    }

    public static float[] sine(int rate, double seconds, double freq, double peakDbfs) {
        return sine(rate, seconds, freq, peakDbfs, 0.0);
    }

    public static float[] silence(int rate, double seconds) {
        return new float[(int) Math.round(seconds * rate)];
    }

    /** Gaussian white noise with the given RMS level in dBFS. */
    public static float[] whiteNoise(int rate, double seconds, double rmsDbfs, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(seconds * rate);
        double a = amplitude(rmsDbfs);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (a * random.nextGaussian());
        }
        return x;
    }

    /** Joins pieces end to end. */
    public static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) n += p.length;
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Sample-wise sum of equal or shorter signals into a copy of the first. */
    public static float[] mix(float[] first, float[]... others) {
        float[] out = first.clone();
        for (float[] o : others) {
            for (int i = 0; i < Math.min(out.length, o.length); i++) out[i] += o[i];
        }
        return out;
    }

    /** The same signal in each of {@code channels} channels (copies). */
    public static float[][] channels(float[] x, int channels) {
        float[][] out = new float[channels][];
        for (int c = 0; c < channels; c++) out[c] = x.clone();
        return out;
    }

    /** Quantises to {@code bits}-bit integer codes and back, as a PCM file of that depth holds it. */
    public static float[] quantise(float[] x, int bits) {
        double scale = Math.pow(2, bits - 1);
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            double q = Math.rint(x[i] * scale);
            q = Math.max(-scale, Math.min(scale - 1, q));
            out[i] = (float) (q / scale);
        }
        return out;
    }

    /** Sum of squares / n in dB: the RMS level the way sox and ffmpeg report it. */
    public static double rmsDbfs(float[] x) {
        double s = 0;
        for (float v : x) s += (double) v * v;
        return 10 * Math.log10(s / x.length);
    }
}
