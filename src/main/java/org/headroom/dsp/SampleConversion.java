package org.headroom.dsp;

/**
 * Float samples ↔ b-bit integer codes, the one convention every reader, writer and player
 * uses.
 *
 * <p><b>Scale: 2^(b−1).</b> Code k is the float k / 2^(b−1), so −1.0 is the lowest code exactly
 * and the highest code is 1 − 2^−(b−1). This is how WAV, FLAC and AES17 count full scale, and
 * it makes the readers' division by 2^(b−1) exact in both directions: every code survives a
 * round trip through float bit for bit (a ×(2^(b−1) − 1) scale, used once by the player, maps
 * codes onto non-grid floats and back onto different codes).
 *
 * <p><b>Clamp</b> to [−2^(b−1), 2^(b−1) − 1]: +1.0 and above become the top code (the positive
 * rail is one step short of +1.0), −1.0 and below the bottom code. NaN becomes 0.
 *
 * <p><b>Rounding: half to even</b> ({@link Math#rint}). Exact halves only arise for samples
 * exactly between two codes; sending them alternately up and down keeps rounding from adding
 * a DC offset (half-up would, on material sitting on half steps, e.g. a 24-bit file written
 * at 16). Dither, where used, makes the rule irrelevant; samples already on the grid are
 * unaffected either way.
 */
public final class SampleConversion {
    private SampleConversion() {
    }

    /** 2^(bits−1): the number of codes from 0 to full scale. bits 1–32. */
    public static double scale(int bits) {
        return 1L << (bits - 1);
    }

    /** The code nearest {@code x}·2^(bits−1), halves to even, clamped to the b-bit range; NaN gives 0. */
    public static int toInt(float x, int bits) {
        double scale = scale(bits);
        return (int) Math.max(-scale, Math.min(scale - 1, Math.rint(x * scale)));
    }

    /** Code {@code k} as a float, k / 2^(bits−1) (exact up to 24 bits). */
    public static float toFloat(int k, int bits) {
        return (float) (k / scale(bits));
    }
}
