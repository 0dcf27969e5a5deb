package org.headroom.edit;

import java.io.IOException;
import java.util.Random;
import org.headroom.testsupport.TestSignals;

/** Test plumbing for the effect edits: render one channel through an edit list, and the level measures the effect tests share. */
final class EffectMeasures {
    static final int RATE = 48000;

    private EffectMeasures() {
    }

    /** {@code x} as a one-channel source through {@code edits}. */
    static float[] render(float[] x, Edit... edits) throws IOException {
        return Rendered.render(Rendered.memory(RATE, x), EditList.of(edits))[0];
    }

    static double db(double power) {
        return 10 * Math.log10(power);
    }

    /** Mean square of x[from, to). */
    static double power(float[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += (double) x[i] * x[i];
        return s / Math.max(1, to - from);
    }

    /** Mean square of a − b. */
    static double differencePower(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s / a.length;
    }

    /** RMS of the quietest {@code seconds} stretch (windows stepped by 10 ms), dBFS. */
    static double quietestDb(float[] x, double seconds) {
        int w = (int) (seconds * RATE);
        int step = RATE / 100;
        double best = Double.POSITIVE_INFINITY;
        for (int at = 0; at + w <= x.length; at += step) best = Math.min(best, power(x, at, at + w));
        return db(best);
    }

    /**
     * Power mean over the 10 ms steps where {@code reference} is active (above −50 dBFS): the
     * active speech level of {@code x} measured where the clean speech is, dBFS.
     */
    static double activeDb(float[] x, float[] reference) {
        int step = RATE / 100;
        double sum = 0;
        int count = 0;
        for (int at = 0; at + step <= x.length; at += step) {
            if (db(power(reference, at, at + step)) > -50) {
                sum += power(x, at, at + step);
                count++;
            }
        }
        return db(sum / count);
    }

    /** Fan-like noise: brown-ish rumble (white noise through two one-pole low-passes at 400 Hz) plus a 120 Hz blade tone 10 dB under it. */
    static float[] fanNoise(double seconds, double rmsDbfs, long seed) {
        Random random = new Random(seed);
        int n = (int) (seconds * RATE);
        float[] x = new float[n];
        double a = Math.exp(-2 * Math.PI * 400.0 / RATE);
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            s1 = a * s1 + (1 - a) * random.nextGaussian();
            s2 = a * s2 + (1 - a) * s1;
            x[i] = (float) s2;
        }
        float[] rumble = TestSignals.scaleToRms(x, rmsDbfs);
        float[] blade = TestSignals.scaleToRms(TestSignals.sine(RATE, seconds, 120, 0), rmsDbfs - 10);
        return TestSignals.scaleToRms(TestSignals.mix(rumble, blade), rmsDbfs);
    }
}
