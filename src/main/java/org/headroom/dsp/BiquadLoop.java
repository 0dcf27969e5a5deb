package org.headroom.dsp;

/**
 * The one loop every biquad in Headroom runs through: two sections in series on two channels at
 * once, transposed direct form II, double state.
 *
 * <p>Why this shape: each section is a chain of dependent multiply-adds, so a single section
 * on a single channel keeps the processor waiting; two sections and two independent channels
 * in one pass give it four chains to interleave, about twice the work per cycle (the loudness
 * meter's speed rests on it). An odd channel out runs with no partner ({@code u} null: the
 * compiler unswitches the test out of the loop) and a single section with {@link Biquad#IDENTITY},
 * which passes through exactly.
 */
public final class BiquadLoop {
    /** Doubles of state per channel: z1, z2 of the first section, then of the second. */
    public static final int STATE = 4;

    private BiquadLoop() {
    }

    /**
     * Runs {@code s} then {@code t} over {@code x[from, to)} and {@code u[from, to)}.
     *
     * @param u       the second channel, or null for none (then {@code su} and {@code outU} are ignored)
     * @param state   channel x's state at {@code state[sx .. sx + 4)}, u's at {@code state[su .. su + 4)}; updated
     * @param outX    where x's outputs go, rounded to float (may be {@code x} itself), or null
     *                when only the squares are wanted
     * @param outU    likewise for u (ignored when u or outX is null)
     * @param squares the squared outputs (before rounding) are added to {@code squares[0]} for x
     *                and {@code squares[1]} for u, one by one in stream order, so that block
     *                boundaries cannot change the rounding of the sum
     */
    public static void run(Biquad s, Biquad t, float[] x, float[] u, int from, int to, double[] state, int sx, int su,
                           float[] outX, float[] outU, double[] squares) {
        final double b0 = s.b0(), b1 = s.b1(), b2 = s.b2(), a1 = s.a1(), a2 = s.a2();
        final double c0 = t.b0(), c1 = t.b1(), c2 = t.b2(), d1 = t.a1(), d2 = t.a2();
        double z1 = state[sx], z2 = state[sx + 1], w1 = state[sx + 2], w2 = state[sx + 3];
        final boolean two = u != null;
        int sv = two ? su : sx; // with no partner, u's state is a copy of x's that is never written back
        double q1 = state[sv], q2 = state[sv + 1], r1 = state[sv + 2], r2 = state[sv + 3];
        double sumX = squares[0], sumU = squares[1];
        final boolean write = outX != null;
        for (int i = from; i < to; i++) {
            double in = x[i];
            double y = b0 * in + z1;
            z1 = b1 * in - a1 * y + z2;
            z2 = b2 * in - a2 * y;
            double v = c0 * y + w1;
            w1 = c1 * y - d1 * v + w2;
            w2 = c2 * y - d2 * v;
            sumX += v * v;
            double v2 = 0;
            if (two) {
                double in2 = u[i];
                double y2 = b0 * in2 + q1;
                q1 = b1 * in2 - a1 * y2 + q2;
                q2 = b2 * in2 - a2 * y2;
                v2 = c0 * y2 + r1;
                r1 = c1 * y2 - d1 * v2 + r2;
                r2 = c2 * y2 - d2 * v2;
                sumU += v2 * v2;
            }
            if (write) {
                outX[i] = (float) v;
                if (two) outU[i] = (float) v2;
            }
        }
        state[sx] = z1;
        state[sx + 1] = z2;
        state[sx + 2] = w1;
        state[sx + 3] = w2;
        if (two) {
            state[su] = q1;
            state[su + 1] = q2;
            state[su + 2] = r1;
            state[su + 3] = r2;
        }
        squares[0] = sumX;
        squares[1] = sumU;
    }
}
