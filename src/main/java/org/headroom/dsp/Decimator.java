package org.headroom.dsp;

import java.util.Arrays;

/**
 * Integer-factor decimation for low-frequency analysis: linear-phase FIR low-passes (Kaiser-windowed
 * sinc) evaluated only at the kept output samples, so a factor of 48 costs one dot product per
 * output, not per input sample. No state carries from one call to the next: it decimates a stretch
 * of input it is given whole, which suits sparse spectra (a glimpse every couple of seconds) far
 * better than a filter running on every sample. Not thread-safe (it keeps scratch arrays).
 *
 * <p>Design: the band [0, passHz] is kept (ripple below 0.01 dB) and everything that would fold
 * into it is attenuated by at least {@value #STOP_DB} dB. What lies between passHz and the
 * output's Nyquist may hold aliases and must not be read. A factor that splits (12 = 6 × 2) is
 * done in the two stages that cost least: each stage only has to stop what would fold onto
 * [0, passHz] at its own output rate, since whatever folds elsewhere lands where a later stage
 * stops it or where nobody reads, so the first stage's transition is wide and its filter short
 * (48 kHz: 39 + 23 taps against 137 for one stage). The window is the package's one {@link Kaiser}.
 */
public final class Decimator {
    /** Attenuation of everything that would alias into the kept band. */
    public static final double STOP_DB = 70;

    private final int inputRate;
    private final int factor;
    private final double passHz;
    private final Stage[] stages;
    /** Scratch for {@link #decimate}: each stage's output. */
    private double[][] buffers;

    /**
     * @param inputRate sample rate of the input
     * @param factor    keep one sample in {@code factor}; 1 passes the input through
     * @param passHz    top of the band that must come through unaliased; below half the output rate
     */
    public Decimator(int inputRate, int factor, double passHz) {
        if (factor < 1) throw new IllegalArgumentException("decimation factor must be at least 1: " + factor);
        double outputRate = (double) inputRate / factor;
        if (factor > 1 && !(passHz > 0 && passHz < outputRate / 2)) {
            throw new IllegalArgumentException("pass band " + passHz + " Hz does not fit under half of " + outputRate + " Hz");
        }
        this.inputRate = inputRate;
        this.factor = factor;
        this.passHz = passHz;
        this.stages = plan(inputRate, factor, passHz);
        this.buffers = new double[stages.length][0];
    }

    /** The factor that brings {@code inputRate} nearest to {@code targetRate} (at least 1). */
    public static int factorFor(int inputRate, double targetRate) {
        return (int) Math.max(1, Math.round(inputRate / targetRate));
    }

    /** One stage, or the split into two with the fewest multiplications per output. */
    private static Stage[] plan(int rate, int factor, double passHz) {
        if (factor == 1) return new Stage[] {new Stage(1, new float[] {1f})};
        int bestFirst = factor;
        double bestCost = length(rate, passHz, (double) rate / factor - passHz);
        for (int first = 2; first < factor; first++) {
            if (factor % first != 0) continue;
            double middleRate = (double) rate / first;
            int second = factor / first;
            // per final output: `second` outputs of the first stage, one of the second
            double cost = second * length(rate, passHz, middleRate - passHz) + length(middleRate, passHz, middleRate / second - passHz);
            if (cost < bestCost) {
                bestCost = cost;
                bestFirst = first;
            }
        }
        if (bestFirst == factor) return new Stage[] {new Stage(factor, design(rate, passHz, (double) rate / factor - passHz))};
        double middleRate = (double) rate / bestFirst;
        int second = factor / bestFirst;
        return new Stage[] {
            new Stage(bestFirst, design(rate, passHz, middleRate - passHz)),
            new Stage(second, design(middleRate, passHz, middleRate / second - passHz)),
        };
    }

    /** Kaiser's estimate of the length for the attenuation, 3 dB past the promise: the estimate falls a dB or two short at the stop-band edge. */
    private static int length(double rate, double passHz, double stopHz) {
        double transition = 2 * Math.PI * (stopHz - passHz) / rate;
        int length = (int) Math.ceil((STOP_DB + 3 - 8) / (2.285 * transition)) + 1;
        return length % 2 == 0 ? length + 1 : length; // odd: the delay is a whole number of input samples
    }

    private static float[] design(double rate, double passHz, double stopHz) {
        int length = length(rate, passHz, stopHz);
        double beta = Kaiser.beta(STOP_DB + 3);
        double cutoff = (passHz + stopHz) / 2 / rate; // cycles per sample
        double i0Beta = Kaiser.besselI0(beta);
        int middle = (length - 1) / 2;
        double[] h = new double[length];
        double sum = 0;
        for (int n = 0; n < length; n++) {
            int t = n - middle;
            double r = (double) t / middle;
            // the closed window (the end taps keep their weight 1/I0(β), which Kaiser.window zeroes)
            h[n] = 2 * cutoff * Kaiser.sinc(2 * cutoff * t) * Kaiser.besselI0(beta * Math.sqrt(1 - r * r)) / i0Beta;
            sum += h[n];
        }
        float[] out = new float[length];
        for (int n = 0; n < length; n++) out[n] = (float) (h[n] / sum); // unity gain at DC
        return out;
    }

    public int factor() {
        return factor;
    }

    public double outputRate() {
        return (double) inputRate / factor;
    }

    public double passHz() {
        return passHz;
    }

    /** Multiplications per output sample, all stages together. */
    public int multipliesPerOutput() {
        int perOutput = 0;
        int outputsOfStage = 1;
        for (int s = stages.length - 1; s >= 0; s--) {
            perOutput += outputsOfStage * stages[s].taps.length;
            outputsOfStage *= stages[s].factor;
        }
        return perOutput;
    }

    /** Input samples needed for {@code outputs} output samples. */
    public int inputSpan(int outputs) {
        int n = outputs;
        for (int s = stages.length - 1; s >= 0; s--) n = stages[s].inputSpan(n);
        return n;
    }

    /** Input frames between the first input sample of a window and the instant its first output stands for. */
    public int delay() {
        int delay = 0;
        for (int s = stages.length - 1; s >= 0; s--) delay = stages[s].delay() + stages[s].factor * delay;
        return delay;
    }

    /**
     * Decimates {@link #inputSpan inputSpan(outputs)} samples of {@code in} from {@code from} into
     * {@code out[0, outputs)}: output m stands for input sample from + m·factor + {@link #delay()}.
     */
    public void decimate(float[] in, int from, float[] out, int outputs) {
        int span = inputSpan(outputs);
        if (Silence.isZero(in, from, from + span)) { // every product and sum is +0
            Arrays.fill(out, 0, outputs, 0f);
            return;
        }
        // double from the input on (the first stage reads the floats as it splits them into phases):
        // float sums left a -170 dBFS rounding floor in which the hum detector found "lines" on
        // tones and digital silence
        double[] x = null;
        for (int s = 0; s < stages.length; s++) {
            int n = outputs;
            for (int later = stages.length - 1; later > s; later--) n = stages[later].inputSpan(n);
            double[] y = buffer(s, n);
            if (s == 0) stages[s].decimate(in, from, y, n);
            else stages[s].decimate(x, y, n);
            x = y;
        }
        for (int m = 0; m < outputs; m++) out[m] = (float) x[m];
    }

    private double[] buffer(int index, int length) {
        if (buffers[index].length < length) buffers[index] = new double[length];
        return buffers[index];
    }

    /**
     * Gain in dB of a tone at a frequency of the input on its way to the output: each stage's gain
     * at the frequency the tone has at that stage's input (folded by the stages before). For tests
     * and for saying what the band holds.
     */
    public double gainDb(double hz) {
        double db = 0;
        double rate = inputRate;
        double f = hz;
        for (Stage stage : stages) {
            db += stage.gainDb(f, rate);
            rate /= stage.factor;
            f = folded(f, rate);
        }
        return db;
    }

    /** Where a frequency lands after sampling at {@code rate}: in [0, rate/2]. */
    public static double folded(double hz, double rate) {
        double f = hz % rate;
        return f > rate / 2 ? rate - f : f;
    }

    /** One FIR low-pass and its factor, computed in polyphase order. */
    private static final class Stage {
        private final int factor;
        private final float[] taps;
        private double[] phase = new double[0];

        Stage(int factor, float[] taps) {
            this.factor = factor;
            this.taps = taps;
        }

        int inputSpan(int outputs) {
            return (outputs - 1) * factor + taps.length;
        }

        int delay() {
            return (taps.length - 1) / 2;
        }

        /** out[m] = Σ h[j]·in[from + m·factor + j] for m in [0, outputs). */
        void decimate(float[] in, int from, double[] out, int outputs) {
            decimate(in, null, from, out, outputs);
        }

        /** out[m] = Σ h[j]·in[m·factor + j] for m in [0, outputs). */
        void decimate(double[] in, double[] out, int outputs) {
            decimate(null, in, 0, out, outputs);
        }

        /** Reads {@code floats} if given, else {@code doubles}. */
        private void decimate(float[] floats, double[] doubles, int from, double[] out, int outputs) {
            if (phase.length < outputs + taps.length / factor + 1) phase = new double[outputs + taps.length / factor + 1];
            Arrays.fill(out, 0, outputs, 0);
            // Polyphase order: with j = k·factor + r, out[m] = Σ_r Σ_k h[k·factor + r]·p_r[m + k], where
            // p_r[n] = in[n·factor + r] is one phase of the input. Each (r, k) is then a contiguous
            // multiply-add over all outputs, with no chain of dependent additions as in a dot
            // product per output, and several taps per pass share the loads and stores of out.
            for (int r = 0; r < factor && r < taps.length; r++) {
                int phaseTaps = (taps.length - r + factor - 1) / factor;
                int phaseLength = outputs - 1 + phaseTaps;
                if (floats != null) {
                    for (int n = 0, at = from + r; n < phaseLength; n++, at += factor) phase[n] = floats[at];
                } else {
                    for (int n = 0, at = from + r; n < phaseLength; n++, at += factor) phase[n] = doubles[at];
                }
                int k = 0;
                for (; k + 8 <= phaseTaps; k += 8) multiplyAdd8(out, phase, k, r, outputs);
                if (k + 4 <= phaseTaps) {
                    multiplyAdd4(out, phase, k, tap(k, r), tap(k + 1, r), tap(k + 2, r), tap(k + 3, r), outputs);
                    k += 4;
                }
                if (k + 2 <= phaseTaps) {
                    multiplyAdd2(out, phase, k, tap(k, r), tap(k + 1, r), outputs);
                    k += 2;
                }
                if (k < phaseTaps) multiplyAdd(out, phase, k, tap(k, r), outputs);
            }
        }

        private double tap(int k, int r) {
            return taps[k * factor + r];
        }

        private void multiplyAdd8(double[] sum, double[] x, int offset, int r, int n) {
            double h0 = tap(offset, r), h1 = tap(offset + 1, r), h2 = tap(offset + 2, r), h3 = tap(offset + 3, r);
            double h4 = tap(offset + 4, r), h5 = tap(offset + 5, r), h6 = tap(offset + 6, r), h7 = tap(offset + 7, r);
            for (int m = 0; m < n; m++) {
                int at = offset + m;
                sum[m] += (h0 * x[at] + h1 * x[at + 1] + h2 * x[at + 2] + h3 * x[at + 3])
                        + (h4 * x[at + 4] + h5 * x[at + 5] + h6 * x[at + 6] + h7 * x[at + 7]);
            }
        }

        private static void multiplyAdd(double[] sum, double[] x, int offset, double h, int n) {
            for (int m = 0; m < n; m++) sum[m] += h * x[offset + m];
        }

        private static void multiplyAdd2(double[] sum, double[] x, int offset, double h0, double h1, int n) {
            for (int m = 0; m < n; m++) sum[m] += h0 * x[offset + m] + h1 * x[offset + m + 1];
        }

        /** Several taps per pass: fewer loads and stores of the running sums, which bound a one-tap pass. */
        private static void multiplyAdd4(double[] sum, double[] x, int offset, double h0, double h1, double h2, double h3, int n) {
            for (int m = 0; m < n; m++) {
                int at = offset + m;
                sum[m] += h0 * x[at] + h1 * x[at + 1] + h2 * x[at + 2] + h3 * x[at + 3];
            }
        }

        double gainDb(double hz, double rate) {
            double re = 0, im = 0;
            double w = 2 * Math.PI * hz / rate;
            for (int n = 0; n < taps.length; n++) {
                re += taps[n] * Math.cos(w * n);
                im -= taps[n] * Math.sin(w * n);
            }
            return 10 * Math.log10(re * re + im * im);
        }
    }
}
