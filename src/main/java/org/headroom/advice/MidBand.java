package org.headroom.advice;

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
    private final Biquad[] filters;
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
        filters = new Biquad[] {Biquad.highPass(sampleRate, LOW_HZ), Biquad.highPass(sampleRate, LOW_HZ),
                Biquad.lowPass(sampleRate, high), Biquad.lowPass(sampleRate, high)};
        capacity = (int) Math.min(Integer.MAX_VALUE - 8, keepSeconds * rate);
        if (ring) data = new float[capacity];
    }

    void accept(float[][] block, int frames) {
        int channels = block.length;
        for (int i = 0; i < frames; i++) {
            double x = 0;
            for (float[] ch : block) x += ch[i];
            x /= channels;
            for (Biquad f : filters) x = f.next(x);
            if (phase++ % factor == 0) append((float) x);
        }
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

    /** RBJ cookbook second-order section, Q = 1/√2 (Butterworth); two in a row give 24 dB/octave. */
    static final class Biquad {
        private final double b0, b1, b2, a1, a2;
        private double x1, x2, y1, y2;

        private Biquad(double b0, double b1, double b2, double a0, double a1, double a2) {
            this.b0 = b0 / a0;
            this.b1 = b1 / a0;
            this.b2 = b2 / a0;
            this.a1 = a1 / a0;
            this.a2 = a2 / a0;
        }

        static Biquad lowPass(double fs, double f) {
            double w = 2 * Math.PI * f / fs, c = Math.cos(w), alpha = Math.sin(w) / Math.sqrt(2);
            return new Biquad((1 - c) / 2, 1 - c, (1 - c) / 2, 1 + alpha, -2 * c, 1 - alpha);
        }

        static Biquad highPass(double fs, double f) {
            double w = 2 * Math.PI * f / fs, c = Math.cos(w), alpha = Math.sin(w) / Math.sqrt(2);
            return new Biquad((1 + c) / 2, -(1 + c), (1 + c) / 2, 1 + alpha, -2 * c, 1 - alpha);
        }

        double next(double x) {
            double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            return y;
        }
    }
}
