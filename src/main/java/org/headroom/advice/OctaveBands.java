package org.headroom.advice;

import be.tarsos.dsp.util.fft.FFT;
import java.util.ArrayList;
import java.util.List;

/**
 * Octave-band levels (63 Hz–8 kHz, the bands of the NC and NR curves) of a recording's quietest
 * stretches, streaming. Each non-overlapping Hann-windowed FFT frame (about 170 ms) keeps only its
 * nine band powers and its total; at the end the quiet frames are averaged: those at or below the
 * 20th percentile of total power and within {@value #NEAR_QUIETEST_DB} dB of the 5th. Those are the
 * room tone and the pauses between words, so the spectrum is the place's, not the talker's.
 *
 * <p>The second limit matters when the room tone is short: with 2–3 s of it in a 15 s take, the
 * 20th percentile reaches into the reverberant tails of words, whose energy sits at 250–500 Hz,
 * and those bands read 20–30 dB high (found by listening live to a take that started late). A
 * steady noise's frames lie within a fraction of a dB of each other, so the margin keeps all of
 * them and nothing of the tails. Digital silence is left out, as the noise floor leaves it out.
 */
final class OctaveBands {
    /** Nominal centres; the true ones are 1000·2^k, which set the band edges. */
    static final int[] CENTRES = {63, 125, 250, 500, 1000, 2000, 4000, 8000};
    static final double QUIET_FRACTION = 0.2;
    /** The quietest frames' reference: low enough to be room tone, high enough not to be one lucky frame. */
    static final double REFERENCE_FRACTION = 0.05;
    /** How far above the reference a frame may be and still count as the place's noise [judgement, see above]. */
    static final double NEAR_QUIETEST_DB = 2;
    private static final int MAX_SIZE = 8192;

    private final int size;
    private final FFT fft;
    private final float[] window;
    private final float[] frame;
    private final double scale;
    private final int[][] bins;
    private final List<double[]> frames = new ArrayList<>();
    private int filled;

    OctaveBands(int sampleRate) {
        size = Math.min(MAX_SIZE, Math.max(512, Integer.highestOneBit(sampleRate / 5)));
        fft = new FFT(size);
        window = new float[size];
        frame = new float[size];
        double sumSq = 0;
        for (int i = 0; i < size; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / size));
            sumSq += (double) window[i] * window[i];
        }
        scale = 2.0 / (size * sumSq);
        double binHz = (double) sampleRate / size;
        bins = new int[CENTRES.length][];
        for (int b = 0; b < CENTRES.length; b++) {
            double centre = 1000 * Math.pow(2, b - 4);
            int lo = (int) Math.ceil(centre / Math.sqrt(2) / binHz);
            int hi = (int) Math.floor(centre * Math.sqrt(2) / binHz);
            bins[b] = centre * Math.sqrt(2) < sampleRate / 2.0 ? new int[] {Math.max(1, lo), Math.min(size / 2 - 1, hi)} : null;
        }
    }

    /** Mono samples. */
    void accept(float[] mono, int frames) {
        int at = 0;
        while (at < frames) {
            int n = Math.min(frames - at, size - filled);
            System.arraycopy(mono, at, frame, filled, n);
            filled += n;
            at += n;
            if (filled == size) {
                transform();
                filled = 0;
            }
        }
    }

    private void transform() {
        for (int i = 0; i < size; i++) frame[i] *= window[i];
        fft.forwardTransform(frame);
        double[] out = new double[CENTRES.length + 1];
        for (int k = 1; k < size / 2; k++) {
            double p = scale * (frame[2 * k] * frame[2 * k] + frame[2 * k + 1] * frame[2 * k + 1]);
            out[CENTRES.length] += p;
            for (int b = 0; b < CENTRES.length; b++) {
                if (bins[b] != null && k >= bins[b][0] && k <= bins[b][1]) out[b] += p;
            }
        }
        frames.add(out);
    }

    /** Band levels in dBFS (RMS in the band), NaN above Nyquist or before the first frame. */
    double[] quietestDbfs() {
        double[] result = new double[CENTRES.length];
        java.util.Arrays.fill(result, Double.NaN);
        if (frames.isEmpty()) return result;
        double[] totals = frames.stream().mapToDouble(f -> f[CENTRES.length]).filter(t -> t > 0).toArray();
        if (totals.length == 0) return result;
        double limit = Math.min(DecaySignal.percentile(totals, QUIET_FRACTION),
                DecaySignal.percentile(totals, REFERENCE_FRACTION) * Math.pow(10, NEAR_QUIETEST_DB / 10));
        double[] sum = new double[CENTRES.length];
        int n = 0;
        for (double[] f : frames) {
            if (f[CENTRES.length] > limit || f[CENTRES.length] == 0) continue;
            for (int b = 0; b < CENTRES.length; b++) sum[b] += f[b];
            n++;
        }
        for (int b = 0; b < CENTRES.length; b++) {
            if (bins[b] != null) result[b] = 10 * Math.log10(Math.max(sum[b] / n, 1e-20));
        }
        return result;
    }
}
