package org.headroom.detect;

import be.tarsos.dsp.util.fft.FFT;
import org.headroom.meter.BlockConsumer;

/**
 * Sparse spectra for the spectral detectors (hum, wind, hiss, upsampling). Every
 * {@code hopSeconds} it takes one Hann-windowed FFT frame of about 170 ms per channel
 * (8192 samples at 44.1/48 kHz, capped there because TarsosDSP's FFT starts threads above it).
 * Hum, hiss and a band limit are steady, so a glimpse every couple of seconds measures them;
 * this keeps the cost near 0.1 ms per second of stereo audio, against ~40x that for a
 * continuous STFT.
 *
 * <p>Powers are one-sided and scaled so that summing the bins of a sine's main lobe gives its
 * mean square (A²/2), and summing all bins of white noise gives its variance. Readers poll
 * {@link #captures()} after each block and read the latest frame; a block longer than the hop
 * can hide a frame from them, which only thins the sampling.
 */
public final class SpectrumSampler implements BlockConsumer {
    public static final double DEFAULT_HOP_SECONDS = 2.0;
    private static final int MAX_SIZE = 8192;

    private final int channels;
    private final int sampleRate;
    private final int size;
    private final long hop;
    private final FFT fft;
    private final float[] window;
    private final double scale;
    private final float[][] capture;
    private final float[][] power;
    private final float[] crossReal;

    private long position;
    private long nextStart;
    private int filled = -1;   // -1: not capturing
    private long captures;
    private long lastStart = -1;

    public SpectrumSampler(int channels, int sampleRate, double hopSeconds) {
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.size = Math.min(MAX_SIZE, Math.max(256, Integer.highestOneBit(sampleRate / 5)));
        this.hop = Math.max(size, Math.round(hopSeconds * sampleRate));
        this.fft = new FFT(size);
        this.window = new float[size];
        double sumSq = 0;
        for (int i = 0; i < size; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / size));
            sumSq += (double) window[i] * window[i];
        }
        this.scale = 2.0 / (size * sumSq);
        this.capture = new float[channels][size];
        this.power = new float[channels][size / 2];
        this.crossReal = new float[size / 2];
    }

    public SpectrumSampler(int channels, int sampleRate) {
        this(channels, sampleRate, DEFAULT_HOP_SECONDS);
    }

    @Override
    public void accept(float[][] block, int frames) {
        int at = 0;
        while (at < frames) {
            if (filled < 0) {
                long wait = nextStart - (position + at);
                if (wait >= frames - at) break;
                at += (int) wait;
                filled = 0;
            }
            int n = Math.min(frames - at, size - filled);
            for (int c = 0; c < channels; c++) System.arraycopy(block[c], at, capture[c], filled, n);
            filled += n;
            at += n;
            if (filled == size) {
                transform();
                lastStart = nextStart;
                nextStart += hop;
                filled = -1;
                captures++;
            }
        }
        position += frames;
    }

    private void transform() {
        for (int c = 0; c < channels; c++) {
            float[] x = capture[c];
            for (int i = 0; i < size; i++) x[i] *= window[i];
            fft.forwardTransform(x);
            float[] p = power[c];
            p[0] = (float) (scale * 0.5 * x[0] * x[0]);
            for (int k = 1; k < size / 2; k++) {
                float re = x[2 * k];
                float im = x[2 * k + 1];
                p[k] = (float) (scale * (re * re + im * im));
            }
        }
        if (channels >= 2) {
            float[] a = capture[0];
            float[] b = capture[1];
            for (int k = 1; k < size / 2; k++) {
                crossReal[k] = (float) (scale * (a[2 * k] * b[2 * k] + a[2 * k + 1] * b[2 * k + 1]));
            }
        }
    }

    /** Frames transformed so far. */
    public long captures() {
        return captures;
    }

    /** First audio frame of the latest capture; -1 before the first. */
    public long lastStartFrame() {
        return lastStart;
    }

    /** Power per bin of the latest capture for one channel (bins 0..size/2-1). Read only; overwritten by the next capture. */
    public float[] power(int channel) {
        return power[channel];
    }

    /** Re(X0·conj(X1)) per bin of the latest capture, same scale as {@link #power}; zeros for mono. */
    public float[] crossReal() {
        return crossReal;
    }

    public int size() {
        return size;
    }

    public int bins() {
        return size / 2;
    }

    public double binHz() {
        return (double) sampleRate / size;
    }

    public int channels() {
        return channels;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** Audio frames accepted so far. */
    public long position() {
        return position;
    }

    /** The bin nearest to a frequency, clamped to the spectrum. */
    public int bin(double hz) {
        return (int) Math.max(0, Math.min(size / 2 - 1, Math.round(hz / binHz())));
    }
}
