package org.headroom.advice;

import java.util.Arrays;

/** Small shared helpers of the decay estimators: block powers, percentiles and a straight-line fit. */
final class DecaySignal {
    private DecaySignal() {
    }

    /** Mean square of x over consecutive blocks of {@code size} samples (a last partial block is dropped). */
    static double[] blockPowers(float[] x, int size) {
        double[] p = new double[x.length / size];
        for (int j = 0; j < p.length; j++) {
            double s = 0;
            for (int i = j * size; i < (j + 1) * size; i++) s += (double) x[i] * x[i];
            p[j] = s / size;
        }
        return p;
    }

    static double meanSquare(float[] x, int from, int to) {
        double s = 0;
        for (int i = Math.max(0, from); i < Math.min(x.length, to); i++) s += (double) x[i] * x[i];
        return s / Math.max(1, Math.min(x.length, to) - Math.max(0, from));
    }

    /** Value below which a fraction q of the values lie (nearest rank); NaN when empty. */
    static double percentile(double[] values, double q) {
        if (values.length == 0) return Double.NaN;
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.max(0, Math.min(s.length - 1, (int) Math.ceil(q * s.length) - 1))];
    }

    static double db(double power) {
        return 10 * Math.log10(Math.max(power, 1e-30));
    }

    /** Least-squares line y = intercept + slope·x with its coefficient of determination. */
    record Line(double slope, double intercept, double r2, int points) {
        static Line fit(double[] x, double[] y, int from, int to) {
            int n = to - from;
            if (n < 2) return new Line(Double.NaN, Double.NaN, 0, n);
            double mx = 0, my = 0;
            for (int i = from; i < to; i++) {
                mx += x[i];
                my += y[i];
            }
            mx /= n;
            my /= n;
            double sxx = 0, sxy = 0, syy = 0;
            for (int i = from; i < to; i++) {
                sxx += (x[i] - mx) * (x[i] - mx);
                sxy += (x[i] - mx) * (y[i] - my);
                syy += (y[i] - my) * (y[i] - my);
            }
            double slope = sxy / sxx;
            double r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
            return new Line(slope, my - slope * mx, r2, n);
        }

        double at(double x) {
            return intercept + slope * x;
        }
    }
}
