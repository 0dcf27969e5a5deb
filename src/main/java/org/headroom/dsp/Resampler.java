package org.headroom.dsp;


/**
 * Sample-rate conversion by a polyphase windowed-sinc filter, streaming, any rational ratio.
 *
 * <p><b>Design.</b> For output rate/input rate = L/M (reduced), output n sits at input time
 * n·M/L. Its value is the input convolved with a Kaiser-windowed sinc evaluated at that time:
 * {@code 2·H} input samples around it, weights taken from a table of L phases (or, for ratios
 * whose L exceeds {@value #MAX_PHASES}, from {@value #MAX_PHASES} phases with linear
 * interpolation between neighbouring phases). Each phase is normalised to unity gain at DC.
 *
 * <p><b>Response.</b> With f_low the lower of the two rates: passband to 0.45·f_low (19.8 kHz
 * for 44.1 kHz), stopband from 0.50·f_low, where attenuation reaches {@value #STOPBAND_DB} dB
 * (Kaiser β ≈ 11.2), so nothing above the new Nyquist frequency folds back into the audio
 * (aliases &lt; −110 dB; tested at −90 dB with margin). Passband ripple is below 0.001 dB. The
 * filter is linear-phase and centred: output n is aligned with input time n·M/L exactly, so
 * timing and edit points survive conversion. Cost: 2·H multiply-adds per output sample and
 * channel, with H ≈ 72·max(1, f_in/f_out) (e.g. 78 for 48 → 44.1 kHz).
 *
 * <p><b>Length.</b> The input is taken as silent before its start and after its end; the
 * output has ceil(frames·L/M) frames.
 */
public final class Resampler {
    static final double STOPBAND_DB = 110;
    static final double PASSBAND = 0.45;
    static final double STOPBAND = 0.50;
    static final int MAX_PHASES = 1024;

    private final int channels;
    private final int up;    // L
    private final int down;  // M
    private final int half;  // H
    private final int phases;
    private final boolean interpolate;
    private final float[][] table; // [phase][2H]; phase row P (when interpolating) = phase 0 one sample on

    /** Per channel: input history. buf[c][0] is input index {@code bufStart}. */
    private float[][] buf;
    private long bufStart;
    private int filled;
    /** Next output's integer input position and phase (remainder of n·M mod L). */
    private long pos;
    private long phase;
    private long inputFrames;
    private long outputFrames;

    public Resampler(int inRate, int outRate, int channels) {
        if (inRate <= 0 || outRate <= 0 || channels <= 0) throw new IllegalArgumentException(inRate + " -> " + outRate);
        int g = gcd(inRate, outRate);
        this.channels = channels;
        this.up = outRate / g;
        this.down = inRate / g;
        double low = Math.min(inRate, outRate);
        // Kaiser's length estimate for the transition band, in input samples.
        double transition = (STOPBAND - PASSBAND) * low / inRate;
        int taps = (int) Math.ceil((STOPBAND_DB - 7.95) / (2.285 * 2 * Math.PI * transition)) + 1;
        this.half = (taps + 1) / 2;
        this.interpolate = up > MAX_PHASES;
        this.phases = interpolate ? MAX_PHASES : up;
        this.table = design((PASSBAND + STOPBAND) / 2 * low / inRate, Kaiser.beta(STOPBAND_DB));
        this.buf = new float[channels][4 * half + 4096];
        // silence before the start: the first output needs H − 1 samples of history
        this.bufStart = -(half - 1);
        this.filled = half - 1;
    }

    private float[][] design(double cutoff, double beta) {
        // cutoff: −6 dB point in cycles per input sample
        int rows = interpolate ? phases + 1 : phases;
        float[][] t = new float[rows][2 * half];
        for (int p = 0; p < rows; p++) {
            double frac = (double) p / phases;
            double[] h = new double[2 * half];
            double sum = 0;
            for (int m = 0; m < 2 * half; m++) {
                double u = frac + half - 1 - m; // input time of the output minus input time of tap m
                h[m] = 2 * cutoff * Kaiser.sinc(2 * cutoff * u) * Kaiser.window(u / half, beta);
                sum += h[m];
            }
            for (int m = 0; m < 2 * half; m++) t[p][m] = (float) (h[m] / sum);
        }
        return t;
    }

    public int channels() {
        return channels;
    }

    /** Half the filter length in input samples: its reach on either side of an output. */
    public int halfLength() {
        return half;
    }

    /** Output frames for {@code inputFrames} input frames in all. */
    public long outputLength(long inputFrames) {
        return (inputFrames * up + down - 1) / down;
    }

    /** An output block this big always holds what one {@link #process} of {@code frames} or {@link #flush} gives. */
    public int maxOutput(int frames) {
        return (int) (((long) frames + 2L * half + 2) * up / down) + 2;
    }

    /** Takes {@code frames} input frames and writes the outputs now computable to {@code out}; returns their count. */
    public int process(float[][] in, int frames, float[][] out) {
        append(in, frames);
        inputFrames += frames;
        return produce(out, false);
    }

    /** Ends the stream: pads with silence and writes the last outputs. Call once. */
    public int flush(float[][] out) {
        float[][] zeros = new float[channels][half + 1];
        append(zeros, half + 1);
        return produce(out, true);
    }

    private void append(float[][] in, int frames) {
        // drop history no output will need again
        long keepFrom = pos - half + 1;
        int drop = (int) Math.max(0, Math.min(filled, keepFrom - bufStart));
        if (drop > 0) {
            for (int c = 0; c < channels; c++) System.arraycopy(buf[c], drop, buf[c], 0, filled - drop);
            filled -= drop;
            bufStart += drop;
        }
        if (filled + frames > buf[0].length) {
            for (int c = 0; c < channels; c++) buf[c] = java.util.Arrays.copyOf(buf[c], Math.max(filled + frames, buf[c].length * 2));
        }
        for (int c = 0; c < channels; c++) System.arraycopy(in[c], 0, buf[c], filled, frames);
        filled += frames;
    }

    private int produce(float[][] out, boolean last) {
        long total = outputLength(inputFrames);
        int n = 0;
        long end = bufStart + filled; // first input index not yet available
        // Output n needs inputs up to pos + H. Before the flush that also keeps n below the total.
        while (pos + half < end) {
            if (last && outputFrames >= total) break;
            int at = (int) (pos - half + 1 - bufStart);
            for (int c = 0; c < channels; c++) out[c][n] = value(buf[c], at);
            n++;
            outputFrames++;
            phase += down;
            if (phase >= up) {
                pos += phase / up;
                phase %= up;
            }
        }
        return n;
    }

    private float value(float[] x, int at) {
        if (!interpolate) return dot(table[(int) phase], x, at);
        double f = (double) phase * phases / up;
        int p = (int) f;
        double w = f - p;
        return (float) ((1 - w) * dot(table[p], x, at) + w * dot(table[p + 1], x, at));
    }

    private static float dot(float[] h, float[] x, int at) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int m = 0;
        for (; m + 3 < h.length; m += 4) {
            s0 += h[m] * x[at + m];
            s1 += h[m + 1] * x[at + m + 1];
            s2 += h[m + 2] * x[at + m + 2];
            s3 += h[m + 3] * x[at + m + 3];
        }
        for (; m < h.length; m++) s0 += h[m] * x[at + m];
        return (s0 + s1) + (s2 + s3);
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
