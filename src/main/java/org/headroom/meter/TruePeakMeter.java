package org.headroom.meter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.headroom.dsp.InterSamplePeaks;
import org.headroom.dsp.OversamplingFilter;

/**
 * True peak to ITU-R BS.1770 Annex 2, per channel: the peaks between samples found by
 * {@link InterSamplePeaks} (oversampling by {@link OversamplingFilter#factorFor}, its exact skip
 * of sub-blocks that cannot raise the result), and the absolute maximum taken. Also reports
 * "overs": runs where the true peak exceeds a threshold.
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
    private static final Comparator<Over> BY_CHANNEL_THEN_TIME =
            Comparator.comparingInt(Over::channel).thenComparingLong(Over::startFrame);
    /** Channels are scanned in turn over pieces this long, so overs are listed in time order. */
    private static final int CHUNK = 4096;

    private final int channels;
    private final int sampleRate;
    private final double threshold;
    private final long mergeGap;
    private final InterSamplePeaks[] scanners;
    private final RunSink[] sinks;
    private final double[] peak;
    private long frames;

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
        this.threshold = overThresholdLinear;
        this.mergeGap = Math.max(1, sampleRate / 100);
        this.scanners = new InterSamplePeaks[channels];
        this.sinks = new RunSink[channels];
        this.peak = new double[channels];
        for (int c = 0; c < channels; c++) {
            scanners[c] = new InterSamplePeaks(sampleRate, skip);
            sinks[c] = new RunSink(c, new Run(), false);
        }
    }

    public int factor() {
        return scanners[0].factor();
    }

    @Override
    public void accept(float[][] block, int count) {
        for (int off = 0; off < count; ) {
            int n = Math.min(CHUNK, count - off);
            for (int c = 0; c < channels; c++) peak[c] = scanners[c].scan(block[c], off, n, peak[c], threshold, sinks[c]);
            frames += n;
            off += n;
        }
    }

    /** Overs of one channel into its run; a preview's (a query's) go to a copy of the run and never to the list. */
    private final class RunSink implements InterSamplePeaks.OverSink {
        private final int channel;
        private final Run run;
        private final boolean preview;

        RunSink(int channel, Run run, boolean preview) {
            this.channel = channel;
            this.run = run;
            this.preview = preview;
        }

        @Override
        public void over(long frame, double value) {
            long f = Math.max(0, frame);
            if (run.open && f - run.end < mergeGap) {
                run.end = Math.max(run.end, f + 1);
                run.peak = Math.max(run.peak, value);
                return;
            }
            if (run.open && !preview) {
                closedCount++;
                if (closed.size() < MAX_OVERS) closed.add(new Over(channel, run.start, run.end, run.peak));
            } else if (run.open) {
                run.extraClosed++;
            }
            run.open = true;
            run.start = f;
            run.end = f + 1;
            run.peak = value;
        }
    }

    /** The peak including the last TAPS/2 frames as if silence followed; overs of those go to {@code run}; state untouched. */
    private double preview(int c, Run run) {
        return scanners[c].scanTail(peak[c], threshold, new RunSink(c, run, true));
    }

    /** True peak of channel {@code ch}, linear (1.0 = 0 dBTP). */
    public double truePeak(int ch) {
        return preview(ch, sinks[ch].run.copy());
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
            Run r = sinks[c].run;
            if (r.open && out.size() < MAX_OVERS) out.add(new Over(c, r.start, r.end, r.peak));
        }
        out.sort(BY_CHANNEL_THEN_TIME);
        return Collections.unmodifiableList(out);
    }

    /** Over runs so far, by channel and then time; at most {@value #MAX_OVERS}. */
    public List<Over> overs() {
        List<Over> out = new ArrayList<>(closed);
        for (int c = 0; c < channels; c++) {
            Run r = sinks[c].run.copy();
            preview(c, r);
            if (r.extraClosed > 0 || !r.open) continue; // cannot happen for rates ≥ 800 Hz
            if (out.size() < MAX_OVERS) out.add(new Over(c, r.start, r.end, r.peak));
        }
        out.sort(BY_CHANNEL_THEN_TIME);
        return Collections.unmodifiableList(out);
    }

    /**
     * Changes whenever {@link #measuredOvers()} may have: the closed runs listed, or -1 while a run
     * is open (its end and peak move with every block). Lets a live reader skip rebuilding findings.
     */
    public long measuredOversVersion() {
        for (int c = 0; c < channels; c++) if (sinks[c].run.open) return -1;
        return closed.size();
    }

    /** Total number of over runs, including those past the list's cap. */
    public long overCount() {
        long n = closedCount;
        for (int c = 0; c < channels; c++) {
            Run r = sinks[c].run.copy();
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
