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
