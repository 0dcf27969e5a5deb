package org.headroom.advice;

/**
 * Maximum-likelihood decay rate of one stretch of samples under the model of Ratnam et al. (2003):
 * y(n) = aⁿ·x(n) with x white Gaussian, a = e^(−β). With σ² replaced by its ML value the
 * log-likelihood is ℓ(β) = β·N(N−1)/2 − (N/2)·ln Σ e^(2nβ)·y(n)², which is concave in β (the log
 * of a sum of exponentials is convex), so the maximum is where its derivative is zero:
 * the "undecayed" energy e^(2nβ)·y(n)² has its centre of mass at the middle of the stretch,
 * n̄ = (N−1)/2. We find that β by bisection — plain, robust and fast enough here.
 */
final class DecayLikelihood {
    /** Decays slower than this are not decays a room makes (or not ones we can tell from a level change). */
    static final double LONGEST_SECONDS = 10;
    static final double SHORTEST_SECONDS = 0.05;
    private static final int ITERATIONS = 40;

    private DecayLikelihood() {
    }

    /**
     * RT60 in seconds of y[from, to) sampled at {@code rate}; NaN when the stretch grows or is
     * flatter than {@link #LONGEST_SECONDS}, or falls faster than {@link #SHORTEST_SECONDS}.
     */
    static double rt60(float[] y, int from, int to, double rate) {
        int n = to - from;
        if (n < 16) return Double.NaN;
        double lo = beta(LONGEST_SECONDS, rate);
        double hi = beta(SHORTEST_SECONDS, rate);
        if (centreExcess(y, from, n, lo) <= 0) return Double.NaN; // energy does not fall fast enough
        if (centreExcess(y, from, n, hi) >= 0) return Double.NaN; // falls faster than any room
        for (int i = 0; i < ITERATIONS; i++) {
            double mid = 0.5 * (lo + hi);
            if (centreExcess(y, from, n, mid) > 0) lo = mid; else hi = mid;
        }
        return 3 * Math.log(10) / (rate * 0.5 * (lo + hi));
    }

    /**
     * The one RT60 that best explains several stretches at once, each with its own level: the
     * joint log-likelihood is the sum of the stretches' own, so its derivative is the sum of
     * N_k × (each stretch's centre excess). NaN under the same limits as {@link #rt60}.
     *
     * @param stretches pairs {from, to} into y
     */
    static double pooledRt60(float[] y, java.util.List<int[]> stretches, double rate) {
        double lo = beta(LONGEST_SECONDS, rate);
        double hi = beta(SHORTEST_SECONDS, rate);
        if (pooledExcess(y, stretches, lo) <= 0 || pooledExcess(y, stretches, hi) >= 0) return Double.NaN;
        for (int i = 0; i < ITERATIONS; i++) {
            double mid = 0.5 * (lo + hi);
            if (pooledExcess(y, stretches, mid) > 0) lo = mid; else hi = mid;
        }
        return 3 * Math.log(10) / (rate * 0.5 * (lo + hi));
    }

    private static double pooledExcess(float[] y, java.util.List<int[]> stretches, double beta) {
        double total = 0;
        for (int[] s : stretches) total += (s[1] - s[0]) * centreExcess(y, s[0], s[1] - s[0], beta);
        return total;
    }

    /** Per-sample amplitude decay β for a reverberation time: amplitude falls 60 dB (×10⁻³) in T. */
    static double beta(double rt60Seconds, double rate) {
        return 3 * Math.log(10) / (rate * rt60Seconds);
    }

    /**
     * (N−1)/2 minus the centre of mass of e^(2nβ)·y(n)²: the derivative of ℓ up to a positive
     * factor. Positive means β is still too small. Weights are built by a running product and
     * rescaled now and then so long stretches do not overflow.
     */
    private static double centreExcess(float[] y, int from, int n, double beta) {
        double growth = Math.exp(2 * beta);
        double w = 1;
        double sum = 0, moment = 0;
        for (int i = 0; i < n; i++) {
            double e = w * y[from + i] * y[from + i];
            sum += e;
            moment += i * e;
            w *= growth;
            if (w > 1e200) {
                w *= 1e-200;
                sum *= 1e-200;
                moment *= 1e-200;
            }
        }
        if (!(sum > 0)) return 0;
        return (n - 1) / 2.0 - moment / sum;
    }
}
