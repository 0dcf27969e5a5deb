package org.headroom.dsp;

/**
 * The denormal policy: filter and ballistics state that decays towards zero is set to exactly
 * zero once it falls under {@link #FLUSH_BELOW}, at the end of every block.
 *
 * <p>Why: a recursive state fed digital silence shrinks geometrically and, left alone, ends in
 * the subnormal range (under {@link Double#MIN_NORMAL}, 2.2e−308), where x86 arithmetic runs
 * up to a hundred times slower, for every sample, for as long as the silence lasts. Why this
 * threshold: 1e−30 is −600 dB re full scale, far under anything audible or measurable (a
 * 24-bit LSB is −138 dB), so zeroing it changes no reading; and it sits so far above
 * MIN_NORMAL that the slowest decay in Headroom (a PPM's return, 8.6 dB/s) needs about ten
 * minutes to get from one to the other, and the fastest filter state still a few seconds —
 * so a flush once per block is always in time.
 */
public final class Denormals {
    /** State under this magnitude is replaced by 0. */
    public static final double FLUSH_BELOW = 1e-30;

    private Denormals() {
    }

    /** {@code x}, or 0 when it is under {@link #FLUSH_BELOW} in magnitude. */
    public static double flush(double x) {
        return Math.abs(x) < FLUSH_BELOW ? 0 : x;
    }

    /** Flushes every element of {@code state} in place. */
    public static void flush(double[] state) {
        for (int i = 0; i < state.length; i++) state[i] = flush(state[i]);
    }
}
