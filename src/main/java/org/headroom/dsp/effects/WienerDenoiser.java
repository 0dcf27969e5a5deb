package org.headroom.dsp.effects;

import org.headroom.dsp.AbsPeak;
import org.headroom.dsp.Spectrum;

/**
 * Broadband noise reduction: a short-time Fourier transform (Hann frames of about 43 ms, a
 * quarter-frame hop, windowed again on the way back) with a Wiener gain per bin whose a-priori
 * SNR is estimated decision-directed (Ephraim and Malah 1984).
 *
 * <p>Why decision-directed: a gain computed from each frame's own noisy power flickers from
 * frame to frame in noise-only bins, and the flicker is the "musical noise" of crude spectral
 * subtraction. Leaning 98 % on the previous frame's clean estimate smooths the gain where the
 * SNR is low, while a real onset (a posterior SNR far above 1) still opens it within a frame.
 * The gain never falls under the floor set by {@code reductionDb}: noise is lowered, not
 * removed, which keeps the remaining noise natural and the gain's own flicker small.
 *
 * <p>Where that estimate already says the bin is speech (a-priori SNR of 0 dB or more), a second
 * step follows (Plapous, Marro and Scalart's two-step noise reduction): the a-priori SNR is taken
 * again from this frame's own Wiener-cleaned power, which removes the decision-directed
 * estimate's lag of one frame at onsets and along moving harmonics, so less of the speech is
 * cut. Below 0 dB the smooth estimate stays: run everywhere, the second step lets single noise
 * bins flick open, which is exactly musical noise (measured on espeak-ng speech: worst case
 * 0.45 dB nearer the clean speech, while the noise-only kurtosis ratio, a musical-noise figure,
 * rose from 1.42 to 1.52 instead of to 2.8 with the step everywhere; see DenoiseSpeechProbe).
 *
 * <p>Output trails input by one frame ({@link #latency()}).
 */
public final class WienerDenoiser implements BlockEffect {
    /** Weight of the previous frame's clean estimate in the a-priori SNR (Ephraim and Malah's 0.98). */
    static final double DECISION_DIRECTED = 0.98;
    /** A-priori SNR (power ratio) from which the second step is taken: 0 dB, where speech outweighs the noise. */
    static final double SECOND_STEP_FROM = 1.0;
    /**
     * Frame length, seconds (the power of two under it: 2048 at 44.1 and 48 kHz, about 43 ms): long
     * enough that a voice's harmonics (100 Hz apart and more) fall in separate bins with noise
     * between them to take out — 21 ms frames smeared them together and left 1–2 dB more noise
     * under voiced speech — and short enough to follow syllables.
     */
    static final double FRAME_SECONDS = 0.05;
    /**
     * The largest a-posteriori SNR (power ratio, 150 dB) the gain sees: beyond float's own
     * dynamic range, so no real bin reaches it; it keeps prior² × posterior (the one-division
     * gain below) finite for any finite input.
     */
    private static final double MAX_POSTERIOR = 1e15;
    /** A noise power under this is taken as this, so a profile of digital silence cannot divide by zero. */
    private static final double MIN_NOISE = 1e-24;
    /** Frames peaking above this are scaled down for the float FFT, so no finite input overflows it. */
    private static final float SAFE_PEAK = 1e6f;

    private final Spectrum spectrum;
    private final int size;
    private final int hop;
    private final double floor;
    private final float outScale;
    private final double[][] noise;
    private final double[][] inverseNoise; // 1/noise per bin: the hot loop multiplies instead of dividing
    private final double[][] clean; // previous frame's estimated clean power per bin
    private final float[] power; // this frame's |X|² per bin
    private final float[][] hopPeaks; // per channel, the peak of each of the frame's hops (the oldest first)
    private final float[][] input; // the last `size` input samples
    private final float[][] overlap; // overlap-add accumulator
    private final float[][] ready; // `hop` finished output samples
    private final float[] frame;
    private int fill; // samples of the current hop collected
    private int readAt;

    /**
     * @param noisePower  per channel, the noise's mean |X|² for bins 0..size/2 ({@link NoiseProfile#power()})
     * @param reductionDb how far noise-only bins are lowered at most
     */
    public WienerDenoiser(int sampleRate, double[][] noisePower, double reductionDb) {
        this.size = frameSize(sampleRate);
        this.hop = size / 4;
        this.spectrum = new Spectrum(size);
        this.floor = Math.pow(10, -reductionDb / 20);
        this.outScale = (float) (1.0 / spectrum.overlapAddGain(hop));
        int channels = noisePower.length;
        this.noise = new double[channels][];
        for (int c = 0; c < channels; c++) {
            if (noisePower[c].length != size / 2 + 1) throw new IllegalArgumentException("profile of " + noisePower[c].length + " bins for a frame of " + size);
            noise[c] = noisePower[c].clone();
            for (int k = 0; k < noise[c].length; k++) noise[c][k] = Math.max(MIN_NOISE, noise[c][k]);
        }
        this.inverseNoise = new double[channels][size / 2 + 1];
        for (int c = 0; c < channels; c++) {
            for (int k = 0; k <= size / 2; k++) inverseNoise[c][k] = 1 / noise[c][k];
        }
        this.clean = new double[channels][size / 2 + 1];
        this.power = new float[size / 2 + 1];
        this.hopPeaks = new float[channels][size / hop];
        this.input = new float[channels][size];
        this.overlap = new float[channels][size];
        this.ready = new float[channels][hop];
        this.frame = new float[size];
        this.fill = 0;
    }

    /** The FFT size at this rate: the largest power of two not over {@value #FRAME_SECONDS} s. */
    public static int frameSize(int sampleRate) {
        return Spectrum.sizeFor(sampleRate, FRAME_SECONDS, 128, 8192);
    }

    @Override
    public int latency() {
        return size;
    }

    @Override
    public void process(float[][] block, int frames) {
        int channels = noise.length;
        for (int i = 0; i < frames; ) {
            int take = Math.min(frames - i, hop - fill);
            for (int c = 0; c < channels; c++) {
                float[] x = block[c];
                System.arraycopy(x, i, input[c], size - hop + fill, take);
                System.arraycopy(ready[c], readAt, x, i, take);
            }
            fill += take;
            readAt += take;
            i += take;
            if (fill == hop) {
                for (int c = 0; c < channels; c++) step(c);
                fill = 0;
                readAt = 0;
            }
        }
    }

    /** One frame of channel c: transform, gain, back, overlap-add; the oldest hop is then finished. */
    private void step(int c) {
        float[] in = input[c];
        float scale = frameScale(c);
        for (int i = 0; i < size; i++) frame[i] = in[i] / scale;
        spectrum.transform(frame);
        int half = size / 2;
        float[] p = power;
        p[0] = frame[0] * frame[0];
        p[half] = frame[1] * frame[1];
        for (int k = 1; k < half; k++) p[k] = frame[2 * k] * frame[2 * k] + frame[2 * k + 1] * frame[2 * k + 1];
        // gains in place of the powers
        gains(p, inverseNoise[c], clean[c], (double) scale * scale);
        frame[0] *= p[0];
        frame[1] *= p[half];
        for (int k = 1; k < half; k++) {
            frame[2 * k] *= p[k];
            frame[2 * k + 1] *= p[k];
        }
        spectrum.inverse(frame);
        float[] acc = overlap[c];
        for (int i = 0; i < size; i++) acc[i] += frame[i] * scale;
        for (int i = 0; i < hop; i++) ready[c][i] = acc[i] * outScale;
        System.arraycopy(acc, hop, acc, 0, size - hop);
        java.util.Arrays.fill(acc, size - hop, size, 0f);
        System.arraycopy(in, hop, in, 0, size - hop);
    }

    /**
     * What channel c's frame is divided by before the float FFT: its peak when that is over
     * {@value #SAFE_PEAK}, else 1. The peak is kept per hop, so each sample is scanned once, not
     * once per frame it falls in.
     */
    private float frameScale(int c) {
        float[] peaks = hopPeaks[c];
        System.arraycopy(peaks, 1, peaks, 0, peaks.length - 1);
        peaks[peaks.length - 1] = AbsPeak.of(input[c], size - hop, size);
        float peak = 0;
        for (float v : peaks) peak = Math.max(peak, v);
        return peak > SAFE_PEAK ? peak : 1f;
    }

    /**
     * Turns each bin's noisy power p[k] (of the frame divided by its scale, so the true power is
     * p[k] × {@code scaleSquared}) into its (two-step, where speech)
     * Wiener gain, and remembers the clean estimate for the next frame. Written without branches
     * and with the noise's inverse, so it costs one division a bin and no mispredicted jumps:
     * this loop was most of the render's time. In double: a finite frame scaled by its peak can
     * still carry a power that float cannot.
     */
    private void gains(float[] p, double[] inverseNoise, double[] clean, double scaleSquared) {
        double rest = 1 - DECISION_DIRECTED;
        for (int k = 0; k < p.length; k++) {
            double truePower = p[k] * scaleSquared;
            double posterior = Math.min(MAX_POSTERIOR, truePower * inverseNoise[k]);
            double prior = DECISION_DIRECTED * clean[k] * inverseNoise[k] + rest * Math.max(posterior - 1, 0);
            // first step g1 = prior/d with d = 1 + prior; second step with again = g1²·posterior = a/d²:
            // again/(1 + again) = a/(d² + a). Both over the one denominator d·(d² + a): one division.
            double d = 1 + prior;
            double a = prior * prior * posterior;
            double e = d * d + a;
            double r = 1 / (d * e);
            double g = Math.max(floor, prior >= SECOND_STEP_FROM ? a * d * r : prior * e * r);
            clean[k] = g * g * truePower;
            p[k] = (float) g;
        }
    }
}
