package org.headroom.advice;

import org.headroom.dsp.Biquad;
import org.headroom.dsp.BiquadLoop;
import org.headroom.dsp.Denormals;

/**
 * Mono mix of a stream, band-passed to about 350 Hz–2.8 kHz and decimated to about 8 kHz, kept
 * in memory for the decay estimators. The band holds the 500 Hz and 1 kHz octaves, whose mean is
 * the usual single-figure RT60 (T_mid); it also leaves out traffic rumble, wind and hum, which
 * would otherwise fill the decays. Energy that aliases in by the plain decimation decays at the
 * same rate as the rest, so it does not bias a decay rate. Bounded: past {@link #MAX_SECONDS} the
 * rest is ignored, which is far more than a location test needs; or, made with {@link #latest},
 * only the most recent seconds are kept, for a live input that never ends.
 */
final class MidBand {
    static final double LOW_HZ = 350;
    static final double HIGH_HZ = 2800;
    static final double TARGET_RATE = 8000;
    static final double MAX_SECONDS = 300;

    private final int factor;
    private final double rate;
    /** Two Butterworth high-passes, then two low-passes: 24 dB/octave each side. */
    private final Biquad highPass;
    private final Biquad lowPass;
    private final double[] state = new double[2 * BiquadLoop.STATE];
    private final double[] squares = new double[2];
    private float[] mono = new float[0];
    private float[] data = new float[1 << 16];
    private int length;
    private final int capacity;
    private int phase;
    /** Keeps the latest samples, overwriting the oldest, instead of ignoring the newest. */
    private final boolean ring;
    private int start;

    MidBand(int sampleRate) {
        this(sampleRate, MAX_SECONDS, false);
    }

    /** Keeps only the last {@code seconds} of the band, in a ring allocated once. */
    static MidBand latest(int sampleRate, double seconds) {
        return new MidBand(sampleRate, seconds, true);
    }

    private MidBand(int sampleRate, double keepSeconds, boolean ring) {
        this.ring = ring;
        factor = Math.max(1, (int) Math.floor(sampleRate / TARGET_RATE));
        rate = (double) sampleRate / factor;
        double high = Math.min(HIGH_HZ, 0.4 * sampleRate);
        highPass = Biquad.highPass(sampleRate, LOW_HZ, Math.sqrt(0.5));
        lowPass = Biquad.lowPass(sampleRate, high, Math.sqrt(0.5));
        capacity = (int) Math.min(Integer.MAX_VALUE - 8, keepSeconds * rate);
        if (ring) data = new float[capacity];
    }

    void accept(float[][] block, int frames) {
        int channels = block.length;
        if (mono.length < frames) mono = new float[frames];
        for (int i = 0; i < frames; i++) {
            double x = 0;
            for (float[] ch : block) x += ch[i];
            mono[i] = (float) (x / channels);
        }
        BiquadLoop.run(highPass, highPass, mono, null, 0, frames, state, 0, 0, mono, null, squares);
        BiquadLoop.run(lowPass, lowPass, mono, null, 0, frames, state, BiquadLoop.STATE, 0, mono, null, squares);
        Denormals.flush(state); // a live input can sit in digital silence for hours
        for (int i = 0; i < frames; i++) if (phase++ % factor == 0) append(mono[i]);
    }

    private void append(float v) {
        if (length == capacity) {
            if (ring) {
                data[start] = v;
                start = (start + 1) % capacity;
            }
            return;
        }
        if (length == data.length) data = java.util.Arrays.copyOf(data, (int) Math.min(capacity, 2L * data.length));
        data[length++] = v;
    }

    /** The decimated samples so far, oldest first (a copy). */
    float[] samples() {
        float[] out = new float[length];
        int head = Math.min(length, capacity - start);
        System.arraycopy(data, start, out, 0, head);
        System.arraycopy(data, 0, out, head, length - head);
        return out;
    }

    /** Seconds of the band held. */
    double seconds() {
        return length / rate;
    }

    double rate() {
        return rate;
    }

    /** Input samples per band sample. */
    int factor() {
        return factor;
    }
}
