package org.headroom.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Biquads in series on every channel (transposed direct form II, double state). Builds the
 * high-pass and hum-notch edits into sections.
 */
final class FilterChain implements BlockProcessor {
    /** Q of the two sections of a 4th-order Butterworth: 1 / (2 cos(π/8)) and 1 / (2 cos(3π/8)). */
    private static final double[] BUTTERWORTH_4 = {0.5411961001461970, 1.3065629648763766};
    private static final double BUTTERWORTH_2 = Math.sqrt(0.5);
    /** Below this the state is set to 0: denormal arithmetic is very slow on x86. */
    private static final double DENORMAL = 1e-30;

    private final Biquad[] sections;
    private final double[][] state; // [channel][2·section]

    FilterChain(List<Biquad> sections, int channels) {
        this.sections = sections.toArray(new Biquad[0]);
        this.state = new double[channels][2 * this.sections.length];
    }

    static List<Biquad> highPass(int rate, Edit.HighPass hp) {
        List<Biquad> out = new ArrayList<>();
        if (hp.order() == 2) {
            out.add(Biquad.highPass(rate, hp.hz(), BUTTERWORTH_2));
        } else {
            for (double q : BUTTERWORTH_4) out.add(Biquad.highPass(rate, hp.hz(), q));
        }
        return out;
    }

    /** One notch per harmonic below 0.45·rate; the same Q for each, so each is hz/Q wide in proportion. */
    static List<Biquad> humNotch(int rate, Edit.HumNotch h) {
        List<Biquad> out = new ArrayList<>();
        for (int k = 1; k <= h.harmonics() && k * h.hz() < 0.45 * rate; k++) out.add(Biquad.notch(rate, k * h.hz(), h.q()));
        return out;
    }

    boolean isEmpty() {
        return sections.length == 0;
    }

    @Override
    public void process(float[][] block, int frames) {
        for (int c = 0; c < block.length; c++) {
            float[] x = block[c];
            double[] st = state[c];
            for (int s = 0; s < sections.length; s++) {
                Biquad q = sections[s];
                double b0 = q.b0(), b1 = q.b1(), b2 = q.b2(), a1 = q.a1(), a2 = q.a2();
                double z1 = st[2 * s], z2 = st[2 * s + 1];
                for (int i = 0; i < frames; i++) {
                    double in = x[i];
                    double y = b0 * in + z1;
                    z1 = b1 * in - a1 * y + z2;
                    z2 = b2 * in - a2 * y;
                    x[i] = (float) y;
                }
                st[2 * s] = Math.abs(z1) < DENORMAL ? 0 : z1;
                st[2 * s + 1] = Math.abs(z2) < DENORMAL ? 0 : z2;
            }
        }
    }
}
