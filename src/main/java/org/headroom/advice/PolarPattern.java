package org.headroom.advice;

import java.util.OptionalDouble;

/**
 * A first-order pickup pattern r(θ) = A + B·cosθ with A + B = 1: the whole family from omni
 * (B = 0) to figure-8 (A = 0). Every figure here is a closed form of A and B, so patterns are
 * defined by their coefficients, never by a name (sources disagree on "super" versus "hyper").
 *
 * @param a pressure (omni) part, 0..1
 * @param b pressure-gradient (figure-8) part, 0..1
 */
public record PolarPattern(double a, double b) {
    /** Speed of sound in air at about 20 °C, m/s. */
    public static final double SPEED_OF_SOUND = 343.0;

    public static final PolarPattern OMNI = new PolarPattern(1.0, 0.0);
    public static final PolarPattern WIDE_CARDIOID = new PolarPattern(0.7, 0.3);
    public static final PolarPattern CARDIOID = new PolarPattern(0.5, 0.5);
    /** The member with the best front-to-back energy ratio: A = (√3 − 1)/2. */
    public static final PolarPattern SUPERCARDIOID = new PolarPattern((Math.sqrt(3) - 1) / 2, (3 - Math.sqrt(3)) / 2);
    /** The member with the least diffuse pickup (REE minimum at A = 1/4). */
    public static final PolarPattern HYPERCARDIOID = new PolarPattern(0.25, 0.75);
    public static final PolarPattern FIGURE_8 = new PolarPattern(0.0, 1.0);

    /** Preset coefficients are rounded (DPA prints 0.37/0.63), so the sum may be off by this much. */
    public static final double SUM_TOLERANCE = 0.011;

    public PolarPattern {
        if (!(a >= 0 && a <= 1 && b >= 0 && b <= 1)) {
            throw new IllegalArgumentException("A and B must each lie in 0..1 (got A = " + a + ", B = " + b + ")");
        }
        if (Math.abs(a + b - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("A + B must equal 1 (got " + (a + b) + ")");
        }
    }

    /** Relative pressure sensitivity at angle θ off axis; negative at the rear lobe means reversed polarity. */
    public double response(double thetaDegrees) {
        return a + b * Math.cos(Math.toRadians(thetaDegrees));
    }

    /** Level at θ relative to on-axis, dB; {@code -Infinity} in a null. */
    public double responseDb(double thetaDegrees) {
        return 20 * Math.log10(Math.abs(response(thetaDegrees)) / onAxis());
    }

    /**
     * Random energy efficiency: the mean of r² over the sphere, i.e. the share of a diffuse field
     * (reverb, ambient noise) it picks up relative to an omni of equal on-axis sensitivity.
     */
    public double randomEnergyEfficiency() {
        return (a * a + b * b / 3) / (onAxis() * onAxis());
    }

    /** Directivity factor Q (DF) = 1/REE. */
    public double directivityFactor() {
        return 1 / randomEnergyEfficiency();
    }

    public double directivityIndexDb() {
        return 10 * Math.log10(directivityFactor());
    }

    /** How much farther than an omni it can stand for the same direct-to-reverberant ratio: √Q. */
    public double distanceFactor() {
        return Math.sqrt(directivityFactor());
    }

    /**
     * Half-angle of the null cone, degrees, where A + B·cosθ = 0; empty when A > B (the pattern
     * never reaches zero). In the plane the nulls sit at ±this angle.
     */
    public OptionalDouble nullAngleDegrees() {
        if (b == 0 || a > b) return OptionalDouble.empty();
        return OptionalDouble.of(Math.toDegrees(Math.acos(-a / b)));
    }

    /**
     * Total acceptance angle (twice the off-axis angle) at which the front lobe has fallen by
     * {@code dropDb} (positive, e.g. 3 or 6); 360 when it never falls that far.
     */
    public double acceptanceAngleDegrees(double dropDb) {
        if (dropDb <= 0) throw new IllegalArgumentException("drop must be positive dB (got " + dropDb + ")");
        if (b == 0) return 360;
        double cos = (Math.pow(10, -dropDb / 20) * onAxis() - a) / b;
        if (cos <= -1) return 360;
        return 2 * Math.toDegrees(Math.acos(cos));
    }

    /** On-axis level over the level at 180°, dB; infinite for a cardioid. */
    public double frontToBackDb() {
        return -responseDb(180);
    }

    /** On-axis level over the level at 90°, dB; infinite for a figure-8. */
    public double frontToSideDb() {
        return -responseDb(90);
    }

    /**
     * Front-hemisphere over rear-hemisphere diffuse energy, dB: ∫r² over each half-sphere gives
     * A² ± AB + B²/3. The supercardioid maximises it, which is what "super" refers to.
     */
    public double frontToBackEnergyDb() {
        double front = a * a + a * b + b * b / 3;
        double back = a * a - a * b + b * b / 3;
        return back <= 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(front / back);
    }

    /**
     * Bass boost on axis from a point source at {@code distanceMetres}, dB: the gradient part
     * grows as 1/(k·r) near the source, so |1 + B/(j·k·r)|² = 1 + (B/(k·r))². Zero for an omni.
     */
    public double proximityBoostDb(double distanceMetres, double frequencyHz) {
        if (distanceMetres <= 0 || frequencyHz <= 0) throw new IllegalArgumentException("distance and frequency must be positive");
        double kr = 2 * Math.PI * frequencyHz / SPEED_OF_SOUND * distanceMetres;
        double ratio = b / kr;
        return 10 * Math.log10(1 + ratio * ratio);
    }

    /** Both parts are normalised so that r(0) = A + B = 1; rounded presets can sit a little off. */
    private double onAxis() {
        return a + b;
    }
}
