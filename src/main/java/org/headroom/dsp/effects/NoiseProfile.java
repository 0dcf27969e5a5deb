package org.headroom.dsp.effects;

import org.headroom.dsp.Spectrum;

/**
 * The average power spectrum of a stretch of noise, per channel, on the same windowed FFT frames
 * the {@link WienerDenoiser} uses (so the two read the same units bin by bin). Frames do not
 * overlap: a noise profile needs many independent looks, not time resolution.
 */
public final class NoiseProfile {
    private final Spectrum spectrum;
    private final int size;
    private final double[][] sums;
    private final float[][] pending;
    private final float[] frame;
    private int fill;
    private long frames;

    public NoiseProfile(int channels, int sampleRate) {
        this.size = WienerDenoiser.frameSize(sampleRate);
        this.spectrum = new Spectrum(size);
        this.sums = new double[channels][size / 2 + 1];
        this.pending = new float[channels][size];
        this.frame = new float[size];
    }

    public void accept(float[][] block, int n) {
        for (int i = 0; i < n; ) {
            int take = Math.min(n - i, size - fill);
            for (int c = 0; c < sums.length; c++) System.arraycopy(block[c], i, pending[c], fill, take);
            fill += take;
            i += take;
            if (fill == size) {
                for (int c = 0; c < sums.length; c++) add(c);
                frames++;
                fill = 0;
            }
        }
    }

    private void add(int c) {
        System.arraycopy(pending[c], 0, frame, 0, size);
        spectrum.transform(frame);
        double[] s = sums[c];
        s[0] += (double) frame[0] * frame[0];
        s[size / 2] += (double) frame[1] * frame[1];
        for (int k = 1; k < size / 2; k++) s[k] += (double) frame[2 * k] * frame[2 * k] + (double) frame[2 * k + 1] * frame[2 * k + 1];
    }

    /**
     * How loud one frame of {@code size} is, for choosing the noise frames: the mean over bins and
     * channels of 10·log10(|X|²), dB; −∞ for digital silence. Why a mean of logarithms and not the
     * frame's energy: the energy of room noise is mostly its few low-frequency bins, which swing
     * by several dB from frame to frame, so the frames of least energy are those where the rumble
     * happened to dip, and a profile made of them reads the low bins too low; in a mean of
     * logarithms every bin counts once, the swings average out, and speech (raising many bins at
     * once) still stands clearly above the noise.
     */
    public double frameLevelDb(float[][] block) {
        double sum = 0;
        int count = 0;
        boolean silent = true;
        for (int c = 0; c < sums.length; c++) {
            System.arraycopy(block[c], 0, frame, 0, size);
            for (int i = 0; i < size && silent; i++) silent = frame[i] == 0f;
            spectrum.transform(frame);
            for (int k = 1; k < size / 2; k++) {
                double p = (double) frame[2 * k] * frame[2 * k] + (double) frame[2 * k + 1] * frame[2 * k + 1];
                sum += 10 * Math.log10(p + 1e-30);
                count++;
            }
        }
        return silent ? Double.NEGATIVE_INFINITY : sum / count;
    }

    /** Whole frames seen so far; a profile of none is no profile. */
    public long frames() {
        return frames;
    }

    /** Mean |X|² per bin 0..size/2 for each channel (all zero before a whole frame was seen). */
    public double[][] power() {
        double[][] out = new double[sums.length][];
        for (int c = 0; c < sums.length; c++) {
            out[c] = sums[c].clone();
            for (int k = 0; k < out[c].length; k++) out[c][k] /= Math.max(1, frames);
        }
        return out;
    }
}
