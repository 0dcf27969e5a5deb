package org.headroom.meter;

import org.headroom.dsp.Denormals;
import org.headroom.dsp.Interpolator;

/**
 * Volume indicator ballistics after IEC 60268-17, per channel, sample by sample: a full-wave
 * rectifier followed by a critically damped second-order low-pass (two equal one-pole
 * stages), the digital stand-in for the needle's mass and damping. A tone step reaches 99 %
 * of its final reading in 300 ms and falls back at the same rate, because the filter is
 * linear and so rises and falls alike.
 *
 * <p>The reading is in dBFS, calibrated so that a steady sine reads its peak level (the mean
 * of a rectified sine is 2/π of its peak). A real VU needle overshoots by 1–1.5 %; this one
 * does not, which the standard allows and which makes the reading settle without ringing.
 *
 * <p>Under {@value #UPSAMPLE_BELOW} Hz the input is first upsampled ({@link Interpolator}) to
 * at least 32 kHz: rectifying makes harmonics of twice the tone's frequency, and at a low rate
 * they alias onto DC (at 8 kHz a 1 kHz tone would read between −0.46 and +0.22 dB of its level,
 * depending on its phase against the samples). At 32 kHz they are 0.02 dB at worst.
 */
public final class VuBallistics implements BlockConsumer {
    public static final double RISE_SECONDS = 0.300;
    /** Fraction of the final reading reached after {@link #RISE_SECONDS}. */
    public static final double RISE_FRACTION = 0.99;

    /** Sine peak over the mean of its full-wave rectified wave. */
    private static final double SINE_CALIBRATION = Math.PI / 2.0;

    /** Rates under this are upsampled. */
    static final int UPSAMPLE_BELOW = 16000;

    private final double coefficient;
    private final double[] stage1;
    private final double[] stage2;
    /** Factor 1 (a pass-through) unless the rate is low. */
    private final Interpolator upsampler;

    public VuBallistics(int channels, int sampleRate) {
        if (channels <= 0 || sampleRate <= 0) {
            throw new IllegalArgumentException("channels and sample rate must be positive");
        }
        int k = sampleRate < UPSAMPLE_BELOW ? Interpolator.factorToReach(sampleRate, 32000) : 1;
        this.upsampler = new Interpolator(channels, k);
        double tau = RISE_SECONDS / riseInTimeConstants(RISE_FRACTION);
        this.coefficient = 1.0 - Math.exp(-1.0 / (tau * sampleRate * k));
        this.stage1 = new double[channels];
        this.stage2 = new double[channels];
    }

    @Override
    public void accept(float[][] block, int frames) {
        double c = coefficient;
        for (int ch = 0; ch < stage1.length; ch++) {
            float[] x = upsampler.channel(block, ch, frames);
            int n = frames * upsampler.factor();
            double s1 = stage1[ch];
            double s2 = stage2[ch];
            for (int i = 0; i < n; i++) {
                s1 += c * (Math.abs(x[i]) - s1);
                s2 += c * (s1 - s2);
            }
            // after ~33 s of digital silence these would otherwise go subnormal
            stage1[ch] = Denormals.flush(s1);
            stage2[ch] = Denormals.flush(s2);
        }
    }

    /** The needle now, in dBFS of sine peak; −infinity before any signal. */
    public double levelDb(int channel) {
        return Decibels.fromAmplitude(SINE_CALIBRATION * stage2[channel]);
    }

    public int channels() {
        return stage1.length;
    }

    /**
     * The step response of two equal one-pole stages is 1 − (1 + t/τ)·e^(−t/τ); this solves it
     * for t/τ at the given fraction by Newton's method (6.638 for 99 %).
     */
    static double riseInTimeConstants(double fraction) {
        double u = 5.0;
        for (int i = 0; i < 50; i++) {
            double f = 1.0 - (1.0 + u) * Math.exp(-u) - fraction;
            double df = u * Math.exp(-u);
            u -= f / df;
        }
        return u;
    }
}
