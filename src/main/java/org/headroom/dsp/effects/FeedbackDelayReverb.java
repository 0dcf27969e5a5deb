package org.headroom.dsp.effects;

import org.headroom.dsp.Denormals;

/**
 * Artificial reverberation by a feedback delay network (Jot and Chaigne 1991): eight delay lines
 * fed back through a Householder matrix, which is orthogonal, so the loop itself loses no energy;
 * each line is then attenuated by exactly what its length must lose to fall 60 dB in
 * {@code rt60}, g = 10^(−3·d / (rt60·rate)). Every path round the loop then decays at the same
 * rate, so the impulse response's energy decay — what Schroeder integration and an RT60 meter
 * read — falls 60 dB in rt60 from the first reflection on, at every frequency.
 *
 * <p>Four short allpass diffusers ahead of the loop thicken the first echoes into a wash without
 * changing the decay. The line lengths are mutually prime and scale with the cube root of the
 * room's volume (a bigger room, longer paths between reflections). The wet signal is scaled to
 * an impulse response of unit energy, so {@code mix} means the same at every RT60.
 *
 * <p>Input: the mean of the channels, times a per-frame send (0..1) the caller gives; output per
 * channel: the dry signal times (1 − mix·send) plus mix times the wet signal, each channel from a
 * different, orthogonal combination of the lines (decorrelated, so a stereo programme gets a wide
 * room). No latency: the dry path is untouched and the wet starts after {@code preDelayMs}.
 */
public final class FeedbackDelayReverb implements BlockEffect {
    /** Line lengths in ms for a room of {@value #REFERENCE_VOLUME} m³, mutually prime once in samples. */
    private static final double[] LINE_MS = {29.7, 37.1, 41.1, 43.7, 53.3, 59.9, 67.7, 73.1};
    /** Allpass diffusers ahead of the loop: length in ms and coefficient. */
    private static final double[] DIFFUSER_MS = {4.77, 3.59, 2.73, 1.73};
    private static final double DIFFUSION = 0.62;
    static final double REFERENCE_VOLUME = 200;
    /** Rows of an 8×8 Hadamard matrix, for the output taps: orthogonal, so the channels are decorrelated. */
    private static final int[][] HADAMARD = {
            {1, 1, 1, 1, 1, 1, 1, 1}, {1, -1, 1, -1, 1, -1, 1, -1}, {1, 1, -1, -1, 1, 1, -1, -1}, {1, -1, -1, 1, 1, -1, -1, 1},
            {1, 1, 1, 1, -1, -1, -1, -1}, {1, -1, 1, -1, -1, 1, -1, 1}, {1, 1, -1, -1, -1, -1, 1, 1}, {1, -1, -1, 1, -1, 1, 1, -1}};

    private final int channels;
    private final float mix;
    private final double[][] lines;
    private final int[] lineAt;
    private final double[] lineGain;
    private final double[][] diffusers;
    private final int[] diffuserAt;
    private final double[] preDelay;
    private int preDelayAt;
    private final double wetScale;
    private final double[] out = new double[LINE_MS.length];

    /**
     * @param volumeCubicMetres room size for the line lengths; NaN for the reference room
     */
    public FeedbackDelayReverb(int channels, int sampleRate, double rt60, double preDelayMs, double mix, double volumeCubicMetres) {
        this.channels = channels;
        this.mix = (float) mix;
        double scale = Double.isNaN(volumeCubicMetres) ? 1 : Math.max(0.4, Math.min(3.0, Math.cbrt(volumeCubicMetres / REFERENCE_VOLUME)));
        int n = LINE_MS.length;
        lines = new double[n][];
        lineAt = new int[n];
        lineGain = new double[n];
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            int d = nextPrime((int) Math.round(LINE_MS[i] * scale * 1e-3 * sampleRate), used);
            lines[i] = new double[d];
            lineGain[i] = Math.pow(10, -3.0 * d / (rt60 * sampleRate));
        }
        diffusers = new double[DIFFUSER_MS.length][];
        diffuserAt = new int[DIFFUSER_MS.length];
        for (int i = 0; i < DIFFUSER_MS.length; i++) diffusers[i] = new double[Math.max(1, (int) Math.round(DIFFUSER_MS[i] * 1e-3 * sampleRate))];
        preDelay = new double[Math.max(1, (int) Math.round(preDelayMs * 1e-3 * sampleRate))];
        this.wetScale = 1.0 / Math.sqrt(impulseEnergy(rt60, sampleRate));
        reset();
    }

    private static int nextPrime(int from, java.util.Set<Integer> used) {
        int p = Math.max(2, from);
        while (!isPrime(p) || used.contains(p)) p++;
        used.add(p);
        return p;
    }

    private static boolean isPrime(int p) {
        for (int d = 2; (long) d * d <= p; d++) if (p % d == 0) return false;
        return true;
    }

    /** Energy of channel 0's wet impulse response before scaling, summed until it is 90 dB down. */
    private double impulseEnergy(double rt60, int rate) {
        long length = (long) Math.ceil(1.5 * rt60 * rate) + preDelay.length + 1;
        double sum = 0;
        for (long t = 0; t < length; t++) {
            double y = step(t == 0 ? 1 : 0, 0);
            sum += y * y;
        }
        reset();
        return sum > 0 ? sum : 1;
    }

    private void reset() {
        for (double[] l : lines) java.util.Arrays.fill(l, 0);
        for (double[] d : diffusers) java.util.Arrays.fill(d, 0);
        java.util.Arrays.fill(preDelay, 0);
        java.util.Arrays.fill(lineAt, 0);
        java.util.Arrays.fill(diffuserAt, 0);
        preDelayAt = 0;
    }

    /**
     * Runs the reverb over a block with a send of 1 throughout.
     */
    @Override
    public void process(float[][] block, int frames) {
        process(block, frames, null);
    }

    /** @param send per frame, how much of the input goes into the room (0..1); null for 1 throughout */
    public void process(float[][] block, int frames, float[] send) {
        for (int i = 0; i < frames; i++) {
            double in = 0;
            for (int c = 0; c < channels; c++) in += block[c][i];
            double s = send == null ? 1 : send[i];
            in = in / channels * s;
            float dry = (float) (1 - mix * s);
            for (int c = 0; c < channels; c++) {
                double wet = step(in, c) * wetScale;
                block[c][i] = (float) (block[c][i] * dry + mix * wet);
            }
        }
    }

    /**
     * Channel 0 advances the network by one sample and returns its tap; other channels only read
     * their own taps of the outputs channel 0 left in {@link #out}.
     */
    private double step(double in, int channel) {
        if (channel == 0) advance(in);
        int[] row = HADAMARD[channel % HADAMARD.length];
        double y = 0;
        for (int k = 0; k < out.length; k++) y += row[k] * out[k];
        return y;
    }

    private void advance(double in) {
        double x = preDelay[preDelayAt];
        preDelay[preDelayAt] = Denormals.flush(in);
        preDelayAt = preDelayAt + 1 == preDelay.length ? 0 : preDelayAt + 1;
        for (int d = 0; d < diffusers.length; d++) {
            double[] buf = diffusers[d];
            int at = diffuserAt[d];
            double delayed = buf[at];
            double v = x + DIFFUSION * delayed;
            buf[at] = Denormals.flush(v);
            x = delayed - DIFFUSION * v;
            diffuserAt[d] = at + 1 == buf.length ? 0 : at + 1;
        }
        int n = lines.length;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            out[k] = lines[k][lineAt[k]] * lineGain[k];
            sum += out[k];
        }
        double householder = 2.0 / n * sum;
        for (int k = 0; k < n; k++) {
            double[] line = lines[k];
            int at = lineAt[k];
            // flushed per sample, not per block, so block boundaries cannot change a sample
            line[at] = Denormals.flush(out[k] - householder + ((k & 1) == 0 ? x : -x));
            lineAt[k] = at + 1 == line.length ? 0 : at + 1;
        }
    }
}
