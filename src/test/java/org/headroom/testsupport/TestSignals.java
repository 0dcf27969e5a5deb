package org.headroom.testsupport;

import java.util.Random;

/**
 * The one place tests make their signals. Every generator is deterministic (noise takes a
 * seed) and returns {@code float[channel][frame]} or a single channel {@code float[]}.
 * Levels are peak amplitudes in dBFS unless a method says RMS.
 */
public final class TestSignals {
    private TestSignals() {
    }

    public static double amplitude(double dbfs) {
        return Math.pow(10.0, dbfs / 20.0);
    }

    /** A sine of the given peak level, frequency and starting phase (radians). */
    public static float[] sine(int rate, double seconds, double freq, double peakDbfs, double phase) {
        int n = (int) Math.round(seconds * rate);
        double a = amplitude(peakDbfs);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (a * Math.sin(2 * Math.PI * freq * i / rate + phase));
        }
        return x;
    }

    public static float[] sine(int rate, double seconds, double freq, double peakDbfs) {
        return sine(rate, seconds, freq, peakDbfs, 0.0);
    }

    public static float[] silence(int rate, double seconds) {
        return new float[(int) Math.round(seconds * rate)];
    }

    /** Gaussian white noise with the given RMS level in dBFS. */
    public static float[] whiteNoise(int rate, double seconds, double rmsDbfs, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(seconds * rate);
        double a = amplitude(rmsDbfs);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (a * random.nextGaussian());
        }
        return x;
    }

    /** Joins pieces end to end. */
    public static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) n += p.length;
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Sample-wise sum of equal or shorter signals into a copy of the first. */
    public static float[] mix(float[] first, float[]... others) {
        float[] out = first.clone();
        for (float[] o : others) {
            for (int i = 0; i < Math.min(out.length, o.length); i++) out[i] += o[i];
        }
        return out;
    }

    /** The same signal in each of {@code channels} channels (copies). */
    public static float[][] channels(float[] x, int channels) {
        float[][] out = new float[channels][];
        for (int c = 0; c < channels; c++) out[c] = x.clone();
        return out;
    }

    /** Quantises to {@code bits}-bit integer codes and back, as a PCM file of that depth holds it. */
    public static float[] quantise(float[] x, int bits) {
        double scale = Math.pow(2, bits - 1);
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            double q = Math.rint(x[i] * scale);
            q = Math.max(-scale, Math.min(scale - 1, q));
            out[i] = (float) (q / scale);
        }
        return out;
    }

    /** Sum of squares / n in dB: the RMS level the way sox and ffmpeg report it. */
    public static double rmsDbfs(float[] x) {
        double s = 0;
        for (float v : x) s += (double) v * v;
        return 10 * Math.log10(s / x.length);
    }

    /** A 1 kHz sine segment of the EBU test sequences: peak level in dBFS and duration. */
    public record Segment(double peakDbfs, double seconds) {
    }

    /**
     * 1 kHz sine segments end to end, the phase running on across segments as in the EBU
     * test files (a level of {@code Double.NEGATIVE_INFINITY} is silence).
     */
    public static float[] toneSequence(int rate, Segment... segments) {
        int total = 0;
        for (Segment s : segments) total += (int) Math.round(s.seconds() * rate);
        float[] x = new float[total];
        int at = 0;
        for (Segment s : segments) {
            int n = (int) Math.round(s.seconds() * rate);
            double a = amplitude(s.peakDbfs());
            for (int i = 0; i < n; i++, at++) x[at] = (float) (a * Math.sin(2 * Math.PI * 1000.0 * at / rate));
        }
        return x;
    }

    /**
     * {@code repeats} pairs of (level1 for seconds1, level2 for seconds2): the alternating
     * sequences of Tech 3341 cases 9 and 12.
     */
    public static float[] alternating(int rate, double db1, double s1, double db2, double s2, int repeats) {
        Segment[] seg = new Segment[2 * repeats];
        for (int i = 0; i < repeats; i++) {
            seg[2 * i] = new Segment(db1, s1);
            seg[2 * i + 1] = new Segment(db2, s2);
        }
        return toneSequence(rate, seg);
    }

    /** A 1 kHz burst of {@code burstSeconds} at {@code peakDbfs} after {@code leadSeconds} of silence, then {@code tailSeconds} of silence. */
    public static float[] burst(int rate, double leadSeconds, double burstSeconds, double peakDbfs, double tailSeconds) {
        return concat(silence(rate, leadSeconds), sine(rate, burstSeconds, 1000.0, peakDbfs), silence(rate, tailSeconds));
    }

    /** A burst that starts {@code leadFrames} frames in, for sub-step alignment tests. */
    public static float[] burstAtFrame(int rate, int leadFrames, double burstSeconds, double peakDbfs, double tailSeconds) {
        return concat(new float[leadFrames], sine(rate, burstSeconds, 1000.0, peakDbfs), silence(rate, tailSeconds));
    }

    /**
     * A sine at {@code rate / divisor} (e.g. 4 → fs/4) with the given peak amplitude (linear)
     * and starting phase in degrees: Tech 3341 cases 15–19.
     */
    public static float[] sineAtFraction(int rate, double seconds, double divisor, double amplitude, double phaseDegrees) {
        int n = (int) Math.round(seconds * rate);
        double phase = Math.toRadians(phaseDegrees);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (amplitude * Math.sin(2 * Math.PI * i / divisor + phase));
        return x;
    }

    /**
     * A band-limited pulse whose continuous peak is exactly {@code peak} and falls
     * {@code fraction} of a sample after frame {@code centre}: a sinc with bandwidth
     * {@code bandwidthHz} (two-sided cut-off, below fs/2), tapered by a long Hann window
     * ({@code halfWidth} frames each side) so it is finite. At fraction 0.5 the two nearest
     * samples read well under the peak — the inter-sample peak a true-peak meter must find
     * (Tech 3341 cases 20–23 use one pulse at four offsets).
     */
    public static float[] bandLimitedPulse(int rate, int length, int centre, double fraction, double bandwidthHz,
                                           double peak, int halfWidth) {
        float[] x = new float[length];
        double b = 2 * bandwidthHz / rate;
        for (int i = Math.max(0, centre - halfWidth); i < Math.min(length, centre + halfWidth + 1); i++) {
            double t = i - centre - fraction;
            double sinc = t == 0 ? 1 : Math.sin(Math.PI * b * t) / (Math.PI * b * t);
            double w = Math.abs(t) >= halfWidth ? 0 : 0.5 + 0.5 * Math.cos(Math.PI * t / halfWidth);
            x[i] = (float) (peak * sinc * w);
        }
        return x;
    }

    /** A square wave of the given frequency swinging between +a and −a. */
    public static float[] square(int rate, double seconds, double freq, double a) {
        int n = (int) Math.round(seconds * rate);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double cycle = (i * freq / rate) % 1.0;
            x[i] = (float) (cycle < 0.5 ? a : -a);
        }
        return x;
    }

    /** A constant value (DC). */
    public static float[] constant(int rate, double seconds, double value) {
        float[] x = new float[(int) Math.round(seconds * rate)];
        java.util.Arrays.fill(x, (float) value);
        return x;
    }

    /**
     * Speech-like test material: white noise through a gentle low-pass, shaped by a syllable
     * envelope (~4 Hz) with word gaps and pauses, mostly around −20 dBFS RMS with occasional
     * peaks near −3 dBFS. Deterministic for a seed; for benchmarks and skip tests.
     */
    public static float[] speechLike(int rate, double seconds, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(seconds * rate);
        float[] x = new float[n];
        double lp = 0;
        double envelope = 0;
        double target = 0;
        int nextChange = 0;
        double smooth = Math.exp(-1.0 / (0.01 * rate));
        double cut = Math.exp(-2 * Math.PI * 3000.0 / rate);
        for (int i = 0; i < n; i++) {
            if (i >= nextChange) {
                double r = random.nextDouble();
                target = r < 0.25 ? 0.0 : amplitude(-26 + 14 * random.nextDouble() + (r > 0.98 ? 8 : 0));
                nextChange = i + (int) (rate * (0.08 + 0.25 * random.nextDouble()));
            }
            envelope = smooth * envelope + (1 - smooth) * target;
            lp = cut * lp + (1 - cut) * random.nextGaussian();
            x[i] = (float) (envelope * lp * 2.5);
        }
        return x;
    }

    /**
     * A copy with raised-cosine fades of {@code frames} at both ends. A tone that starts or
     * stops with a jump is not band-limited: its reconstruction overshoots (Gibbs) by up to
     * ~0.7 dB, which a true-peak meter rightly reports; the EBU true-peak tones are steady.
     */
    public static float[] fadeInOut(float[] x, int frames) {
        float[] y = x.clone();
        for (int i = 0; i < frames && i < y.length; i++) {
            double g = 0.5 - 0.5 * Math.cos(Math.PI * i / frames);
            y[i] *= (float) g;
            y[y.length - 1 - i] *= (float) g;
        }
        return y;
    }
}
