package org.headroom.meter;

import org.headroom.dsp.Biquad;

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
     * The two stages for {@code sampleRate}: the high shelf, then the high pass (numerator
     * exactly 1, -2, 1 at 48 kHz as in the standard's table; scaled at other rates to keep the
     * same pass-band gain).
     */
    public static Biquad[] sections(int sampleRate) {
        if (sampleRate <= 0) throw new IllegalArgumentException("sample rate " + sampleRate);
        double vh = Math.pow(10.0, SHELF_GAIN_DB / 20.0);
        Biquad shelf = Biquad.prewarpedHighShelf(sampleRate, SHELF_F0, SHELF_Q, vh, Math.pow(vh, SHELF_MID_EXPONENT));
        // The table's numerator is 1, -2, 1 without dividing by a0, so its pass band sits at
        // a0(48 kHz) ≈ +0.04 dB rather than 0 dB. Loudness figures are calibrated with that
        // gain (-0.691 offset), so every rate keeps the 48 kHz pass-band gain: numerator
        // (1, -2, 1) · a0(48 kHz) / a0(rate), which is exactly (1, -2, 1) at 48 kHz.
        Biquad highPass = Biquad.prewarpedHighPass(sampleRate, HIGHPASS_F0, HIGHPASS_Q,
                Biquad.prewarpedA0(48000, HIGHPASS_F0, HIGHPASS_Q));
        return new Biquad[] {shelf, highPass};
    }
}
