package org.headroom.detect;

/**
 * A histogram of powers on a 0.1 dB grid from -160 to +20 dB that also keeps the linear power
 * summed in each bin. It answers percentiles and "mean power of everything above x" for a whole
 * file in fixed memory, which is what the noise, SNR and level statistics need.
 * Powers of exactly zero (digital silence) are counted apart: they have no place on a dB axis.
 */
final class PowerHistogram {
    private static final double LOW_DB = -160.0;
    private static final double STEP_DB = 0.1;
    private static final int BINS = 1800;

    private final long[] counts = new long[BINS];
    private final double[] sums = new double[BINS];
    private long total;
    private long zeros;

    void add(double power) {
        if (!(power > 0)) {
            zeros++;
            return;
        }
        int bin = (int) ((10.0 * Math.log10(power) - LOW_DB) / STEP_DB);
        bin = Math.max(0, Math.min(BINS - 1, bin));
        counts[bin]++;
        sums[bin] += power;
        total++;
    }

    /** Entries with a power above zero. */
    long count() {
        return total;
    }

    long zeros() {
        return zeros;
    }

    /** The power (linear) below which a fraction q of the non-zero entries lie; NaN when empty. */
    double percentile(double q) {
        if (total == 0) return Double.NaN;
        long target = (long) Math.ceil(q * total);
        long seen = 0;
        for (int b = 0; b < BINS; b++) {
            seen += counts[b];
            if (seen >= Math.max(1, target)) return sums[b] / counts[b];
        }
        return Double.NaN;
    }

    /** Number of entries whose power is at least {@code power}. */
    long countAtLeast(double power) {
        long n = 0;
        for (int b = firstBin(power); b < BINS; b++) n += counts[b];
        return n;
    }

    /** Sum of the powers of entries at least {@code power}. */
    double sumAtLeast(double power) {
        double s = 0;
        for (int b = firstBin(power); b < BINS; b++) s += sums[b];
        return s;
    }

    private static int firstBin(double power) {
        if (!(power > 0)) return 0;
        int bin = (int) Math.ceil((10.0 * Math.log10(power) - LOW_DB) / STEP_DB);
        return Math.max(0, Math.min(BINS, bin));
    }
}
