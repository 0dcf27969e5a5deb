package org.headroom.advice;

/**
 * Coarse groups of patterns for judging an answer: guides argue about super versus hyper, rarely
 * about omni versus directional, or about a shotgun versus a first-order mic indoors.
 */
public enum PatternFamily {
    /** Omni and wide cardioid: little rejection, steady tone, least wind and handling. */
    WIDE,
    /** Cardioid, supercardioid, hypercardioid: the first-order directional mics. */
    DIRECTIONAL,
    FIGURE_8,
    SHOTGUN;

    public static PatternFamily of(PatternId p) {
        return switch (p) {
            case OMNI, WIDE_CARDIOID -> WIDE;
            case CARDIOID, SUPERCARDIOID, HYPERCARDIOID -> DIRECTIONAL;
            case FIGURE_8 -> FIGURE_8;
            case SHOTGUN -> SHOTGUN;
        };
    }
}
