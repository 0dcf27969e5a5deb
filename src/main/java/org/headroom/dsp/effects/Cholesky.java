package org.headroom.dsp.effects;

/** Solves a symmetric positive-definite system in place by Cholesky factorisation. */
final class Cholesky {
    private Cholesky() {
    }

    /** x with a·x = v, or null when {@code a} is not positive definite (in floating point). Overwrites {@code a}. */
    static double[] solve(double[][] a, double[] v) {
        int n = v.length;
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) d -= a[j][k] * a[j][k];
            if (!(d > 0)) return null;
            d = Math.sqrt(d);
            a[j][j] = d;
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) s -= a[i][k] * a[j][k];
                a[i][j] = s / d;
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = v[i];
            for (int k = 0; k < i; k++) s -= a[i][k] * y[k];
            y[i] = s / a[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) s -= a[k][i] * y[k];
            y[i] = s / a[i][i];
        }
        return y;
    }
}
