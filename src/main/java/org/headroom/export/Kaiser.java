package org.headroom.export;

/** The Kaiser window and windowed sinc shared by the resampler and the limiter's peak detector. */
final class Kaiser {
    private Kaiser() {
    }

    /** β for a stopband attenuation of {@code db} decibels (Kaiser's empirical formula). */
    static double beta(double db) {
        if (db > 50) return 0.1102 * (db - 8.7);
        if (db >= 21) return 0.5842 * Math.pow(db - 21, 0.4) + 0.07886 * (db - 21);
        return 0;
    }

    /** Window on x in [−1, 1]; 0 outside. */
    static double window(double x, double beta) {
        if (Math.abs(x) >= 1) return 0;
        return besselI0(beta * Math.sqrt(1 - x * x)) / besselI0(beta);
    }

    static double sinc(double x) {
        if (x == 0) return 1;
        double a = Math.PI * x;
        return Math.sin(a) / a;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series. */
    static double besselI0(double x) {
        double sum = 1, term = 1, q = x * x / 4;
        for (int k = 1; k < 500 && term > 1e-17 * sum; k++) {
            term *= q / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
