package org.headroom.meter;

/**
 * The gating blocks of one loudness measure (400 ms blocks for I, 3 s blocks for LRA), as
 * mean-square energies already above the −70 LUFS absolute gate. How they are kept decides
 * exactness and cost: {@link ExactGatedBlocks} keeps every value (exact, cost grows with the
 * programme), {@link HistogramGatedBlocks} keeps fixed bins (constant cost, a bin's width of
 * approximation at the relative gate and at the percentiles).
 */
interface GatedBlocks {
    void add(double energy);

    void clear();

    /**
     * Power mean of the blocks above {@code relative} × the power mean of all blocks (the
     * relative gate), or NaN when no block passes.
     */
    double gatedMean(double relative);

    /**
     * The energies at quantiles {@code low} and {@code high} of the blocks above the relative
     * gate, by {@link #percentileIndex}; null when no block passes.
     */
    double[] quantilesAbove(double relative, double low, double high);

    /** How many numbers this keeps: what a query may have to look at. */
    int storedValues();

    /**
     * Index of quantile q among n sorted values: round((n − 1)·q), nearest rank on the n − 1
     * span, the definition libebur128 uses for LRA.
     */
    static long percentileIndex(long n, double q) {
        return Math.round((n - 1) * q);
    }
}
