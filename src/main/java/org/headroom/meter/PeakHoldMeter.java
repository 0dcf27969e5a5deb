package org.headroom.meter;

import java.util.Arrays;
import org.headroom.dsp.Denormals;

/**
 * The sample-peak bar of a live meter, per channel: the peak of each display refresh, a hold
 * marker that stays for the hold time and then falls at a fixed rate in dB/s, and a numeric
 * held peak that stays until reset. Hold and fall are counted in samples, not in refreshes,
 * so the marker behaves the same at 30 Hz and at 60 Hz.
 */
public final class PeakHoldMeter implements BlockConsumer {
    public static final double DEFAULT_HOLD_SECONDS = 1.0;
    public static final double DEFAULT_FALL_DB_PER_SECOND = 20.0;

    private final long holdSamples;
    /** Linear factor per sample while falling: a straight line in dB. */
    private final double fallPerSample;
    private final double[] refreshPeak;
    private final double[] marker;
    private final long[] samplesSinceMarkerSet;
    private final double[] heldPeak;

    public PeakHoldMeter(int channels, int sampleRate) {
        this(channels, sampleRate, DEFAULT_HOLD_SECONDS, DEFAULT_FALL_DB_PER_SECOND);
    }

    /**
     * @param holdSeconds       how long the marker stays at a peak before it falls (from presets)
     * @param fallDbPerSecond   how fast it falls afterwards; must be positive
     */
    public PeakHoldMeter(int channels, int sampleRate, double holdSeconds, double fallDbPerSecond) {
        if (channels <= 0 || sampleRate <= 0) {
            throw new IllegalArgumentException("channels and sample rate must be positive");
        }
        if (!(holdSeconds >= 0) || !(fallDbPerSecond > 0)) {
            throw new IllegalArgumentException("hold must be >= 0 s and fall > 0 dB/s: " + holdSeconds + ", " + fallDbPerSecond);
        }
        this.holdSamples = Math.round(holdSeconds * sampleRate);
        this.fallPerSample = Decibels.toAmplitude(-fallDbPerSecond / sampleRate);
        this.refreshPeak = new double[channels];
        this.marker = new double[channels];
        this.samplesSinceMarkerSet = new long[channels];
        this.heldPeak = new double[channels];
    }

    @Override
    public void accept(float[][] block, int frames) {
        for (int ch = 0; ch < marker.length; ch++) {
            acceptChannel(ch, block[ch], frames);
        }
    }

    private void acceptChannel(int ch, float[] x, int frames) {
        double refresh = refreshPeak[ch];
        double m = marker[ch];
        long since = samplesSinceMarkerSet[ch];
        for (int i = 0; i < frames; i++) {
            double a = Math.abs(x[i]);
            if (a > refresh) refresh = a;
            if (since >= holdSamples) m *= fallPerSample;
            since++;
            // >= so a steady level keeps re-arming the hold instead of sagging by one step.
            if (a >= m) {
                m = a;
                since = 0;
            }
        }
        refreshPeak[ch] = refresh;
        marker[ch] = Denormals.flush(m); // it falls for ever in silence
        samplesSinceMarkerSet[ch] = since;
        if (refresh > heldPeak[ch]) heldPeak[ch] = refresh;
    }

    /**
     * The peak since the previous call for this channel, in dBFS, and starts a new refresh
     * period. Call once per display refresh; this is what the bar shows.
     */
    public double takeRefreshPeakDb(int channel) {
        double p = refreshPeak[channel];
        refreshPeak[channel] = 0;
        return Decibels.fromAmplitude(p);
    }

    /** Where the hold marker is now, in dBFS. */
    public double holdDb(int channel) {
        return Decibels.fromAmplitude(marker[channel]);
    }

    /** The highest sample peak since construction or the last {@link #resetHeldPeak()}, in dBFS. */
    public double heldPeakDb(int channel) {
        return Decibels.fromAmplitude(heldPeak[channel]);
    }

    /** Clears the numeric held peak of every channel, as the user's reset button does. */
    public void resetHeldPeak() {
        Arrays.fill(heldPeak, 0.0);
    }

    public int channels() {
        return marker.length;
    }
}
