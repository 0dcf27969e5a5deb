package org.headroom.dsp;

/**
 * Streaming band-limited upsampling of one channel by an integer factor, with the
 * {@link OversamplingFilter} the true-peak scanner uses: each input frame gives {@code factor}
 * output frames, delayed by {@link OversamplingFilter#HALF} input frames (the first outputs
 * come from the silence assumed before the stream). For meters whose detectors need more
 * samples per cycle than a low rate gives them.
 */
public final class Interpolator {
    private static final int TAPS = OversamplingFilter.TAPS;
    private static final int HALF = OversamplingFilter.HALF;

    private final int factor;
    private final double[] h;
    /** The last TAPS inputs, twice over so the newest TAPS are always contiguous. */
    private final float[] history = new float[2 * TAPS];
    private int at;

    public Interpolator(int factor) {
        if (factor < 1) throw new IllegalArgumentException("factor " + factor);
        this.factor = factor;
        this.h = OversamplingFilter.phases(factor);
    }

    /** The smallest power of two that brings {@code rate} to at least {@code minRate}. */
    public static int factorToReach(int rate, int minRate) {
        int k = 1;
        while ((long) rate * k < minRate) k *= 2;
        return k;
    }

    public int factor() {
        return factor;
    }

    /** Writes {@code n · factor} frames for {@code x[0, n)} to {@code out[0, n · factor)}. */
    public void process(float[] x, int n, float[] out) {
        int o = 0;
        for (int i = 0; i < n; i++) {
            history[at] = x[i];
            history[at + TAPS] = x[i];
            int newest = at + TAPS; // history[newest − k] is x[n − k] for k < TAPS
            at = at + 1 == TAPS ? 0 : at + 1;
            out[o++] = history[newest - HALF];
            for (int p = 0; p < factor - 1; p++) {
                double acc = 0;
                for (int k = 0; k < TAPS; k++) acc += h[p * TAPS + k] * history[newest - k];
                out[o++] = (float) acc;
            }
        }
    }
}
