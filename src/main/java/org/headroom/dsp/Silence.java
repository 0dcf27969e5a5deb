package org.headroom.dsp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Exact shortcuts for digital silence. A stretch of all-zero samples changes nothing in a sum, a
 * peak, an OR of codes or a filter whose state is already zero, so meters may skip it when they
 * have checked both; what counts frames still counts them. The checks here are cheap next to the
 * work they save (an OR of raw bits, a long at a time for bytes) and give up at the first
 * non-zero chunk, so programme pays for one chunk per call.
 *
 * <p>One switch turns every shortcut off, so a test can prove that a report is byte-identical
 * with and without them.
 */
public final class Silence {
    /** Samples (or longs) examined before the first early exit. */
    private static final int CHUNK = 64;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static volatile boolean enabled = true;

    private Silence() {
    }

    /** Turns the shortcuts on or off (on by default); for the test that compares both. */
    public static void enable(boolean on) {
        enabled = on;
    }

    /** Whether {@code x[from, to)} holds only +0 and -0; always false when the shortcuts are off. */
    public static boolean isZero(float[] x, int from, int to) {
        if (!enabled) return false;
        if (from >= to) return true;
        if (x[from] != 0) return false; // programme: out at once
        for (int start = from; start < to; start += CHUNK) {
            int end = Math.min(to, start + CHUNK);
            int bits = 0;
            for (int i = start; i < end; i++) bits |= Float.floatToRawIntBits(x[i]);
            if ((bits & 0x7fffffff) != 0) return false; // any bit but the sign: not a zero
        }
        return true;
    }

    /** Whether {@code b[from, to)} holds only zero bytes; always false when the shortcuts are off. */
    public static boolean isZero(byte[] b, int from, int to) {
        if (!enabled) return false;
        int i = from;
        int longEnd = from + ((to - from) & ~7);
        while (i < longEnd) {
            int end = Math.min(longEnd, i + 8 * CHUNK);
            long bits = 0;
            for (; i < end; i += 8) bits |= (long) LONGS.get(b, i);
            if (bits != 0) return false;
        }
        for (; i < to; i++) if (b[i] != 0) return false;
        return true;
    }

    /** Whether every element of {@code state[from, to)} is zero (of either sign). */
    public static boolean isZero(double[] state, int from, int to) {
        for (int i = from; i < to; i++) if (state[i] != 0) return false;
        return true;
    }
}
