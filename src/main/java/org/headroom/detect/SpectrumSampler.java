package org.headroom.detect;

import org.headroom.dsp.Spectrum;
import org.headroom.dsp.SpectrumPair;
import org.headroom.meter.BlockConsumer;

/**
 * Sparse spectra for the spectral detectors. Every {@code hopSeconds} it captures about a quarter
 * of a second of audio per channel and makes the two spectra of {@link SpectrumPair} of it: the
 * {@link #full()} band (hiss, a band limit) and the decimated {@link #low()} band, whose 3.9 Hz
 * bins are the same at every sample rate (hum, wind). Hum, hiss and a band limit are steady, so a
 * glimpse every couple of seconds measures them and the cost stays near a continuous meter's.
 *
 * <p>Powers use {@link Spectrum}'s band-power scale (a sine's main lobe sums to A²/2), so the two
 * frames' band powers compare directly. Readers poll {@link #captures()} after each block and read
 * the latest frames; a block longer than the hop can hide a capture from them, which only thins
 * the sampling.
 */
public final class SpectrumSampler implements BlockConsumer {
    public static final double DEFAULT_HOP_SECONDS = 2.0;

    private final int channels;
    private final int sampleRate;
    private final SpectrumPair pair;
    private final int span;
    private final long hop;
    private final float[][] capture;
    private final Frame full;
    private final Frame low;

    private long position;
    private long nextStart;
    private int filled = -1;   // -1: not capturing
    private long captures;
    private long lastStart = -1;

    public SpectrumSampler(int channels, int sampleRate, double hopSeconds) {
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.pair = new SpectrumPair(sampleRate, 256);
        this.span = pair.span();
        this.hop = Math.max(span, Math.round(hopSeconds * sampleRate));
        this.capture = new float[channels][span];
        this.full = new Frame(pair.full(), channels, sampleRate, sampleRate / 2.0);
        this.low = new Frame(pair.low(), channels, pair.lowRate(), pair.lowValidHz());
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
            int n = Math.min(frames - at, span - filled);
            for (int c = 0; c < channels; c++) System.arraycopy(block[c], at, capture[c], filled, n);
            filled += n;
            at += n;
            if (filled == span) {
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
        for (int c = 0; c < channels; c++) pair.split(capture[c], full.frames[c], low.frames[c]);
        full.transform();
        low.transform();
    }

    /** Captures made so far. */
    public long captures() {
        return captures;
    }

    /** First audio frame of the latest capture; -1 before the first. */
    public long lastStartFrame() {
        return lastStart;
    }

    /** Audio frames in one capture: both frames lie within [start, start + span). */
    public int spanFrames() {
        return span;
    }

    /** The whole band of the latest capture. */
    public Frame full() {
        return full;
    }

    /** The decimated low band of the latest capture: same bin width at every sample rate. */
    public Frame low() {
        return low;
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

    /**
     * One spectrum per channel of the latest capture, with the cross-spectrum of channels 1 and 2.
     * Arrays are read only and overwritten by the next capture.
     */
    public static final class Frame {
        private final Spectrum spectrum;
        private final double rate;
        private final int validBins;
        private final float[][] frames;
        private final float[][] power;
        private final float[] crossReal;
        private boolean crossStale; // the frames changed since crossReal was filled (never for mono)

        private Frame(Spectrum spectrum, int channels, double rate, double validHz) {
            this.spectrum = spectrum;
            this.rate = rate;
            this.validBins = (int) Math.min(spectrum.bins(), Math.floor(validHz * spectrum.size() / rate) + 1);
            this.frames = new float[channels][spectrum.size()];
            this.power = new float[channels][spectrum.bins()];
            this.crossReal = new float[spectrum.bins()];
        }

        private void transform() {
            for (int c = 0; c < frames.length; c++) {
                spectrum.transform(frames[c]);
                spectrum.bandPower(frames[c], power[c]);
            }
            crossStale = frames.length >= 2;
        }

        /** Band power per bin for one channel (bins 0..bins()-1). */
        public float[] power(int channel) {
            return power[channel];
        }

        /** Re(X0·conj(X1)) per bin, same scale as {@link #power}; zeros for mono. */
        public float[] crossReal() {
            // on demand: only the wind detector reads it, and only from the low frame
            if (crossStale) {
                spectrum.crossReal(frames[0], frames[1], crossReal);
                crossStale = false;
            }
            return crossReal;
        }

        /** Bins that hold the band without aliases (all of them for the full frame). */
        public int bins() {
            return validBins;
        }

        public int size() {
            return spectrum.size();
        }

        public double binHz() {
            return rate / spectrum.size();
        }

        /** Sample rate of the signal transformed (decimated for the low frame). */
        public double rate() {
            return rate;
        }

        /** The bin nearest to a frequency, clamped to the valid bins. */
        public int bin(double hz) {
            return (int) Math.max(0, Math.min(validBins - 1, Math.round(hz / binHz())));
        }
    }
}
