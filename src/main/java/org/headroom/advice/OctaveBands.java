package org.headroom.advice;

import java.util.ArrayList;
import java.util.List;
import org.headroom.dsp.Spectrum;
import org.headroom.dsp.SpectrumPair;

/**
 * Octave-band levels (63 Hz–8 kHz, the bands of the NC and NR curves) of a recording's quietest
 * stretches, streaming. Two streams of back-to-back frames ({@link SpectrumPair}): the bands below 500 Hz from
 * 256 ms frames of the decimated low spectrum, the others from ~170 ms full-band frames. Each frame
 * keeps only its band powers and its total; at the end the quiet frames are averaged: those at or below the
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
    /** Bands whose top edge lies below this are read in the decimated low spectrum. */
    private static final double LOW_BANDS_BELOW_HZ = 500;

    private final SpectrumPair pair;
    /** Per band: whether it is read in the low (decimated) spectrum, and its first and last bin there. */
    private final boolean[] inLow;
    private final int[][] bins;
    private final Stream fullStream;
    private final Stream lowStream;

    OctaveBands(int sampleRate) {
        pair = new SpectrumPair(sampleRate, 512);
        inLow = new boolean[CENTRES.length];
        bins = new int[CENTRES.length][];
        for (int b = 0; b < CENTRES.length; b++) {
            double centre = 1000 * Math.pow(2, b - 4);
            double lo = centre / Math.sqrt(2);
            double hi = centre * Math.sqrt(2);
            // the bands below 500 Hz get the low spectrum's 3.9 Hz bins: the 63 Hz band spans ~11 of
            // them at every rate, where the full spectrum at 192 kHz would give it two
            inLow[b] = hi <= LOW_BANDS_BELOW_HZ;
            Spectrum s = inLow[b] ? pair.low() : pair.full();
            double binHz = (inLow[b] ? pair.lowRate() : sampleRate) / s.size();
            bins[b] = hi < sampleRate / 2.0
                    ? new int[] {Math.max(1, (int) Math.ceil(lo / binHz)), Math.min(s.bins() - 1, (int) Math.floor(hi / binHz))}
                    : null;
        }
        fullStream = new Stream(false, pair.full().size(), pair.full().size());
        lowStream = new Stream(true, pair.lowSpan(), pair.lowHop());
    }

    /** Mono samples. */
    void accept(float[] mono, int frames) {
        fullStream.accept(mono, frames);
        lowStream.accept(mono, frames);
    }

    /**
     * Back-to-back frames of one of the two spectra, each keeping its bands' powers and its total
     * power (the whole band over the stretch the frame stands for), from which the quiet frames are picked. Each stream picks its own
     * quiet frames: a frame's quietness is judged over the same stretch as its bands.
     */
    private final class Stream {
        private final boolean low;
        private final float[] input;
        private final int hop;
        private final float[] frame;
        private final float[] power;
        private final List<double[]> frames = new ArrayList<>();
        private int filled;

        Stream(boolean low, int span, int hop) {
            this.low = low;
            this.input = new float[span];
            this.hop = hop;
            Spectrum s = low ? pair.low() : pair.full();
            this.frame = new float[s.size()];
            this.power = new float[s.bins()];
        }

        void accept(float[] mono, int count) {
            int at = 0;
            while (at < count) {
                int n = Math.min(count - at, input.length - filled);
                System.arraycopy(mono, at, input, filled, n);
                filled += n;
                at += n;
                if (filled == input.length) {
                    transform();
                    // the decimator's filter reaches past one hop: keep its overlap for the next frame
                    System.arraycopy(input, hop, input, 0, input.length - hop);
                    filled = input.length - hop;
                }
            }
        }

        private void transform() {
            Spectrum s = low ? pair.low() : pair.full();
            if (low) pair.decimate(input, 0, frame);
            else System.arraycopy(input, 0, frame, 0, frame.length);
            s.transform(frame);
            s.bandPower(frame, power);
            double[] out = new double[CENTRES.length + 1];
            if (low) {
                // judged on the whole band, as the full frames are: the low band alone (a 1.2 kHz
                // slice) let frames with a word's low end pass as quiet, and white noise's 63 Hz band read 1 dB high
                int from = (input.length - hop) / 2;
                double sum = 0;
                for (int i = from; i < from + hop; i++) sum += (double) input[i] * input[i];
                out[CENTRES.length] = sum / hop;
            } else {
                for (int k = 1; k < power.length; k++) out[CENTRES.length] += power[k];
            }
            for (int b = 0; b < CENTRES.length; b++) {
                if (bins[b] == null || inLow[b] != low) continue;
                for (int k = bins[b][0]; k <= bins[b][1]; k++) out[b] += power[k];
            }
            frames.add(out);
        }
    }

    /** Band levels in dBFS (RMS in the band), NaN above Nyquist or before the first frame. */
    double[] quietestDbfs() {
        double[] result = new double[CENTRES.length];
        java.util.Arrays.fill(result, Double.NaN);
        quietest(fullStream, result);
        quietest(lowStream, result);
        return result;
    }

    /** Fills in the bands of one stream from its quiet frames. */
    private void quietest(Stream stream, double[] result) {
        List<double[]> frames = stream.frames;
        if (frames.isEmpty()) return;
        double[] totals = frames.stream().mapToDouble(f -> f[CENTRES.length]).filter(t -> t > 0).toArray();
        if (totals.length == 0) return;
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
            if (bins[b] != null && inLow[b] == stream.low) result[b] = 10 * Math.log10(Math.max(sum[b] / n, 1e-20));
        }
    }
}
