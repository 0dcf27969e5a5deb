package org.headroom.meter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * True peak to ITU-R BS.1770 Annex 2: oversample by {@link #oversampling(int)} with a polyphase
 * low-pass FIR ({@link OversamplingFilter}) and take the absolute maximum, per channel. Also
 * reports "overs": runs where the true peak exceeds a threshold.
 *
 * <p><b>The skip.</b> Every interpolated value is a weighted sum of {@code TAPS} input samples,
 * so |value| ≤ max|x over those taps| · G with G = max over phases of Σ|h| (≈ 2). Each
 * sub-block of {@value #SUB_BLOCK} outputs first checks that bound against the channel's running
 * maximum and the over threshold; if it cannot beat either, none of its outputs can change any
 * result and the filtering is skipped. This is exact (the bound is enlarged past rounding
 * error), so results are bit-identical with and without it (tested). On programme material
 * most sub-blocks sit more than 6 dB under the peak so far and cost one compare per sample.
 *
 * <p><b>Latency.</b> The value between samples n−1 and n needs samples up to n + TAPS/2. The
 * queries therefore also evaluate the last TAPS/2 frames as if the stream ended with silence,
 * without disturbing the state, so a peak in the final frames is reported and later blocks
 * continue exactly as if the query had not happened.
 *
 * <p>Overs: frames are input frames (an interpolated value between frames f and f+1 belongs to
 * f); {@code endFrame} is exclusive; runs less than 10 ms apart are merged; the list is capped
 * at {@value #MAX_OVERS} runs and {@link #overCount()} keeps counting.
 */
public final class TruePeakMeter implements BlockConsumer {
    /** One over: channel, frames [startFrame, endFrame) and the highest true peak inside, linear. */
    public record Over(int channel, long startFrame, long endFrame, double peakLinear) {
    }

    static final int MAX_OVERS = 10_000;
    private static final int SUB_BLOCK = 256;
    private static final int CHUNK = 4096;
    private static final int TAPS = OversamplingFilter.TAPS;
    private static final int HALF = OversamplingFilter.HALF;
    private static final int HISTORY = TAPS - 1;

    private final int channels;
    private final int sampleRate;
    private final int factor;
    private final double threshold;
    private final double[] h;
    /** Phases 1–3 as separate arrays for the 4× fast path (empty otherwise). */
    private final double[] h1, h2, h3;
    private final double bound;
    private final boolean skip;
    private final long mergeGap;

    /** Per channel: TAPS−1 samples of history followed by the current chunk. */
    private final float[][] buf;
    private final float[] tail = new float[HISTORY + HALF];
    private final double[] peak;
    private long frames;

    private final Run[] runs;
    private final ArrayList<Over> closed = new ArrayList<>();
    private long closedCount;

    /** Overs above 1.0 (0 dBTP). */
    public TruePeakMeter(int channels, int sampleRate) {
        this(channels, sampleRate, 1.0);
    }

    public TruePeakMeter(int channels, int sampleRate, double overThresholdLinear) {
        this(channels, sampleRate, overThresholdLinear, true);
    }

    /** {@code skip = false} filters everything; only tests use it, to prove the skip exact. */
    TruePeakMeter(int channels, int sampleRate, double overThresholdLinear, boolean skip) {
        if (channels < 1 || sampleRate < 1) throw new IllegalArgumentException(channels + " channels at " + sampleRate);
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.factor = oversampling(sampleRate);
        this.threshold = overThresholdLinear;
        this.h = OversamplingFilter.phases(factor);
        this.bound = OversamplingFilter.gainBound(h, factor);
        boolean four = factor == 4;
        this.h1 = four ? java.util.Arrays.copyOfRange(h, 0, TAPS) : new double[0];
        this.h2 = four ? java.util.Arrays.copyOfRange(h, TAPS, 2 * TAPS) : new double[0];
        this.h3 = four ? java.util.Arrays.copyOfRange(h, 2 * TAPS, 3 * TAPS) : new double[0];
        this.skip = skip;
        this.mergeGap = Math.max(1, sampleRate / 100);
        this.buf = new float[channels][HISTORY + CHUNK];
        this.peak = new double[channels];
        this.runs = new Run[channels];
        for (int c = 0; c < channels; c++) runs[c] = new Run();
    }

    /**
     * Oversampling factor that brings {@code sampleRate} to about 192 kHz: 192000/rate rounded
     * to the nearest power of two, at least 1 (4× at 44.1 and 48 kHz, 2× at 88.2 and 96 kHz,
     * 1× from 176.4 kHz up, 8× at 22.05 and 32 kHz).
     */
    public static int oversampling(int sampleRate) {
        double ratio = 192000.0 / sampleRate;
        if (ratio <= 1.0) return 1;
        int log2 = (int) Math.round(Math.log(ratio) / Math.log(2));
        return 1 << Math.max(0, log2);
    }

    public int factor() {
        return factor;
    }

    @Override
    public void accept(float[][] block, int count) {
        int off = 0;
        while (off < count) {
            int n = Math.min(CHUNK, count - off);
            for (int c = 0; c < channels; c++) {
                float[] b = buf[c];
                System.arraycopy(block[c], off, b, HISTORY, n);
                process(c, b, HISTORY, HISTORY + n, frames - HISTORY, runs[c], false);
                System.arraycopy(b, n, b, 0, HISTORY);
            }
            frames += n;
            off += n;
        }
    }

    /**
     * Produces the outputs for buffer indices [from, to); buffer index i holds absolute frame
     * {@code frameOfIndex0 + i}. In preview mode overs go to {@code run} only, never to the list.
     */
    private double process(int c, float[] b, int from, int to, long frameOfIndex0, Run run, boolean preview) {
        double max = preview ? 0 : peak[c];
        for (int a = from; a < to; a += SUB_BLOCK) {
            int e = Math.min(to, a + SUB_BLOCK);
            if (skip) {
                float m = 0;
                for (int j = a - HISTORY; j < e; j++) m = Math.max(m, Math.abs(b[j]));
                double limit = m * bound;
                if (limit <= max && limit <= threshold && !preview) continue;
                if (preview && limit <= peak[c] && limit <= threshold) continue;
            }
            max = filter(c, b, a, e, frameOfIndex0, max, run, preview);
        }
        if (!preview) peak[c] = max;
        return max;
    }

    private double filter(int c, float[] b, int from, int to, long frameOfIndex0, double max, Run run, boolean preview) {
        if (factor == 4) return filter4(c, b, from, to, frameOfIndex0, max, run, preview);
        final double[] coef = h;
        final int phasesLeft = factor - 1;
        final double thr = threshold;
        for (int i = from; i < to; i++) {
            double v = Math.abs(b[i - HALF]);
            double local = v;
            for (int p = 0; p < phasesLeft; p++) {
                int base = p * TAPS;
                double acc = 0;
                for (int k = 0; k < TAPS; k++) acc += coef[base + k] * b[i - k];
                local = Math.max(local, Math.abs(acc));
            }
            if (local > max) max = local;
            if (local > thr) over(c, frameOfIndex0 + i - HALF, local, run, preview);
        }
        return max;
    }

    /**
     * The 4× case (44.1 and 48 kHz), the one that matters for speed: the three non-trivial
     * phases share each input load and run as independent accumulators. Each phase still adds
     * its taps in the same order as {@link #filter}, so the results are the same bit for bit.
     */
    private double filter4(int c, float[] b, int from, int to, long frameOfIndex0, double max, Run run, boolean preview) {
        final double[] p1 = h1, p2 = h2, p3 = h3;
        final double thr = threshold;
        for (int i = from; i < to; i++) {
            double a1 = 0, a2 = 0, a3 = 0;
            for (int k = 0; k < TAPS; k++) {
                double x = b[i - k];
                a1 += p1[k] * x;
                a2 += p2[k] * x;
                a3 += p3[k] * x;
            }
            double local = Math.max(Math.max(Math.abs(b[i - HALF]), Math.abs(a1)), Math.max(Math.abs(a2), Math.abs(a3)));
            if (local > max) max = local;
            if (local > thr) over(c, frameOfIndex0 + i - HALF, local, run, preview);
        }
        return max;
    }

    private void over(int c, long frame, double value, Run run, boolean preview) {
        long f = Math.max(0, frame);
        if (run.open && f - run.end < mergeGap) {
            run.end = Math.max(run.end, f + 1);
            run.peak = Math.max(run.peak, value);
            return;
        }
        if (run.open && !preview) {
            closedCount++;
            if (closed.size() < MAX_OVERS) closed.add(new Over(c, run.start, run.end, run.peak));
        } else if (run.open) {
            run.extraClosed++;
        }
        run.open = true;
        run.start = f;
        run.end = f + 1;
        run.peak = value;
    }

    /** The outputs still owed for the last TAPS/2 frames, as if silence followed; state untouched. */
    private double preview(int c, Run run) {
        float[] b = buf[c];
        System.arraycopy(b, 0, tail, 0, HISTORY);
        java.util.Arrays.fill(tail, HISTORY, HISTORY + HALF, 0f);
        return process(c, tail, HISTORY, HISTORY + HALF, frames - HISTORY, run, true);
    }

    /** True peak of channel {@code ch}, linear (1.0 = 0 dBTP). */
    public double truePeak(int ch) {
        return Math.max(peak[ch], preview(ch, runs[ch].copy()));
    }

    public double truePeakAll() {
        double m = 0;
        for (int c = 0; c < channels; c++) m = Math.max(m, truePeak(c));
        return m;
    }

    public double threshold() {
        return threshold;
    }

    /**
     * Over runs from fully determined interpolated values only (those whose TAPS window of
     * input is complete), by channel and then time: what a live finding may claim while the
     * stream goes on. {@link #overs()} adds the last TAPS/2 frames evaluated as if silence
     * followed, which after a clipped run can ring above anything the stream really holds.
     */
    public List<Over> measuredOvers() {
        List<Over> out = new ArrayList<>(closed);
        for (int c = 0; c < channels; c++) {
            Run r = runs[c];
            if (r.open && out.size() < MAX_OVERS) out.add(new Over(c, r.start, r.end, r.peak));
        }
        out.sort((x, y) -> x.channel() != y.channel() ? Integer.compare(x.channel(), y.channel())
                : Long.compare(x.startFrame(), y.startFrame()));
        return Collections.unmodifiableList(out);
    }

    /** Over runs so far, by channel and then time; at most {@value #MAX_OVERS}. */
    public List<Over> overs() {
        List<Over> out = new ArrayList<>(closed);
        for (int c = 0; c < channels; c++) {
            Run r = runs[c].copy();
            preview(c, r);
            if (r.extraClosed > 0 || !r.open) continue; // cannot happen for rates ≥ 800 Hz
            if (out.size() < MAX_OVERS) out.add(new Over(c, r.start, r.end, r.peak));
        }
        out.sort((x, y) -> x.channel() != y.channel() ? Integer.compare(x.channel(), y.channel())
                : Long.compare(x.startFrame(), y.startFrame()));
        return Collections.unmodifiableList(out);
    }

    /** Total number of over runs, including those past the list's cap. */
    public long overCount() {
        long n = closedCount;
        for (int c = 0; c < channels; c++) {
            Run r = runs[c].copy();
            preview(c, r);
            n += r.extraClosed + (r.open ? 1 : 0);
        }
        return n;
    }

    public long frames() {
        return frames;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** The over run being built on one channel. */
    private static final class Run {
        boolean open;
        long start;
        long end;
        double peak;
        int extraClosed;

        Run copy() {
            Run r = new Run();
            r.open = open;
            r.start = start;
            r.end = end;
            r.peak = peak;
            return r;
        }
    }
}
