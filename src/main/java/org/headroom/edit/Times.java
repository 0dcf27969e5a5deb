package org.headroom.edit;

/** The checks edit records share, each failing with a reason a person can act on. */
final class Times {
    private Times() {
    }

    static void finite(String name, double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(name + " must be a number, not " + v);
    }

    static void nonNegative(String name, double v) {
        finite(name, v);
        if (v < 0) throw new IllegalArgumentException(name + " " + v + " is negative");
    }

    static void positive(String name, double v) {
        finite(name, v);
        if (v <= 0) throw new IllegalArgumentException(name + " " + v + " must be more than 0");
    }

    static void time(String name, double v) {
        finite(name, v);
    }

    /**
     * A range whose ends may count from the start (≥ 0) or back from the end (< 0). Only ends
     * on the same side can be compared before the source's length is known.
     */
    static void range(double start, double end) {
        finite("start", start);
        finite("end", end);
        if (start >= 0 && end < 0) return; // checked once the length is known
        if (start < 0 && end >= 0) {
            throw new IllegalArgumentException("start " + start + " counts back from the end but end " + end + " does not");
        }
        if (end < start) throw new IllegalArgumentException("end " + end + " is before start " + start);
        if (end == start) throw new IllegalArgumentException("start and end are both " + start + ": the range is empty");
    }
}
