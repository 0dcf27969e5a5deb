package org.headroom.dsp.effects;

/** Levinson–Durbin recursion: autocorrelation in, all-pole prediction-error filter out. */
final class Levinson {
    private Levinson() {
    }

    /**
     * The filter (1, c1 … cp) whose output is the prediction error of the best linear predictor
     * of order p = r.length − 1 for a signal with autocorrelation {@code r} (r[0] > 0).
     */
    static double[] errorFilter(double[] r) {
        int p = r.length - 1;
        double[] a = new double[p + 1];
        double[] previous = new double[p + 1];
        a[0] = 1;
        double error = r[0];
        for (int i = 1; i <= p; i++) {
            double acc = r[i];
            for (int j = 1; j < i; j++) acc += a[j] * r[i - j];
            double k = -acc / error;
            System.arraycopy(a, 0, previous, 0, i);
            for (int j = 1; j < i; j++) a[j] = previous[j] + k * previous[i - j];
            a[i] = k;
            error *= 1 - k * k;
            if (!(error > 0)) break; // the signal is perfectly predictable this far: stop here
        }
        return a;
    }
}
