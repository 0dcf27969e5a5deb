package org.headroom.meter;

/**
 * Every gating block kept as one double (≈ 290 KB per hour for I): the relative gate and the
 * percentiles are applied exactly when asked, so a query costs time in proportion to the
 * programme so far. Right for a file, which asks once at the end.
 */
final class ExactGatedBlocks implements GatedBlocks {
    private final DoubleList values = new DoubleList();

    @Override
    public void add(double energy) {
        values.add(energy);
    }

    @Override
    public void clear() {
        values.clear();
    }

    @Override
    public double gatedMean(double relative) {
        int n = values.size();
        if (n == 0) return Double.NaN;
        double gate = mean() * relative;
        double kept = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            double e = values.get(i);
            if (e > gate) {
                kept += e;
                count++;
            }
        }
        return count == 0 ? Double.NaN : kept / count;
    }

    @Override
    public double[] quantilesAbove(double relative, double low, double high) {
        if (values.size() == 0) return null;
        double[] kept = values.sortedAbove(mean() * relative);
        if (kept.length == 0) return null;
        return new double[] {kept[(int) GatedBlocks.percentileIndex(kept.length, low)],
            kept[(int) GatedBlocks.percentileIndex(kept.length, high)]};
    }

    private double mean() {
        double sum = 0;
        int n = values.size();
        for (int i = 0; i < n; i++) sum += values.get(i);
        return sum / n;
    }

    @Override
    public int storedValues() {
        return values.size();
    }
}
