package org.headroom.dsp;

/**
 * Streaming band-limited upsampling of every channel of a stream by an integer factor, with the
 * {@link OversamplingFilter} the true-peak scanner uses: each input frame gives {@code factor}
 * output frames, delayed by {@link OversamplingFilter#HALF} input frames (the first outputs
 * come from the silence assumed before the stream). For meters whose detectors need more
 * samples per cycle than a low rate gives them. Factor 1 passes the input through untouched.
 */
public final class Interpolator {
    private static final int TAPS = OversamplingFilter.TAPS;
    private static final int HALF = OversamplingFilter.HALF;

    private final int factor;
    private final double[] h;
    /** Per channel, the last TAPS inputs twice over, so the newest TAPS are always contiguous. */
    private final float[][] history;
    private final int[] at;
    private float[] out = new float[0];

    public Interpolator(int channels, int factor) {
        if (factor < 1) throw new IllegalArgumentException("factor " + factor);
        this.factor = factor;
        this.h = OversamplingFilter.phases(factor);
        this.history = new float[channels][2 * TAPS];
        this.at = new int[channels];
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

    /**
     * Channel {@code ch} of {@code block[ch][0, frames)} upsampled: {@code frames · factor}
     * samples at the start of the returned array, which is reused by the next call (with
     * factor 1, the block's own array).
     */
    public float[] channel(float[][] block, int ch, int frames) {
        if (factor == 1) return block[ch];
        if (out.length < frames * factor) out = new float[frames * factor];
        float[] x = block[ch];
        float[] hist = history[ch];
        int pos = at[ch];
        int o = 0;
        for (int i = 0; i < frames; i++) {
            hist[pos] = x[i];
            hist[pos + TAPS] = x[i];
            int newest = pos + TAPS; // hist[newest − k] is x[n − k] for k < TAPS
            pos = pos + 1 == TAPS ? 0 : pos + 1;
            out[o++] = hist[newest - HALF];
            for (int p = 0; p < factor - 1; p++) {
                double acc = 0;
                for (int k = 0; k < TAPS; k++) acc += h[p * TAPS + k] * hist[newest - k];
                out[o++] = (float) acc;
            }
        }
        at[ch] = pos;
        return out;
    }
}
