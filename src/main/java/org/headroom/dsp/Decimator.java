package org.headroom.dsp;

/**
 * Integer-factor decimation for low-frequency analysis: a linear-phase FIR low-pass (Kaiser-windowed
 * sinc) evaluated only at the kept output samples, so a factor of 48 costs one dot product per
 * output, not per input sample. Stateless between calls: it decimates a stretch of input it is
 * given whole, which suits sparse spectra (a glimpse every couple of seconds) far better than a
 * filter running on every sample.
 *
 * <p>Design: the band [0, passHz] is kept (ripple below 0.01 dB) and everything that would fold
 * into it is attenuated by at least {@value #STOP_DB} dB, i.e. the stopband starts at
 * outputRate − passHz. What lies between passHz and the output's Nyquist may hold aliases and
 * must not be read. The window is the package's one {@link Kaiser}.
 */
public final class Decimator {
    /** Attenuation of everything that would alias into the kept band. */
    public static final double STOP_DB = 70;

    private final int inputRate;
    private final int factor;
    private final double passHz;
    private final float[] taps;

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
        this.taps = factor == 1 ? new float[] {1f} : design(inputRate, passHz, outputRate - passHz);
    }

    /** The factor that brings {@code inputRate} nearest to {@code targetRate} (at least 1). */
    public static int factorFor(int inputRate, double targetRate) {
        return (int) Math.max(1, Math.round(inputRate / targetRate));
    }

    private static float[] design(int rate, double passHz, double stopHz) {
        double transition = 2 * Math.PI * (stopHz - passHz) / rate;
        // Kaiser's estimates for the length and the shape parameter, designed 3 dB past the promise:
        // the estimate falls short by a dB or two at the stop-band edge
        double attenuation = STOP_DB + 3;
        int length = (int) Math.ceil((attenuation - 8) / (2.285 * transition)) + 1;
        if (length % 2 == 0) length++; // odd: the delay is a whole number of input samples
        double beta = Kaiser.beta(attenuation);
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

    /** Length of the filter in input samples. */
    public int taps() {
        return taps.length;
    }

    /** Input samples needed for {@code outputs} output samples. */
    public int inputSpan(int outputs) {
        return (outputs - 1) * factor + taps.length;
    }

    /** Input frames between the first input sample of a dot product and the instant its output stands for. */
    public int delay() {
        return (taps.length - 1) / 2;
    }

    /**
     * out[m] = Σ h[j]·in[from + m·factor + j] for m in [0, outputs): output m stands for input sample
     * from + m·factor + {@link #delay()}. {@code in} must hold {@link #inputSpan} samples from {@code from}.
     */
    public void decimate(float[] in, int from, float[] out, int outputs) {
        int length = taps.length;
        if (Silence.isZero(in, from, from + inputSpan(outputs))) { // every product and sum is +0
            java.util.Arrays.fill(out, 0, outputs, 0f);
            return;
        }
        int unrolled = length & ~3;
        for (int m = 0; m < outputs; m++) {
            int base = from + m * factor;
            // four partial sums: independent additions the CPU can overlap (a single running sum
            // waits on each add). Double: float sums left a -170 dBFS rounding floor in which the
            // hum detector found "lines" on tones and digital silence
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            int j = 0;
            for (; j < unrolled; j += 4) {
                a0 += taps[j] * in[base + j];
                a1 += taps[j + 1] * in[base + j + 1];
                a2 += taps[j + 2] * in[base + j + 2];
                a3 += taps[j + 3] * in[base + j + 3];
            }
            for (; j < length; j++) a0 += taps[j] * in[base + j];
            out[m] = (float) ((a0 + a1) + (a2 + a3));
        }
    }

    /** Gain in dB of the filter at a frequency of the input (for tests and for saying what the band holds). */
    public double gainDb(double hz) {
        double re = 0, im = 0;
        double w = 2 * Math.PI * hz / inputRate;
        for (int n = 0; n < taps.length; n++) {
            re += taps[n] * Math.cos(w * n);
            im -= taps[n] * Math.sin(w * n);
        }
        return 10 * Math.log10(re * re + im * im);
    }
}
