package org.headroom.meter;

/**
 * The BS.1770 K-weighting pre-filter, designed for any sample rate.
 *
 * <p>The standard tabulates the two biquads at 48 kHz only and asks for "the same frequency
 * response" elsewhere. We therefore go back to the analog prototype the 48 kHz table was made
 * from (a high shelf and a second-order high pass) and map it to the requested rate with the
 * bilinear transform (prewarped at the corner frequency, so the corners stay where they are).
 * The analog parameters below are the published full-precision fit of the 48 kHz table; the
 * rounded figures in metering.md (f0 ≈ 1681.974 Hz, 3.99984 dB, Q ≈ 0.70718; 38.1355 Hz,
 * Q ≈ 0.50033) are these values shortened. With them the 48 kHz coefficients come back to
 * about 1e-10 (tested).
 */
public final class KWeighting {
    /** Shelf corner frequency in Hz. */
    static final double SHELF_F0 = 1681.974450955533;
    /** Shelf gain at high frequencies in dB. */
    static final double SHELF_GAIN_DB = 3.999843853973347;
    static final double SHELF_Q = 0.7071752369554196;
    /**
     * The shelf's mid-band gain is Vh^k rather than the textbook sqrt(Vh); this exponent is part
     * of the fit to the 48 kHz table (it moves the transition by a fraction of a hertz).
     */
    static final double SHELF_MID_EXPONENT = 0.4996667741545416;
    /** High-pass ("revised low-frequency B" curve) corner frequency in Hz. */
    static final double HIGHPASS_F0 = 38.13547087602444;
    static final double HIGHPASS_Q = 0.5003270373238773;

    private KWeighting() {
    }

    /**
     * The two stages for {@code sampleRate}: {@code [stage][b0, b1, b2, a1, a2]}, normalised to
     * a0 = 1. Stage 0 is the high shelf, stage 1 the high pass (numerator exactly 1, -2, 1 at
     * 48 kHz as in the standard's table; scaled at other rates to keep the same pass-band gain).
     */
    public static double[][] coefficients(int sampleRate) {
        if (sampleRate <= 0) throw new IllegalArgumentException("sample rate " + sampleRate);
        double[] shelf;
        {
            double k = Math.tan(Math.PI * SHELF_F0 / sampleRate);
            double vh = Math.pow(10.0, SHELF_GAIN_DB / 20.0);
            double vb = Math.pow(vh, SHELF_MID_EXPONENT);
            double kq = k / SHELF_Q;
            double a0 = 1.0 + kq + k * k;
            shelf = new double[] {
                (vh + vb * kq + k * k) / a0,
                2.0 * (k * k - vh) / a0,
                (vh - vb * kq + k * k) / a0,
                2.0 * (k * k - 1.0) / a0,
                (1.0 - kq + k * k) / a0,
            };
        }
        double[] highPass;
        {
            double k = Math.tan(Math.PI * HIGHPASS_F0 / sampleRate);
            double kq = k / HIGHPASS_Q;
            double a0 = 1.0 + kq + k * k;
            // The table's numerator is 1, -2, 1 without dividing by a0, so its pass band sits at
            // a0(48 kHz) ≈ +0.04 dB rather than 0 dB. Loudness figures are calibrated with that
            // gain (-0.691 offset), so every rate keeps the 48 kHz pass-band gain: numerator
            // (1, -2, 1) · a0(48 kHz) / a0(rate), which is exactly (1, -2, 1) at 48 kHz.
            double g = highPassA0(48000) / a0;
            highPass = new double[] {g, -2.0 * g, g, 2.0 * (k * k - 1.0) / a0, (1.0 - kq + k * k) / a0};
        }
        return new double[][] {shelf, highPass};
    }

    private static double highPassA0(int sampleRate) {
        double k = Math.tan(Math.PI * HIGHPASS_F0 / sampleRate);
        return 1.0 + k / HIGHPASS_Q + k * k;
    }

    /** |H(f)| in dB of the cascade at {@code sampleRate}, for tests and plots. */
    public static double magnitudeDb(int sampleRate, double frequency) {
        double w = 2 * Math.PI * frequency / sampleRate;
        double gain = 1.0;
        for (double[] c : coefficients(sampleRate)) {
            // H(e^jw) = (b0 + b1 z^-1 + b2 z^-2) / (1 + a1 z^-1 + a2 z^-2)
            double nr = c[0] + c[1] * Math.cos(w) + c[2] * Math.cos(2 * w);
            double ni = -c[1] * Math.sin(w) - c[2] * Math.sin(2 * w);
            double dr = 1 + c[3] * Math.cos(w) + c[4] * Math.cos(2 * w);
            double di = -c[3] * Math.sin(w) - c[4] * Math.sin(2 * w);
            gain *= Math.sqrt((nr * nr + ni * ni) / (dr * dr + di * di));
        }
        return 20 * Math.log10(gain);
    }
}
