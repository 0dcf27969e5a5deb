package org.headroom.dsp;

/**
 * The sum of the last {@code length} values pushed, kept without drift for any number of
 * pushes.
 *
 * <p>A running sum that adds each new value and subtracts the one leaving keeps the rounding
 * error of every value that ever passed through: after a loud passage and a long quiet one,
 * the error left by the loud values can exceed the quiet sum itself (and read below zero).
 * Here each add and subtract is compensated (Neumaier's variant of Kahan summation: the exact
 * rounding error of every operation is carried in a second term), and each time the window
 * has been replaced entirely the sum is recomputed from the values it holds, so the error
 * never builds up past that of summing one window compensated: a few units in the last place
 * of the sum.
 */
public final class SlidingSum {
    private final double[] ring;
    private int at;
    private int count;
    private int sinceRecompute;
    private double sum;
    private double compensation;

    /** An empty window of {@code length} values. */
    public SlidingSum(int length) {
        if (length < 1) throw new IllegalArgumentException("length " + length);
        ring = new double[length];
    }

    /** A full window of {@code length} copies of {@code value}. */
    public static SlidingSum filledWith(int length, double value) {
        SlidingSum s = new SlidingSum(length);
        for (int i = 0; i < length; i++) s.push(value);
        return s;
    }

    /**
     * Adds {@code v}; once the window is full the oldest value leaves it.
     *
     * @return the value that left, or NaN while the window was filling
     */
    public double push(double v) {
        double old = Double.NaN;
        if (count == ring.length) {
            old = ring[at];
            add(-old);
        } else {
            count++;
        }
        ring[at] = v;
        at = at + 1 == ring.length ? 0 : at + 1;
        add(v);
        if (++sinceRecompute == ring.length && count == ring.length) recompute();
        return old;
    }

    private void add(double x) {
        double t = sum + x;
        compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }

    private void recompute() {
        sum = 0;
        compensation = 0;
        for (double v : ring) add(v);
        sinceRecompute = 0;
    }

    /** The sum of the values in the window. */
    public double sum() {
        return sum + compensation;
    }

    /** Values in the window: {@code length} once it has filled. */
    public int count() {
        return count;
    }

    public int length() {
        return ring.length;
    }
}
