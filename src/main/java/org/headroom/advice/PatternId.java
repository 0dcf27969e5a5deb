package org.headroom.advice;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pattern names the recommendation JSON may use. Each first-order name covers a band of A so
 * a preset labelled "cardioid" with A = 0.25 is caught; the shotgun is named by its tube, not by
 * its capsule, so any directional capsule is allowed.
 */
public enum PatternId {
    OMNI("omni", 0.95, 1.0),
    WIDE_CARDIOID("wide-cardioid", 0.6, 0.8),
    CARDIOID("cardioid", 0.45, 0.55),
    SUPERCARDIOID("supercardioid", 0.33, 0.42),
    HYPERCARDIOID("hypercardioid", 0.2, 0.3),
    FIGURE_8("figure-8", 0.0, 0.05),
    SHOTGUN("shotgun", 0.2, 0.55);

    private final String id;
    private final double minA;
    private final double maxA;

    PatternId(String id, double minA, double maxA) {
        this.id = id;
        this.minA = minA;
        this.maxA = maxA;
    }

    public String id() {
        return id;
    }

    /** Whether coefficient A fits this name; bands are wide enough for the published roundings. */
    public boolean accepts(double a) {
        return a >= minA - 1e-9 && a <= maxA + 1e-9;
    }

    public String rangeOfA() {
        return minA + ".." + maxA;
    }

    public static Optional<PatternId> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    public static String allIds() {
        return String.join(", ", Arrays.stream(values()).map(PatternId::id).toList());
    }
}
