package org.headroom.edit;

/**
 * One second-order section, coefficients normalised so a0 = 1, designed by the bilinear
 * transform (the RBJ "Audio EQ Cookbook" formulas). Run in double: a 50 Hz notch at 48 kHz has
 * poles within 0.003 of the unit circle, where single precision (TarsosDSP's filters) would
 * leave an audible error floor.
 */
record Biquad(double b0, double b1, double b2, double a1, double a2) {

    /** Second-order high-pass at {@code hz} with quality {@code q} (0.7071 = Butterworth). */
    static Biquad highPass(int rate, double hz, double q) {
        double w = 2 * Math.PI * hz / rate;
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * q);
        double a0 = 1 + alpha;
        return new Biquad((1 + cos) / 2 / a0, -(1 + cos) / a0, (1 + cos) / 2 / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    /** A notch at {@code hz}: zero gain there, −3 dB at ±hz/(2q), unity far away. */
    static Biquad notch(int rate, double hz, double q) {
        double w = 2 * Math.PI * hz / rate;
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * q);
        double a0 = 1 + alpha;
        return new Biquad(1 / a0, -2 * cos / a0, 1 / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    /** |H| at {@code hz}, for tests and the editor's curve. */
    double magnitude(int rate, double hz) {
        double w = 2 * Math.PI * hz / rate;
        double cr = b0 + b1 * Math.cos(w) + b2 * Math.cos(2 * w);
        double ci = -b1 * Math.sin(w) - b2 * Math.sin(2 * w);
        double dr = 1 + a1 * Math.cos(w) + a2 * Math.cos(2 * w);
        double di = -a1 * Math.sin(w) - a2 * Math.sin(2 * w);
        return Math.sqrt((cr * cr + ci * ci) / (dr * dr + di * di));
    }
}
