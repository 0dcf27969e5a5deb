package org.headroom.meter;

import org.headroom.dsp.Spectrum;

/**
 * The live spectrum, run on the live session's capture thread: a 4096-point {@link Spectrum} of
 * the newest audio about 30 times a second, power averaged over channels, in dBFS on the display
 * scale (a full-scale sine's bin reads 0, see {@link Spectrum#sinePeakPerBandPower()}), smoothed
 * so speech reads as a shape rather than flicker:
 * rises at once, falls by {@link #FALL} of the difference per frame.
 *
 * <p>Why on the capture thread and not on the screen's: 2 × 4096-point FFTs every 33 ms cost
 * ~0.1 ms, which the EDT could afford, but it would need the raw samples copied across threads;
 * the capture thread already has them, and hands over 2048 finished numbers instead.
 */
public final class LiveSpectrum {
    public static final int SIZE = 4096;
    private static final float FALL = 0.35f;
    private static final float FLOOR_DB = -140f;

    private final int channels;
    private final int hop;
    private final Spectrum spectrum = new Spectrum(SIZE);
    private final float[][] ring;
    private final float[] work = new float[SIZE];
    private final float[] bandPower = new float[SIZE / 2];
    private final float[] smoothed = new float[SIZE / 2];
    private final double scale;
    private int writeAt;
    private long sinceLast;
    private long filled;

    public LiveSpectrum(int channels, int sampleRate) {
        this.channels = channels;
        this.hop = Math.max(1, sampleRate / 30);
        this.ring = new float[channels][SIZE];
        this.scale = spectrum.sinePeakPerBandPower();
        java.util.Arrays.fill(smoothed, FLOOR_DB);
    }

    /** Takes a block; returns a fresh spectrum (dB per bin, bin k at k·rate/4096 Hz) when one is due, else null. */
    public float[] accept(float[][] block, int frames) {
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) ring[c][writeAt] = block[c][i];
            writeAt = (writeAt + 1) & (SIZE - 1);
        }
        filled += frames;
        sinceLast += frames;
        if (filled < SIZE || sinceLast < hop) return null;
        sinceLast = 0;
        return transform();
    }

    private float[] transform() {
        double[] power = new double[SIZE / 2];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < SIZE; i++) work[i] = ring[c][(writeAt + i) & (SIZE - 1)];
            spectrum.transform(work);
            spectrum.bandPower(work, bandPower);
            for (int k = 1; k < SIZE / 2; k++) power[k] += bandPower[k] * scale / channels;
        }
        float[] out = new float[SIZE / 2];
        for (int k = 0; k < SIZE / 2; k++) {
            float db = power[k] > 1e-14 ? (float) (10 * Math.log10(power[k])) : FLOOR_DB;
            smoothed[k] = db >= smoothed[k] ? db : smoothed[k] + FALL * (db - smoothed[k]);
            out[k] = smoothed[k];
        }
        return out;
    }
}
