package org.headroom.dsp;

/**
 * One second-order section, coefficients normalised so a0 = 1: its designs and its magnitude
 * response. It runs in {@link BiquadLoop}, in double: a 50 Hz notch at 48 kHz has poles within
 * 0.003 of the unit circle, where single precision would leave an audible error floor.
 *
 * <p>All designs are bilinear transforms of analog second-order prototypes: the RBJ "Audio EQ
 * Cookbook" forms (frequency warped through w = 2πf/rate) and, for the K-weighting of
 * BS.1770, the same prototypes prewarped with k = tan(πf/rate), the form its 48 kHz table was
 * made with.
 */
public record Biquad(double b0, double b1, double b2, double a1, double a2) {
    /** Passes its input unchanged (exactly: 1·x + 0). */
    public static final Biquad IDENTITY = new Biquad(1, 0, 0, 0, 0);

    /** RBJ second-order high-pass at {@code hz} with quality {@code q} (0.7071 = Butterworth). */
    public static Biquad highPass(int rate, double hz, double q) {
        double w = 2 * Math.PI * hz / rate;
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * q);
        double a0 = 1 + alpha;
        return new Biquad((1 + cos) / 2 / a0, -(1 + cos) / a0, (1 + cos) / 2 / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    /** RBJ second-order low-pass at {@code hz} with quality {@code q} (0.7071 = Butterworth). */
    public static Biquad lowPass(int rate, double hz, double q) {
        double w = 2 * Math.PI * hz / rate;
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * q);
        double a0 = 1 + alpha;
        return new Biquad((1 - cos) / 2 / a0, (1 - cos) / a0, (1 - cos) / 2 / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    /** RBJ notch at {@code hz}: zero gain there, −3 dB at ±hz/(2q), unity far away. */
    public static Biquad notch(int rate, double hz, double q) {
        double w = 2 * Math.PI * hz / rate;
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * q);
        double a0 = 1 + alpha;
        return new Biquad(1 / a0, -2 * cos / a0, 1 / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    /**
     * RBJ peaking EQ at {@code hz}: {@code gainDb} there, unity far away; {@code q} sets the width
     * (the bandwidth between the points of half the gain in dB is about hz/q).
     */
    public static Biquad peak(int rate, double hz, double gainDb, double q) {
        double a = Math.pow(10, gainDb / 40);
        double w = 2 * Math.PI * hz / rate;
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * q);
        double a0 = 1 + alpha / a;
        return new Biquad((1 + alpha * a) / a0, -2 * cos / a0, (1 - alpha * a) / a0, -2 * cos / a0, (1 - alpha / a) / a0);
    }

    /**
     * RBJ low shelf: {@code gainDb} at DC, half of it (in dB) at {@code hz}, unity far above;
     * {@code q} 0.7071 is the steepest slope without a bump.
     */
    public static Biquad lowShelf(int rate, double hz, double gainDb, double q) {
        double a = Math.pow(10, gainDb / 40);
        double w = 2 * Math.PI * hz / rate;
        double cos = Math.cos(w);
        double beta = 2 * Math.sqrt(a) * Math.sin(w) / (2 * q);
        double a0 = (a + 1) + (a - 1) * cos + beta;
        return new Biquad(a * ((a + 1) - (a - 1) * cos + beta) / a0, 2 * a * ((a - 1) - (a + 1) * cos) / a0,
                a * ((a + 1) - (a - 1) * cos - beta) / a0, -2 * ((a - 1) + (a + 1) * cos) / a0,
                ((a + 1) + (a - 1) * cos - beta) / a0);
    }

    /** RBJ high shelf: {@code gainDb} towards Nyquist, half of it (in dB) at {@code hz}, unity at DC. */
    public static Biquad highShelf(int rate, double hz, double gainDb, double q) {
        double a = Math.pow(10, gainDb / 40);
        double w = 2 * Math.PI * hz / rate;
        double cos = Math.cos(w);
        double beta = 2 * Math.sqrt(a) * Math.sin(w) / (2 * q);
        double a0 = (a + 1) - (a - 1) * cos + beta;
        return new Biquad(a * ((a + 1) + (a - 1) * cos + beta) / a0, -2 * a * ((a - 1) + (a + 1) * cos) / a0,
                a * ((a + 1) + (a - 1) * cos - beta) / a0, 2 * ((a - 1) - (a + 1) * cos) / a0,
                ((a + 1) - (a - 1) * cos - beta) / a0);
    }

    /**
     * High shelf prewarped at {@code f0}: gain {@code vh} (linear) far above, {@code vb} at the
     * corner, 1 at DC.
     */
    public static Biquad prewarpedHighShelf(int rate, double f0, double q, double vh, double vb) {
        double k = Math.tan(Math.PI * f0 / rate);
        double kq = k / q;
        double a0 = 1.0 + kq + k * k;
        return new Biquad((vh + vb * kq + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * kq + k * k) / a0,
                2.0 * (k * k - 1.0) / a0, (1.0 - kq + k * k) / a0);
    }

    /**
     * High-pass prewarped at {@code f0} whose numerator is {@code gain}·(1, −2, 1)/a0: with
     * {@code gain} = {@link #prewarpedA0} at some rate, its numerator there is exactly (1, −2, 1).
     */
    public static Biquad prewarpedHighPass(int rate, double f0, double q, double gain) {
        double k = Math.tan(Math.PI * f0 / rate);
        double kq = k / q;
        double a0 = 1.0 + kq + k * k;
        double g = gain / a0;
        return new Biquad(g, -2.0 * g, g, 2.0 * (k * k - 1.0) / a0, (1.0 - kq + k * k) / a0);
    }

    /** The a0 that {@link #prewarpedHighPass} divides by at {@code rate}. */
    public static double prewarpedA0(int rate, double f0, double q) {
        double k = Math.tan(Math.PI * f0 / rate);
        return 1.0 + k / q + k * k;
    }

    /** |H(e^jw)| at {@code hz}: (b0 + b1 z⁻¹ + b2 z⁻²) / (1 + a1 z⁻¹ + a2 z⁻²) on the unit circle. */
    public double magnitude(int rate, double hz) {
        double w = 2 * Math.PI * hz / rate;
        double cr = b0 + b1 * Math.cos(w) + b2 * Math.cos(2 * w);
        double ci = -b1 * Math.sin(w) - b2 * Math.sin(2 * w);
        double dr = 1 + a1 * Math.cos(w) + a2 * Math.cos(2 * w);
        double di = -a1 * Math.sin(w) - a2 * Math.sin(2 * w);
        return Math.sqrt((cr * cr + ci * ci) / (dr * dr + di * di));
    }

    /** |H| of sections in series at {@code hz}, in dB. */
    public static double magnitudeDb(int rate, double hz, Biquad... cascade) {
        double gain = 1.0;
        for (Biquad b : cascade) gain *= b.magnitude(rate, hz);
        return 20 * Math.log10(gain);
    }
}
