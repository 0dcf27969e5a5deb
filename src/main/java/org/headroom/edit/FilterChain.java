package org.headroom.edit;

import java.util.ArrayList;
import java.util.List;
import org.headroom.dsp.Biquad;
import org.headroom.dsp.BiquadLoop;
import org.headroom.dsp.Denormals;

/**
 * Biquads in series on every channel, run two sections and two channels at a time through
 * {@link BiquadLoop} (an odd section out is paired with {@link Biquad#IDENTITY}, an odd channel
 * out runs alone). Builds the high-pass and hum-notch edits into sections. Between pairs of
 * sections the signal is rounded to float, as it is at the output.
 */
final class FilterChain implements BlockProcessor {
    /** Q of the two sections of a 4th-order Butterworth: 1 / (2 cos(π/8)) and 1 / (2 cos(3π/8)). */
    private static final double[] BUTTERWORTH_4 = {0.5411961001461970, 1.3065629648763766};
    private static final double BUTTERWORTH_2 = Math.sqrt(0.5);

    private final Biquad[] sections; // an even number
    private final int channels;
    /** Per channel, per pair of sections: BiquadLoop.STATE doubles. */
    private final double[] state;
    private final double[] squares = new double[2]; // unused sums of squares

    FilterChain(List<Biquad> sections, int channels) {
        List<Biquad> even = new ArrayList<>(sections);
        if (even.size() % 2 == 1) even.add(Biquad.IDENTITY);
        this.sections = even.toArray(new Biquad[0]);
        this.channels = channels;
        this.state = new double[channels * stride()];
    }

    /** State doubles per channel. */
    private int stride() {
        return sections.length / 2 * BiquadLoop.STATE;
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
        int stride = stride();
        for (int c = 0; c < channels; c += 2) {
            float[] x = block[c];
            float[] u = c + 1 < channels ? block[c + 1] : null;
            int d = c + 1;
            for (int p = 0; p < sections.length / 2; p++) {
                int at = p * BiquadLoop.STATE;
                squares[0] = squares[1] = 0;
                BiquadLoop.run(sections[2 * p], sections[2 * p + 1], x, u, 0, frames, state, c * stride + at, d * stride + at,
                        x, u, squares);
            }
        }
        Denormals.flush(state);
    }
}
