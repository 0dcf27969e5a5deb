package org.headroom.dsp.effects;

import java.util.ArrayDeque;

/**
 * Reconstructs clipped runs by least-squares autoregressive interpolation (after Janssen,
 * Veldhuis and Vries 1986): an all-pole model of order up to {@value #MAX_ORDER} is fitted to the
 * clean samples either side of the run, and the missing samples are those that make the model's
 * prediction error over the whole stretch as small as possible — one small symmetric banded
 * system per run. A reconstructed sample is never left nearer zero than the clip level it
 * replaced (it was at least that loud), which is the one thing known about it for certain.
 *
 * <p>Which runs: a run is what the clipping detector calls one, the caller passes its rule's
 * levels — {@code minRun} or more consecutive samples at or beyond {@code high} (or {@code low}),
 * and for float material also equal to each other (a flat top). Runs longer than {@code maxRun}
 * are left alone: too much is missing to guess.
 *
 * <p>The output is multiplied by {@code gain} (the caller lowers the programme so the new peaks
 * fit) and trails the input by {@link #latency()}: a run's right-hand context must be read before
 * its first sample leaves.
 */
public final class ClipRepair implements BlockEffect {
    static final int MAX_ORDER = 32;

    private final int channels;
    private final float high;
    private final float low;
    private final int minRun;
    private final int maxRun;
    private final boolean flatTopOnly;
    private final float gain;
    private final int context;
    private final int order;
    private final float[][] ring;
    private final int mask;
    private final long[] runStart;
    private final float[] runValue;
    private final ArrayDeque<long[]>[] due; // per channel: {start, end, sign}
    private long appended;
    private double peak;
    private long repaired;

    @SuppressWarnings("unchecked")
    public ClipRepair(int channels, int sampleRate, float high, float low, int minRun, int maxRun, boolean flatTopOnly, double gain) {
        this.channels = channels;
        this.high = high;
        this.low = low;
        this.minRun = Math.max(1, minRun);
        this.maxRun = Math.max(this.minRun, maxRun);
        this.flatTopOnly = flatTopOnly;
        this.gain = (float) gain;
        this.order = Math.max(2, Math.min(MAX_ORDER, sampleRate / 1500));
        this.context = Math.max(2 * this.maxRun, 8 * order);
        int size = Integer.highestOneBit(this.maxRun + 2 * context + 2) * 2;
        this.ring = new float[channels][size];
        this.mask = size - 1;
        this.runStart = new long[channels];
        this.runValue = new float[channels];
        java.util.Arrays.fill(runStart, -1);
        this.due = new ArrayDeque[channels];
        for (int c = 0; c < channels; c++) due[c] = new ArrayDeque<>();
    }

    @Override
    public int latency() {
        return maxRun + context;
    }

    /** The largest magnitude this has output, before {@code gain}: what the gain must bring under full scale. */
    public double peak() {
        return peak;
    }

    /** Runs reconstructed so far. */
    public long repaired() {
        return repaired;
    }

    @Override
    public void process(float[][] block, int frames) {
        int lag = latency();
        for (int i = 0; i < frames; i++) {
            long p = appended;
            for (int c = 0; c < channels; c++) {
                float x = block[c][i];
                ring[c][(int) (p & mask)] = x;
                track(c, p, x);
                ArrayDeque<long[]> q = due[c];
                while (!q.isEmpty() && q.peekFirst()[1] + context <= p + 1) repair(c, q.pollFirst());
                long t = p - lag;
                float y = t < 0 ? 0f : ring[c][(int) (t & mask)];
                peak = Math.max(peak, Math.abs(y));
                block[c][i] = y * gain;
            }
            appended++;
        }
    }

    /** Follows the clipping rule sample by sample; a run that ends is queued for repair when it qualifies. */
    private void track(int c, long p, float x) {
        long start = runStart[c];
        if (start >= 0) {
            float v = runValue[c];
            boolean same = flatTopOnly ? x == v : (v > 0 ? x >= high : x <= low);
            if (same) return;
            long length = p - start;
            if (length >= minRun && length <= maxRun) due[c].addLast(new long[] {start, p, v > 0 ? 1 : -1});
            runStart[c] = -1;
        }
        if (x >= high || x <= low) {
            runStart[c] = p;
            runValue[c] = x;
        }
    }

    /** Least-squares AR interpolation of run {start, end, sign} of channel c. */
    private void repair(int c, long[] run) {
        long s = run[0];
        int m = (int) (run[1] - s);
        int w = 2 * context + m;
        double[] x = new double[w];
        for (int i = 0; i < w; i++) {
            long t = s - context + i;
            x[i] = t < 0 || i >= context && i < context + m ? 0 : ring[c][(int) (t & mask)];
        }
        double[] b = predictionError(x, m);
        if (b == null) return; // no signal beside the run to model: leave it as it is
        double[] rb = new double[order + 1];
        for (int d = 0; d <= order; d++) {
            for (int i = 0; i + d <= order; i++) rb[d] += b[i] * b[i + d];
        }
        // the prediction error of each row that touches the gap, counting the gap as zeros
        int first = context;
        int last = context + m - 1 + order;
        double[] known = new double[last - first + 1];
        for (int t = first; t <= last; t++) {
            double e = 0;
            for (int i = 0; i <= order; i++) e += b[i] * x[t - i];
            known[t - first] = e;
        }
        double[][] a = new double[m][m];
        double[] v = new double[m];
        for (int j = 0; j < m; j++) {
            for (int k = Math.max(0, j - order); k <= Math.min(m - 1, j + order); k++) a[j][k] = rb[Math.abs(j - k)];
            a[j][j] += 1e-9 * rb[0];
            double sum = 0;
            for (int i = 0; i <= order; i++) sum += b[i] * known[j + i];
            v[j] = -sum;
        }
        double[] u = Cholesky.solve(a, v);
        if (u == null) return;
        for (int j = 0; j < m; j++) {
            double y = run[2] > 0 ? Math.max(u[j], high) : Math.min(u[j], low);
            ring[c][(int) ((s + j) & mask)] = (float) y;
        }
        repaired++;
    }

    /**
     * The prediction-error filter (1, −a1 … −ap) of the context either side of the gap, by
     * Levinson–Durbin on the two sides' autocorrelations added; null when they are silent.
     */
    private double[] predictionError(double[] x, int m) {
        double[] r = new double[order + 1];
        addAutocorrelation(x, 0, context, r);
        addAutocorrelation(x, context + m, x.length, r);
        if (!(r[0] > 0)) return null;
        r[0] *= 1 + 1e-6; // a touch of white noise keeps the recursion stable on pure tones
        return Levinson.errorFilter(r);
    }

    private void addAutocorrelation(double[] x, int from, int to, double[] r) {
        for (int lag = 0; lag <= order; lag++) {
            double sum = 0;
            for (int i = from + lag; i < to; i++) sum += x[i] * x[i - lag];
            r[lag] += sum;
        }
    }
}
