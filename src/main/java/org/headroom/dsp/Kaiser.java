package org.headroom.dsp;

/**
 * The Kaiser window and the windowed sinc, for every filter designed in Headroom: the true-peak
 * oversampler ({@link OversamplingFilter}), the exporter's resampler and the {@link Decimator}.
 */
public final class Kaiser {
    private Kaiser() {
    }

    /** β for a stopband attenuation of {@code db} decibels (Kaiser's empirical formula). */
    public static double beta(double db) {
        if (db > 50) return 0.1102 * (db - 8.7);
        if (db >= 21) return 0.5842 * Math.pow(db - 21, 0.4) + 0.07886 * (db - 21);
        return 0;
    }

    /** The window on x in [−1, 1]; 0 outside. */
    public static double window(double x, double beta) {
        if (Math.abs(x) >= 1) return 0;
        return besselI0(beta * Math.sqrt(1 - x * x)) / besselI0(beta);
    }

    /** sin(πx)/(πx), 1 at 0. */
    public static double sinc(double x) {
        if (x == 0) return 1;
        double a = Math.PI * x;
        return Math.sin(a) / a;
    }

    /**
     * Modified Bessel function of the first kind, order 0, by its power series, summed until a
     * term no longer changes the sum (about 40 terms at x = 12; the cap only guards huge x).
     */
    public static double besselI0(double x) {
        double sum = 1, term = 1, q = x * x / 4;
        for (int k = 1; k < 500 && term > 1e-17 * sum; k++) {
            term *= q / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
