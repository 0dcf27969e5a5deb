package org.headroom.meter;

/**
 * Gating blocks counted in 0.01 LU bins from −70 to +20 LUFS (louder blocks share the top
 * bin), as libebur128's histogram mode does, so a query costs the same at hour 12 as at
 * minute 1 and the memory is fixed (about 144 KB). Each bin keeps its count and the exact sum
 * of its energies, and so does the whole: the relative gate is therefore exact, and the power
 * mean of the survivors is exact except for the one bin the gate falls in (taken whole when its
 * mean lies above the gate, else left out). A percentile reads its bin's mean energy, within
 * 0.01 LU of the exact block's value and equal to it when the bin holds one level (a steady
 * tone). Results are cached until the next block arrives, so asking every 10 ms scans the bins
 * only once per 100 ms block.
 */
final class HistogramGatedBlocks implements GatedBlocks {
    static final double LOWEST_LUFS = -70.0;
    static final double BIN_LU = 0.01;
    static final int BINS = 9000;

    private final long[] counts = new long[BINS];
    private final double[] sums = new double[BINS];
    private long total;
    private double sum;

    private long version;
    private long meanVersion = -1;
    private double meanRelative;
    private double meanResult;
    private long quantileVersion = -1;
    private double[] quantileKey;
    private double[] quantileResult;

    @Override
    public void add(double energy) {
        int b = bin(energy);
        counts[b]++;
        sums[b] += energy;
        total++;
        sum += energy;
        version++;
    }

    @Override
    public void clear() {
        java.util.Arrays.fill(counts, 0);
        java.util.Arrays.fill(sums, 0);
        total = 0;
        sum = 0;
        version++;
    }

    private static int bin(double energy) {
        double position = (LoudnessMeter.lufs(energy) - LOWEST_LUFS) / BIN_LU;
        return (int) Math.max(0, Math.min(BINS - 1, Math.floor(position)));
    }

    /** The first bin above the relative gate: the gate's own bin counts when its mean lies above the gate. */
    private int firstKeptBin(double relative) {
        double gate = sum / total * relative;
        int b = bin(gate);
        return counts[b] > 0 && sums[b] / counts[b] > gate ? b : b + 1;
    }

    @Override
    public double gatedMean(double relative) {
        if (meanVersion == version && meanRelative == relative) return meanResult;
        double result = Double.NaN;
        if (total > 0) {
            double kept = 0;
            long count = 0;
            for (int b = firstKeptBin(relative); b < BINS; b++) {
                kept += sums[b];
                count += counts[b];
            }
            if (count > 0) result = kept / count;
        }
        meanVersion = version;
        meanRelative = relative;
        meanResult = result;
        return result;
    }

    @Override
    public double[] quantilesAbove(double relative, double low, double high) {
        double[] key = {relative, low, high};
        if (quantileVersion == version && java.util.Arrays.equals(key, quantileKey)) return quantileResult;
        double[] result = null;
        if (total > 0) {
            int first = firstKeptBin(relative);
            long kept = 0;
            for (int b = first; b < BINS; b++) kept += counts[b];
            if (kept > 0) {
                result = new double[] {energyAt(first, GatedBlocks.percentileIndex(kept, low)),
                    energyAt(first, GatedBlocks.percentileIndex(kept, high))};
            }
        }
        quantileVersion = version;
        quantileKey = key;
        quantileResult = result;
        return result;
    }

    /** Mean energy of the bin holding the {@code index}-th kept block in ascending order. */
    private double energyAt(int first, long index) {
        long seen = 0;
        for (int b = first; b < BINS; b++) {
            seen += counts[b];
            if (seen > index) return sums[b] / counts[b];
        }
        throw new IllegalStateException("index " + index + " beyond " + seen + " kept blocks");
    }

    @Override
    public int storedValues() {
        return 2 * BINS;
    }
}
