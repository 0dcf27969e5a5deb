package org.headroom.edit;

/**
 * A look-ahead limiter that holds the true (inter-sample) peak at or under a ceiling, one gain
 * for all channels so the stereo image does not move.
 *
 * <p><b>Detection.</b> Each frame's peak is the largest of its own samples and the values 4×
 * oversampling finds between it and its neighbours (a 16-tap Kaiser-windowed sinc per phase),
 * over all channels. The gain that frame needs is min(1, ceiling / peak).
 *
 * <p><b>Gain.</b> A minimum over the next {@code L} frames (the look-ahead), then release, then
 * a moving average over {@code L + 1} frames. Every frame averaged into frame n's gain looked
 * ahead far enough to see n, so the averaged gain is never above what n needs: the ceiling
 * holds without clipping, while the gain still moves smoothly.
 *
 * <ul>
 * <li><b>Attack</b> = look-ahead, 5 ms: the gain falls as a straight line over 5 ms ending at
 *     the peak, fast enough for speech plosives and slow enough not to distort a 200 Hz voice.</li>
 * <li><b>Release</b>: the gain recovers exponentially with a 200 ms time constant, long enough
 *     not to pump on syllables, short enough not to duck the next word.</li>
 * <li><b>Latency</b> {@link #latency()} = look-ahead + 8 frames for the interpolator; the
 *     adapter ({@link LimiterSource}) removes it so the output lines up with the input.</li>
 * </ul>
 * The ceiling is met exactly on the detector's own estimate; the engine's true-peak meter uses
 * a different interpolator, so the normaliser checks the result with it and tightens the
 * ceiling if it ever reads higher.
 */
final class TruePeakLimiter {
    static final double LOOKAHEAD_SECONDS = 0.005;
    static final double RELEASE_SECONDS = 0.2;
    private static final int H = 8;
    private static final int PHASES = 4;
    private static final double KAISER_BETA = 7.0;

    private final int channels;
    private final double ceiling;
    private final int look;
    private final double releaseCoef;
    private final double[][] phase; // [p - 1][k]: multiplies x[j - H + 1 + k] for the value at j + p/4
    private final double bound;     // Σ|h| of the worst phase: |interpolated| ≤ bound · max|x|

    private final int mask;
    private final float[][] x;      // input ring, per channel
    private final float[] absMax;   // max over channels of |x|, ring
    private final double[] between; // largest |interpolated| between j and j + 1, ring
    private final double[] required;// gain frame j needs, ring
    private final double[] released; // ring
    private final int[] dequeIdx;   // sliding minimum over the look-ahead (indices into required)
    private int dqHead, dqSize;
    private double boxSum;
    private double lastReleased = 1.0;
    private long t = -1;            // newest input frame

    TruePeakLimiter(int sampleRate, int channels, double ceilingLinear) {
        this.channels = channels;
        this.ceiling = ceilingLinear;
        this.look = Math.max(1, (int) Math.round(LOOKAHEAD_SECONDS * sampleRate));
        this.releaseCoef = 1 - Math.exp(-1.0 / (RELEASE_SECONDS * sampleRate));
        this.phase = new double[PHASES - 1][2 * H];
        double worst = 1.0;
        for (int p = 1; p < PHASES; p++) {
            double sum = 0;
            for (int k = 0; k < 2 * H; k++) {
                double u = k - H + 1 - (double) p / PHASES;
                phase[p - 1][k] = sinc(u) * kaiser(u / H);
                sum += Math.abs(phase[p - 1][k]);
            }
            worst = Math.max(worst, sum);
        }
        this.bound = worst * (1 + 1e-9);
        int size = Integer.highestOneBit(2 * (look + 2 * H + 4)) * 2;
        this.mask = size - 1;
        this.x = new float[channels][size];
        this.absMax = new float[size];
        this.between = new double[size];
        this.required = new double[size];
        this.released = new double[size];
        java.util.Arrays.fill(required, 1.0);
        java.util.Arrays.fill(released, 1.0);
        this.dequeIdx = new int[size];
        this.boxSum = look + 1;
    }

    /** Frames between a frame going in and the same frame coming out. */
    int latency() {
        return H + look;
    }

    /**
     * Takes {@code in[.][off, off + n)} and writes the same number of frames to
     * {@code out[.][outOff, ...)}: output frame i is input frame i − {@link #latency()}, limited.
     */
    void process(float[][] in, int off, int n, float[][] out, int outOff) {
        for (int i = 0; i < n; i++) {
            long now = ++t;
            int slot = (int) (now & mask);
            float m = 0;
            for (int c = 0; c < channels; c++) {
                float v = in[c][off + i];
                x[c][slot] = v;
                m = Math.max(m, Math.abs(v));
            }
            absMax[slot] = m;
            long j = now - H;                 // the interpolation between j and j + 1 is now known
            between[(int) (j & mask)] = interpolatedPeak(j);
            double pk = Math.max(absMax[(int) (j & mask)], Math.max(between[(int) (j & mask)], between[(int) ((j - 1) & mask)]));
            double need = pk > ceiling ? ceiling / pk : 1.0;
            required[(int) (j & mask)] = need;
            pushMin(j, need);
            long n0 = j - look;               // its look-ahead window [n0, n0 + look] is complete
            double min = required[dequeIdx[dqHead]];
            double r = Math.min(min, lastReleased + (1 - lastReleased) * releaseCoef);
            lastReleased = r;
            int rs = (int) (n0 & mask);
            boxSum += r - released[(int) ((n0 - look - 1) & mask)];
            released[rs] = r;
            double gain = Math.min(1.0, boxSum / (look + 1));
            // n0 is the frame that leaves now: latency H + look
            for (int c = 0; c < channels; c++) out[c][outOff + i] = (float) (x[c][rs] * gain);
        }
    }

    private void pushMin(long j, double need) {
        int slot = (int) (j & mask);
        while (dqSize > 0 && required[dequeIdx[(dqHead + dqSize - 1) & mask]] >= need) dqSize--;
        dequeIdx[(dqHead + dqSize) & mask] = slot;
        dqSize++;
        // drop indices older than the window [j - look, j]: the deque holds at most look + 1
        while (dqSize > look + 1 || ringAge(dequeIdx[dqHead], j) > look) {
            dqHead = (dqHead + 1) & mask;
            dqSize--;
        }
    }

    private long ringAge(int slot, long j) {
        return (j - slot) & mask;
    }

    /** Largest |value| between frames j and j + 1 over all channels; skipped when it cannot reach the ceiling. */
    private double interpolatedPeak(long j) {
        float local = 0;
        for (int k = 0; k < 2 * H; k++) local = Math.max(local, absMax[(int) ((j - H + 1 + k) & mask)]);
        if (local * bound <= ceiling) return 0.0;
        double best = 0;
        for (int c = 0; c < channels; c++) {
            float[] xc = x[c];
            for (double[] h : phase) {
                double acc = 0;
                for (int k = 0; k < 2 * H; k++) acc += h[k] * xc[(int) ((j - H + 1 + k) & mask)];
                best = Math.max(best, Math.abs(acc));
            }
        }
        return best;
    }

    private static double sinc(double u) {
        if (u == 0) return 1.0;
        double a = Math.PI * u;
        return Math.sin(a) / a;
    }

    private static double kaiser(double v) {
        if (Math.abs(v) >= 1) return 0;
        return i0(KAISER_BETA * Math.sqrt(1 - v * v)) / i0(KAISER_BETA);
    }

    private static double i0(double v) {
        double sum = 1, term = 1, q = v * v / 4;
        for (int k = 1; k < 200 && term > 1e-17 * sum; k++) {
            term *= q / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
