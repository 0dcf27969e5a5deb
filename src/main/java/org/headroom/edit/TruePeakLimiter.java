package org.headroom.edit;

import org.headroom.dsp.InterSamplePeaks;
import org.headroom.dsp.OversamplingFilter;
import org.headroom.dsp.SlidingSum;

/**
 * A look-ahead limiter that keeps the true peak (BS.1770 inter-sample peak) at or under a
 * ceiling. Pure DSP: arrays in, arrays out, one thread. All channels share one gain so the
 * stereo image does not move.
 *
 * <p><b>Detection.</b> Each channel is scanned by {@link InterSamplePeaks}, the scanner of the
 * true-peak meter, because the delivery check and {@code headroom analyze} measure with that
 * meter: a more exact interpolator reads up to 0.15 dB lower than the meter on noisy material and
 * would let the meter see overs. Every interval between two samples gets the largest absolute
 * value found in it, endpoints included. A sample's required gain is ceiling / the larger peak of
 * its two neighbouring intervals (1 when under the ceiling). The scanner skips the filtering
 * where no interpolated value can reach the ceiling, judged on the interpolator's whole history
 * whatever the block sizes (short blocks once let peaks through here).
 *
 * <p>A NaN sample becomes silence on the way in: it would poison the gain for ever.
 *
 * <p><b>Gain.</b> The required gains go through a sliding minimum over the look-ahead window
 * (L + 1 samples), an exponential release towards 1, and a moving average over the same
 * L + 1 samples. Every average that covers sample n is an average of minima whose windows all
 * contain n, so the applied gain at n is never above n's required gain — the ceiling holds by
 * construction — while the gain moves as a smooth ramp over the look-ahead time instead of
 * jumping (which would splatter distortion).
 * <ul>
 * <li><b>Attack</b> = look-ahead, 5 ms: fast enough for speech plosives, slow enough not to
 *     distort a 200 Hz voice.</li>
 * <li><b>Release</b>: exponential, 200 ms time constant: long enough not to pump on syllables,
 *     short enough not to duck the next word.</li>
 * </ul>
 *
 * <p><b>Latency.</b> {@link #latency()} frames: the look-ahead plus half the interpolator. The
 * output of {@link #process} is the input delayed by that much; {@link LimiterSource} hides it.
 */
final class TruePeakLimiter implements org.headroom.dsp.effects.BlockEffect {
    static final double LOOKAHEAD_SECONDS = 0.005;
    static final double RELEASE_SECONDS = 0.2;
    private static final int HALF = OversamplingFilter.HALF;

    private final int channels;
    private final double threshold;    // linear
    private final int look;            // L
    private final double release;      // per-sample approach coefficient towards 1

    private final InterSamplePeaks[] scanners;
    /** Per frame of the block being limited: the peak of the interval it completes, 0 where under the ceiling. */
    private double[] intervals = new double[0];
    private long blockFirstLeft;       // the left sample of the first of those intervals
    private final InterSamplePeaks.OverSink toIntervals = (frame, value) -> {
        int i = (int) (frame - blockFirstLeft);
        intervals[i] = Math.max(intervals[i], value);
    };

    // gain computer
    private double prevInterval;
    private final long[] dqIdx;
    private final double[] dqVal;
    private int dqHead, dqSize;
    private long m;                    // index of the sample whose required gain comes next
    private double r = 1;
    private final SlidingSum box;      // the moving average's window, without drift over hours
    private double minGain = 1;

    // delay line
    private final float[][] delay;
    private int delayPos;

    /** @param ceilingLinear the exact ceiling; callers wanting a safety margin lower it themselves */
    TruePeakLimiter(int channels, int sampleRate, double ceilingLinear) {
        if (channels < 1 || sampleRate < 1) throw new IllegalArgumentException(channels + " channels at " + sampleRate + " Hz");
        this.channels = channels;
        this.threshold = ceilingLinear;
        this.look = Math.max(1, (int) Math.round(LOOKAHEAD_SECONDS * sampleRate));
        this.release = 1 - Math.exp(-1.0 / (RELEASE_SECONDS * sampleRate));
        this.scanners = new InterSamplePeaks[channels];
        for (int c = 0; c < channels; c++) scanners[c] = new InterSamplePeaks(sampleRate);
        this.dqIdx = new long[look + 2];
        this.dqVal = new double[look + 2];
        this.box = SlidingSum.filledWith(look + 1, 1.0);
        this.delay = new float[channels][latency()];
        this.m = -HALF;
    }

    /** Frames between a sample going in and coming out. */
    @Override
    public int latency() {
        return HALF + look;
    }

    /** The lowest gain applied so far, linear (1 = never limited): how hard the limiter worked. */
    double minGain() {
        return minGain;
    }

    /** Limits {@code block[c][0..frames)} in place; the output is the input delayed by {@link #latency()}. */
    @Override
    public void process(float[][] block, int frames) {
        if (intervals.length < frames) intervals = new double[frames];
        java.util.Arrays.fill(intervals, 0, frames, 0.0);
        blockFirstLeft = scanners[0].frames() - HALF;
        for (int c = 0; c < channels; c++) {
            float[] x = block[c];
            for (int i = 0; i < frames; i++) if (x[i] != x[i]) x[i] = 0;
            // only values over the ceiling matter: at or under it, every interval asks for gain 1
            scanners[c].scan(x, 0, frames, Double.POSITIVE_INFINITY, threshold, toIntervals);
        }
        for (int i = 0; i < frames; i++) step(block, i);
    }

    private void step(float[][] block, int i) {
        int len = delay[0].length;
        // The interval just completed runs from sample m to m + 1. Its right end, m + 1, went
        // into the delay line HALF − 1 frames ago (the line is longer than that).
        int right = (delayPos + len - (HALF - 1)) % len;
        double interval = intervals[i];
        for (int c = 0; c < channels; c++) interval = Math.max(interval, Math.abs(delay[c][right]));
        // sample m needs both of its intervals
        double need = Math.max(prevInterval, interval);
        prevInterval = interval;
        double gReq = need > threshold ? threshold / need : 1.0;
        double g = gain(gReq);
        for (int c = 0; c < channels; c++) {
            float[] d = delay[c];
            float out = d[delayPos];
            d[delayPos] = block[c][i];
            block[c][i] = (float) (out * g);
        }
        delayPos = (delayPos + 1) % len;
    }

    /** Sliding minimum, release, moving average: the gain for sample m − L. */
    private double gain(double gReq) {
        int cap = dqIdx.length;
        while (dqSize > 0 && dqVal[(dqHead + dqSize - 1) % cap] >= gReq) dqSize--;
        int tail = (dqHead + dqSize) % cap;
        dqIdx[tail] = m;
        dqVal[tail] = gReq;
        dqSize++;
        while (dqIdx[dqHead] < m - look) {
            dqHead = (dqHead + 1) % cap;
            dqSize--;
        }
        m++;
        double w = dqVal[dqHead];
        r = Math.min(w, r + (1 - r) * release);
        box.push(r);
        double g = Math.min(1.0, box.sum() / box.length());
        if (g < minGain) minGain = g;
        return g;
    }
}
