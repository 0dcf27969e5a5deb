package org.headroom.ui.monitor;

/**
 * How a reading compares with the active delivery preset, and the colour that says so:
 * within tolerance green, too loud red, too quiet amber. Where a platform normalises (no
 * tolerance in the preset) ±{@value #GUIDE_LU} LU is used as a guide.
 */
enum TargetVerdict {
    OK("Headroom.verdict.ok"),
    LOUD("Headroom.verdict.loud"),
    QUIET("Headroom.verdict.quiet"),
    NONE("Headroom.verdict.none");

    static final double GUIDE_LU = 1.0;

    final String colourKey;

    TargetVerdict(String colourKey) {
        this.colourKey = colourKey;
    }

    static TargetVerdict of(Double value, Double target, Double toleranceLu) {
        if (value == null || target == null || !Double.isFinite(value)) return NONE;
        double tol = toleranceLu == null ? GUIDE_LU : toleranceLu;
        double d = value - target;
        if (d > tol) return LOUD;
        if (d < -tol) return QUIET;
        return OK;
    }

    /** A peak against a ceiling: red above, green at or below, neutral without a ceiling or a signal. */
    static TargetVerdict ofCeiling(double value, Double ceiling) {
        if (ceiling == null || !Double.isFinite(value)) return NONE;
        return value > ceiling ? LOUD : OK;
    }
}
