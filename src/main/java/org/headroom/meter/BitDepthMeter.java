package org.headroom.meter;

import org.headroom.dsp.Silence;

/**
 * Effective bit depth: how many bits, from the most significant down to the lowest bit set in
 * any sample, the signal actually uses. A 24-bit file whose low 8 bits are always zero has 16;
 * silence has 0.
 *
 * <p>For PCM, each sample is turned back into its integer code (x·2^(bits−1), exact for
 * containers up to 24 bits since floats hold 24 significant bits; a 32-bit container is read
 * through float and so cannot show more than its float precision) and the codes are ORed: the
 * trailing zeros of the OR are the unused low bits.
 *
 * <p>For float sources: the smallest b in 1..24 such that every sample is a multiple of
 * 2^−(b−1) (a float file holding 16-bit material reads 16); 32 when no such b exists (genuine
 * floating point), 0 for silence.
 */
public final class BitDepthMeter implements BlockConsumer {
    private static final int FLOAT_LIMIT = 24;

    private final int containerBits;
    private final boolean isFloat;
    private final double scale;
    private long orCodes;
    /** Float: the largest b any sample needs so far (0 = only zeros so far, 33 = beyond 24). */
    private int needed;

    private BitDepthMeter(int containerBits, boolean isFloat) {
        this.containerBits = containerBits;
        this.isFloat = isFloat;
        this.scale = Math.scalb(1.0, containerBits - 1);
    }

    public static BitDepthMeter forPcm(int containerBits) {
        if (containerBits < 1 || containerBits > 32) throw new IllegalArgumentException("bits " + containerBits);
        return new BitDepthMeter(containerBits, false);
    }

    public static BitDepthMeter forFloat() {
        return new BitDepthMeter(32, true);
    }

    @Override
    public void accept(float[][] block, int frames) {
        if (saturated()) return;
        if (isFloat) {
            int n = needed;
            for (float[] x : block) {
                for (int i = 0; i < frames; i++) {
                    float v = x[i];
                    if (v != 0) n = Math.max(n, bitsNeeded(v));
                }
            }
            needed = n;
        } else {
            long or = orCodes;
            final double s = scale;
            for (float[] x : block) {
                if (Silence.isZero(x, 0, frames)) continue; // a zero code adds no bit
                for (int i = 0; i < frames; i++) or |= (long) Math.rint(x[i] * s);
            }
            orCodes = or;
        }
    }

    /** Once every bit has been seen, no later sample can change the answer: stop looking. */
    private boolean saturated() {
        return isFloat ? needed > FLOAT_LIMIT : (orCodes & 1) != 0;
    }

    /** The b for which v is a multiple of 2^−(b−1) and not of 2^−(b−2); 33 if none ≤ 24; v ≠ 0. */
    static int bitsNeeded(float v) {
        if (!Float.isFinite(v)) return FLOAT_LIMIT + 9;
        int raw = Float.floatToRawIntBits(v);
        int biased = (raw >>> 23) & 0xff;
        int mantissa = raw & 0x7fffff;
        int exponent;
        if (biased == 0) {
            exponent = -126 - 23; // subnormal: no implicit bit
        } else {
            mantissa |= 0x800000;
            exponent = biased - 127 - 23;
        }
        // v = mantissa · 2^exponent; its lowest set bit is worth 2^(exponent + tz).
        int lowest = exponent + Integer.numberOfTrailingZeros(mantissa);
        int b = Math.max(1, 1 - lowest);
        return b > FLOAT_LIMIT ? FLOAT_LIMIT + 9 : b;
    }

    /** Effective bits; see the class comment. */
    public int effectiveBits() {
        if (isFloat) return needed > FLOAT_LIMIT ? 32 : needed;
        if (orCodes == 0) return 0;
        int unused = Long.numberOfTrailingZeros(orCodes);
        return Math.max(0, containerBits - unused);
    }

    public int containerBits() {
        return containerBits;
    }

    public boolean isFloat() {
        return isFloat;
    }
}
