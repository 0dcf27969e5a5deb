package org.headroom.detect;

import java.util.Arrays;

/**
 * Measures a steady tone (a spectral line) in a power spectrum: finds the peak near a frequency,
 * sums the Hann main lobe around it and compares that with the level of the neighbouring bins:
 * the median of each side (so other lines nearby do not inflate it), the quieter side taken.
 * The quieter side because hum sits at the bottom of the spectrum, where a voice's first
 * harmonics crowd one side only. Reuses its own
 * scratch array: one instance per detector, one thread.
 */
final class SpectralLine {
    /** Hann's main lobe is ±2 bins; ±3 keeps off-bin tones whole. */
    private static final int LOBE = 3;
    private static final int GUARD = 5;
    private static final int SIDE = 10;

    private final double[] scratch = new double[SIDE];

    /** Results of the last {@link #measure} call. */
    double linePower;
    double background;
    int peakBin;

    /**
     * @param p       power spectrum (float or double view via the accessor)
     * @param center  bin expected to hold the line
     * @param search  how many bins either side to look for the peak
     * @return prominence: line power over the background expected in the same number of bins
     */
    double measure(double[] p, int center, int search) {
        int peak = center;
        for (int k = Math.max(1, center - search); k <= Math.min(p.length - 1, center + search); k++) {
            if (p[k] > p[peak]) peak = k;
        }
        peakBin = peak;
        linePower = 0;
        background = 0;
        // a line is the maximum of its own main lobe; the rising skirt of a strong tone nearby, or a
        // ripple on the slope of a voice's lowest harmonics, is not (a ripple at 61.5 Hz on a voice's
        // skirt once passed the ±1-bin test, against a dip at 50 Hz on its quieter side)
        if (peak - 1 < 1 || peak + 1 >= p.length || p[peak] <= p[peak - 1] || p[peak] <= p[peak + 1]) return 0;
        for (int k = Math.max(1, peak - LOBE); k <= Math.min(p.length - 1, peak + LOBE); k++) {
            if (p[k] > p[peak]) return 0;
        }
        double sum = 0;
        for (int k = Math.max(1, peak - LOBE); k <= Math.min(p.length - 1, peak + LOBE); k++) sum += p[k];
        double below = sideMedian(p, peak, -1);
        double above = sideMedian(p, peak, +1);
        double median = Double.isNaN(below) ? above : Double.isNaN(above) ? below : Math.min(below, above);
        if (Double.isNaN(median)) median = 0;
        background = median * (2 * LOBE + 1);
        linePower = Math.max(0, sum - background);
        return background > 0 ? sum / background : (sum > 0 ? Double.POSITIVE_INFINITY : 0);
    }

    /** Median of the neighbouring bins on one side; NaN when fewer than 3 exist there. */
    private double sideMedian(double[] p, int peak, int direction) {
        int n = 0;
        for (int d = GUARD; d < GUARD + SIDE; d++) {
            int k = peak + direction * d;
            if (k >= 1 && k < p.length) scratch[n++] = p[k];
        }
        if (n < 3) return Double.NaN;
        Arrays.sort(scratch, 0, n);
        return scratch[n / 2];
    }

    /** Peak frequency in bins, refined by a parabola through the log powers around the peak. */
    static double refinedBin(double[] p, int peak) {
        if (peak < 1 || peak + 1 >= p.length || p[peak - 1] <= 0 || p[peak + 1] <= 0) return peak;
        double a = Math.log(p[peak - 1]);
        double b = Math.log(p[peak]);
        double c = Math.log(p[peak + 1]);
        double denom = a - 2 * b + c;
        return denom == 0 ? peak : peak + 0.5 * (a - c) / denom;
    }
}
