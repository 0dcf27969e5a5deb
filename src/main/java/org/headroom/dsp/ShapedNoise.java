package org.headroom.dsp;

import be.tarsos.dsp.util.fft.FFT;
import java.util.SplittableRandom;

/**
 * Endless noise with a given power spectrum, for room tone that does not repeat: overlap-add of
 * frames whose bins have the target magnitude and a random phase, each frame windowed by the
 * square root of a periodic Hann window. At half-frame hops the squared windows add to exactly
 * 1, so independent frames add up to stationary noise with the target's mean square and no
 * amplitude ripple. Nothing is looped: every frame has fresh phases.
 *
 * <p>The value at a position is a pure function of (seed, channel, position): frame k's phases
 * come from a generator seeded by (seed, channel, k), so any read of any length from any
 * position gives the same samples (block sizes and seeks cannot change the output). The last
 * few frames are kept, so reading forward costs one inverse FFT per half frame.
 *
 * <p>Target spectra are on {@link Spectrum}'s band-power scale: {@link #measure} averages the
 * band power of a sample (Welch: Hann frames at half-frame hops), and the bins of the target add
 * up to the noise's mean square.
 */
public final class ShapedNoise {
    private static final int CACHED = 3;

    private final int size;
    private final int hop;
    private final float[][] amplitude; // [channel][bin], bins 1..size/2-1 (DC and Nyquist stay 0)
    private final long seed;
    private final FFT fft;
    private final float[] window;
    private final long[][] cachedIndex;
    private final float[][][] cachedFrame;
    private final int[] nextSlot;

    /**
     * @param bandPower per channel, {@code size/2} band-power bins as {@link Spectrum#bandPower} gives them
     * @param seed      picks the noise; the same seed gives the same samples
     */
    public ShapedNoise(double[][] bandPower, long seed) {
        this.size = bandPower[0].length * 2;
        if (size < 16 || Integer.bitCount(size) != 1) throw new IllegalArgumentException("bins must be a power of two >= 8: " + size / 2);
        this.hop = size / 2;
        this.seed = seed;
        this.fft = new FFT(size);
        this.window = new float[size];
        for (int i = 0; i < size; i++) window[i] = (float) Math.sqrt(0.5 - 0.5 * Math.cos(2 * Math.PI * i / size));
        int channels = bandPower.length;
        this.amplitude = new float[channels][size / 2];
        // The scaled inverse FFT gives x = (2/N)·Σ A_k cos(...), whose mean square is 2·ΣA_k²/N²;
        // A_k = N·sqrt(P_k/2) makes it ΣP_k, the target's mean square.
        for (int c = 0; c < channels; c++) {
            for (int k = 1; k < size / 2; k++) amplitude[c][k] = (float) (size * Math.sqrt(Math.max(0, bandPower[c][k]) / 2));
        }
        this.cachedIndex = new long[channels][CACHED];
        for (long[] row : cachedIndex) java.util.Arrays.fill(row, Long.MIN_VALUE);
        this.cachedFrame = new float[channels][CACHED][];
        this.nextSlot = new int[channels];
    }

    /** The same spectrum with another seed, and caches of its own (an instance is for one thread). */
    public ShapedNoise withSeed(long newSeed) {
        return new ShapedNoise(this, newSeed);
    }

    private ShapedNoise(ShapedNoise like, long seed) {
        this.size = like.size;
        this.hop = like.hop;
        this.seed = seed;
        this.fft = new FFT(size);
        this.window = like.window;
        this.amplitude = like.amplitude;
        int channels = amplitude.length;
        this.cachedIndex = new long[channels][CACHED];
        for (long[] row : cachedIndex) java.util.Arrays.fill(row, Long.MIN_VALUE);
        this.cachedFrame = new float[channels][CACHED][];
        this.nextSlot = new int[channels];
    }

    /**
     * The mean band power of {@code frames} samples of each channel (Hann frames of
     * {@code spectrum.size()} at half-frame hops; a sample shorter than one frame is one zero-padded
     * frame, scaled up for the padding).
     */
    public static double[][] measure(float[][] sample, int frames, Spectrum spectrum) {
        int n = spectrum.size();
        double[][] out = new double[sample.length][spectrum.bins()];
        float[] frame = new float[n];
        float[] power = new float[spectrum.bins()];
        for (int c = 0; c < sample.length; c++) {
            int used = 0;
            for (int start = 0; used == 0 || start + n <= frames; start += n / 2) {
                java.util.Arrays.fill(frame, 0f);
                System.arraycopy(sample[c], start, frame, 0, Math.min(n, frames - start));
                spectrum.transform(frame);
                spectrum.bandPower(frame, power);
                for (int k = 0; k < power.length; k++) out[c][k] += power[k];
                used++;
                if (frames < n) break;
            }
            double scale = frames < n ? (double) n / Math.max(1, frames) : 1.0; // a Hann window on a short sample sees less of it
            for (int k = 0; k < power.length; k++) out[c][k] = out[c][k] / used * scale;
        }
        return out;
    }

    public int channels() {
        return amplitude.length;
    }

    /** Writes {@code n} samples of {@code channel} from {@code position} (any long) into {@code out[off..)}. */
    public void read(int channel, long position, float[] out, int off, int n) {
        int i = 0;
        while (i < n) {
            long p = position + i;
            long k = Math.floorDiv(p, hop);
            int into = (int) (p - k * hop);
            int run = Math.min(n - i, hop - into);
            float[] later = frame(channel, k);      // its first half
            float[] earlier = frame(channel, k - 1); // its second half
            for (int j = 0; j < run; j++) out[off + i + j] = later[into + j] + earlier[hop + into + j];
            i += run;
        }
    }

    private float[] frame(int channel, long k) {
        long[] index = cachedIndex[channel];
        for (int s = 0; s < CACHED; s++) {
            if (index[s] == k) return cachedFrame[channel][s];
        }
        int slot = nextSlot[channel];
        nextSlot[channel] = (slot + 1) % CACHED;
        float[] f = cachedFrame[channel][slot];
        if (f == null) f = cachedFrame[channel][slot] = new float[size];
        synthesise(channel, k, f);
        index[slot] = k;
        return f;
    }

    private void synthesise(int channel, long k, float[] f) {
        SplittableRandom random = new SplittableRandom(mix(seed, channel, k));
        float[] a = amplitude[channel];
        f[0] = 0f; // DC
        f[1] = 0f; // Nyquist (TarsosDSP's packed layout keeps it in slot 1)
        for (int b = 1; b < size / 2; b++) {
            double phase = 2 * Math.PI * random.nextDouble();
            f[2 * b] = (float) (a[b] * Math.cos(phase));
            f[2 * b + 1] = (float) (a[b] * Math.sin(phase));
        }
        fft.backwardsTransform(f);
        for (int i = 0; i < size; i++) f[i] *= window[i];
    }

    private static long mix(long seed, int channel, long k) {
        long h = seed * 0x9E3779B97F4A7C15L + channel * 0xC2B2AE3D27D4EB4FL + k * 0x165667B19E3779F9L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 29);
    }
}
