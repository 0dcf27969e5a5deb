package org.headroom.edit;

import org.headroom.meter.OversamplingFilter;
import org.headroom.meter.TruePeakMeter;

/**
 * A look-ahead limiter that keeps the true peak (BS.1770 inter-sample peak) at or under a
 * ceiling. Pure DSP: arrays in, arrays out, one thread. All channels share one gain so the
 * stereo image does not move.
 *
 * <p><b>Detection.</b> Each channel is oversampled with the {@link TruePeakMeter}'s own
 * coefficients ({@link OversamplingFilter}, at the meter's factor for the rate), because the
 * delivery check and {@code headroom analyze} measure with that meter: a more exact interpolator
 * reads up to 0.15 dB lower than the meter on noisy material and would let the meter see overs.
 * Every interval between two samples gets the largest absolute value found in it, endpoints
 * included. A sample's required gain is ceiling / the larger peak of its two neighbouring
 * intervals (1 when under the ceiling). Sub-blocks whose samples are all so low that no
 * interpolated value can reach the ceiling skip the filtering.
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
final class TruePeakLimiter {
    static final double LOOKAHEAD_SECONDS = 0.005;
    static final double RELEASE_SECONDS = 0.2;
    private static final int TAPS = OversamplingFilter.TAPS;
    private static final int HALF = TAPS / 2;
    private static final int SUB_BLOCK = 256;

    private final int channels;
    private final int factor;
    private final double[] h;          // phases 1..F−1, h[(p − 1)·TAPS + k] multiplies x[n − k]
    private final double bound;        // |interpolated| ≤ bound · max|window|
    private final double threshold;    // linear
    private final int look;            // L
    private final double release;      // per-sample approach coefficient towards 1

    // interpolator history: ring of TAPS with a mirrored copy so the window is contiguous
    private final float[][] ring;
    private int ringPos;
    private final float[] prevSubMax;

    // gain computer
    private double prevInterval;
    private final long[] dqIdx;
    private final double[] dqVal;
    private int dqHead, dqSize;
    private long m;                    // index of the sample whose required gain comes next
    private double r = 1;
    private final double[] box;
    private int boxPos;
    private double boxSum;
    private double minGain = 1;

    // delay line
    private final float[][] delay;
    private int delayPos;

    /** @param ceilingLinear the exact ceiling; callers wanting a safety margin lower it themselves */
    TruePeakLimiter(int channels, int sampleRate, double ceilingLinear) {
        if (channels < 1 || sampleRate < 1) throw new IllegalArgumentException(channels + " channels at " + sampleRate + " Hz");
        this.channels = channels;
        this.factor = TruePeakMeter.oversampling(sampleRate);
        this.h = OversamplingFilter.phases(factor);
        this.bound = OversamplingFilter.gainBound(h, factor);
        this.threshold = ceilingLinear;
        this.look = Math.max(1, (int) Math.round(LOOKAHEAD_SECONDS * sampleRate));
        this.release = 1 - Math.exp(-1.0 / (RELEASE_SECONDS * sampleRate));
        this.ring = new float[channels][2 * TAPS];
        this.prevSubMax = new float[channels];
        this.dqIdx = new long[look + 2];
        this.dqVal = new double[look + 2];
        this.box = new double[look + 1];
        java.util.Arrays.fill(box, 1.0);
        this.boxSum = look + 1;
        this.delay = new float[channels][latency()];
        this.m = -HALF;
    }

    /** Frames between a sample going in and coming out. */
    int latency() {
        return HALF + look;
    }

    /** The lowest gain applied so far, linear (1 = never limited): how hard the limiter worked. */
    double minGain() {
        return minGain;
    }

    /** Limits {@code block[c][0..frames)} in place; the output is the input delayed by {@link #latency()}. */
    void process(float[][] block, int frames) {
        for (int from = 0; from < frames; from += SUB_BLOCK) {
            int n = Math.min(SUB_BLOCK, frames - from);
            boolean quiet = true;
            for (int c = 0; c < channels; c++) {
                float mx = 0;
                float[] x = block[c];
                for (int i = from; i < from + n; i++) mx = Math.max(mx, Math.abs(x[i]));
                // the window reaches TAPS samples back, into the previous sub-block at most
                quiet &= Math.max(mx, prevSubMax[c]) * bound <= threshold;
                prevSubMax[c] = mx;
            }
            for (int i = from; i < from + n; i++) step(block, i, quiet);
        }
    }

    private void step(float[][] block, int i, boolean quiet) {
        double interval = 0;
        for (int c = 0; c < channels; c++) {
            float[] rg = ring[c];
            float v = block[c][i];
            if (v != v) v = 0; // NaN would poison the gain for ever
            rg[ringPos] = v;
            rg[ringPos + TAPS] = v;
            int newest = ringPos + TAPS; // rg[newest − k] holds x[n − k] for k < TAPS
            double p = Math.max(Math.abs(rg[newest - HALF]), Math.abs(rg[newest - HALF + 1]));
            if (!quiet) {
                for (int q = 1; q < factor; q++) {
                    int base = (q - 1) * TAPS;
                    double s = 0;
                    for (int k = 0; k < TAPS; k++) s += h[base + k] * rg[newest - k];
                    p = Math.max(p, Math.abs(s));
                }
            }
            interval = Math.max(interval, p);
        }
        ringPos = (ringPos + 1) % TAPS;
        // interval just measured runs from sample m to m+1; sample m needs both of its intervals
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
        delayPos = (delayPos + 1) % delay[0].length;
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
        boxSum += r - box[boxPos];
        box[boxPos] = r;
        boxPos = (boxPos + 1) % box.length;
        double g = Math.min(1.0, boxSum / box.length);
        if (g < minGain) minGain = g;
        return g;
    }
}
