package org.headroom.dsp;

import be.tarsos.dsp.util.fft.FFT;

/**
 * One Hann-windowed FFT power spectrum of a fixed power-of-two size: the only place Headroom
 * windows, transforms and squares. TarsosDSP's FFT does the transform; this class states the scale.
 *
 * <p><b>Scale ("band power").</b> One-sided power per bin k = 0..size/2-1, scaled by
 * 2 / (size·Σw²): summing the bins of a band gives the band's mean square, so the bins of a sine's
 * main lobe add up to A²/2 and all bins of white noise add up to its variance, whatever the size
 * and sample rate (band powers from spectra of different sizes or rates can be compared and
 * added). Bin 0 (DC) is not doubled; the Nyquist bin is left out.
 *
 * <p>A display wants the other convention, "a full-scale sine's bin reads 0 dBFS": multiply a
 * band-power bin by {@link #sinePeakPerBandPower()} (2 × the Hann window's equivalent noise
 * bandwidth of 1.5 bins, i.e. 3), which turns the centre bin of a sine of amplitude A into A².
 *
 * <p>Not thread-safe: one instance per thread (the FFT keeps scratch state).
 */
public final class Spectrum {
    private final int size;
    private final FFT fft;
    private final float[] window;
    private final double bandScale;
    private final double sinePeakFactor;

    public Spectrum(int size) {
        if (size < 16 || Integer.bitCount(size) != 1) throw new IllegalArgumentException("FFT size must be a power of two >= 16: " + size);
        this.size = size;
        this.fft = new FFT(size);
        this.window = new float[size];
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < size; i++) {
            // periodic Hann: its frames overlap-add flat, and its ENBW is exactly 1.5 bins
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / size));
            sum += window[i];
            sumSq += (double) window[i] * window[i];
        }
        this.bandScale = 2.0 / (size * sumSq);
        // centre bin of amplitude A: |X| = A·Σw/2, so band power = A²(Σw)²/(2·size·Σw²); this makes it A²
        this.sinePeakFactor = 2.0 * size * sumSq / (sum * sum);
    }

    /** The largest power of two no longer than {@code seconds} at this rate, within [min, max]. */
    public static int sizeFor(int sampleRate, double seconds, int min, int max) {
        int n = Integer.highestOneBit((int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds * sampleRate)));
        return Math.min(max, Math.max(min, n));
    }

    public int size() {
        return size;
    }

    /** Bins in a power spectrum: size/2 (0 .. Nyquist, Nyquist left out). */
    public int bins() {
        return size / 2;
    }

    /**
     * Windows the first {@link #size} samples of {@code frame} in place and transforms them; afterwards
     * {@code frame} holds the packed spectrum that {@link #bandPower} and {@link #crossReal} read.
     */
    public void transform(float[] frame) {
        for (int i = 0; i < size; i++) frame[i] *= window[i];
        fft.forwardTransform(frame);
    }

    /**
     * The way back, for processing in the frequency domain (short-time Fourier transform with
     * overlap-add): inverse-transforms a packed spectrum as {@link #transform} leaves it, in
     * place, and applies the same Hann window again, so a gain changed from one frame to the next
     * fades across the overlap instead of stepping at the frame's edge. Frames overlap-added every
     * {@code hop} samples then sum to the input times {@link #overlapAddGain overlapAddGain(hop)}.
     */
    public void inverse(float[] transformed) {
        fft.backwardsTransform(transformed);
        for (int i = 0; i < size; i++) transformed[i] *= window[i];
    }

    /**
     * What windowing twice (analysis and synthesis) and overlap-adding every {@code hop} samples
     * multiplies a signal by: Σ w²(n + kH), the same for every n when {@code hop} divides the
     * size by 4 or more (1.5 at a quarter of the size).
     */
    public double overlapAddGain(int hop) {
        if (hop <= 0 || size % hop != 0 || size / hop < 4) throw new IllegalArgumentException("hop " + hop + " for size " + size);
        double sum = 0;
        for (int i = 0; i < size; i += hop) sum += (double) window[i] * window[i];
        return sum;
    }

    /** Band power (see the class comment) of a {@link #transform transformed} frame into {@code out[0..bins)}. */
    public void bandPower(float[] transformed, float[] out) {
        out[0] = (float) (bandScale * 0.5 * transformed[0] * transformed[0]);
        for (int k = 1; k < size / 2; k++) {
            float re = transformed[2 * k];
            float im = transformed[2 * k + 1];
            out[k] = (float) (bandScale * (re * re + im * im));
        }
    }

    /** Re(A·conj(B)) per bin of two transformed frames, on the band-power scale; bin 0 is left 0. */
    public void crossReal(float[] a, float[] b, float[] out) {
        out[0] = 0;
        for (int k = 1; k < size / 2; k++) {
            out[k] = (float) (bandScale * (a[2 * k] * b[2 * k] + a[2 * k + 1] * b[2 * k + 1]));
        }
    }

    /** Factor from a band-power bin to the "full-scale sine's bin reads 1 (0 dBFS)" scale; 3 for Hann. */
    public double sinePeakPerBandPower() {
        return sinePeakFactor;
    }
}
