package org.headroom.export;

import org.headroom.dsp.SampleConversion;

/**
 * Rounds float samples to a b-bit integer grid with triangular (TPDF) dither of ±1 LSB peak:
 * the sum of two independent uniform values, which makes the rounding error's mean and
 * variance independent of the signal (no distortion, no noise modulation) for the cost of
 * 4.77 dB more noise than plain rounding. Output values are exact multiples of 2^−(b−1),
 * clamped to the format's codes (the grid of {@link SampleConversion}), so the encoder after us
 * rounds nothing.
 *
 * <p>The random numbers come from a xorshift64* generator: fast, and the same seed gives the
 * same file, which tests (and people comparing exports) need. Each channel has its own
 * generator (channel 0 from the seed itself), so the noise a sample gets does not depend on how
 * the stream was cut into blocks.
 */
public final class TpdfDither {
    private final double scale;
    private final double max;
    private final double min;
    private final long seed;
    /** Generator state per channel, grown as channels are seen. */
    private long[] states = new long[0];

    /** @param bits 8–24: the target's bits per sample */
    public TpdfDither(int bits, long seed) {
        if (bits < 8 || bits > 24) throw new IllegalArgumentException("dither is for 8 to 24 bits, not " + bits);
        this.scale = SampleConversion.scale(bits);
        this.max = scale - 1;
        this.min = -scale;
        this.seed = seed;
    }

    /** Dithers and rounds {@code x[0..n)} in place, as channel 0. */
    public void process(float[] x, int n) {
        process(x, n, 0);
    }

    private void process(float[] x, int n, int channel) {
        if (channel >= states.length) grow(channel + 1);
        for (int i = 0; i < n; i++) {
            long r = next(channel);
            double u1 = (r >>> 32) * 0x1p-32;
            double u2 = (r & 0xffffffffL) * 0x1p-32;
            double q = Math.floor(x[i] * scale + u1 - u2 + 0.5);
            if (q > max) q = max;
            else if (q < min) q = min;
            else if (q != q) q = 0; // NaN: silence rather than poison
            x[i] = (float) (q / scale);
        }
    }

    /** Every channel of a block, each with its own generator. */
    public void process(float[][] block, int n) {
        for (int c = 0; c < block.length; c++) process(block[c], n, c);
    }

    private void grow(int channels) {
        int had = states.length;
        states = java.util.Arrays.copyOf(states, channels);
        for (int c = had; c < channels; c++) {
            long s = seed + c * 0x9E3779B97F4A7C15L; // channel c's seed: a golden-ratio step from the last
            states[c] = s == 0 ? 0x9E3779B97F4A7C15L : s; // xorshift must not start at 0
        }
    }

    private long next(int channel) {
        long x = states[channel];
        x ^= x >>> 12;
        x ^= x << 25;
        x ^= x >>> 27;
        states[channel] = x;
        return x * 0x2545F4914F6CDD1DL;
    }
}
