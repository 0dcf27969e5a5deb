package org.headroom.advice;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a microphone is deployed. The type, more than the capsule, decides how close the mic gets
 * to the mouth and whether it is in shot; the working distances are trade practice
 * (reference §4.1: handheld 5–50 cm, podcast 15–30 cm; chest lavalier, boom just out of frame).
 */
public enum MicType {
    HANDHELD("handheld", true, true),
    LAVALIER("lavalier", true, true),
    BOOM("boom", false, true),
    BOUNDARY("boundary", true, false),
    STUDIO("studio", true, false),
    ON_CAMERA("on-camera", false, false);

    /**
     * Working-distance ranges, mouth to capsule, metres: trade practice (issue 14; reference §4.1
     * gives handheld 5–50 cm and podcast 15–30 cm, the narrower ranges are where each type is
     * actually used for speech). A planned distance outside a type's range does not bend the
     * physics: the type is scored at the nearest distance it can really have.
     */
    static final double HANDHELD_MIN_METRES = 0.05;
    static final double HANDHELD_METRES = 0.15;
    /** A chest lavalier sits a hand-span below the mouth, 15–25 cm; 20 cm is the usual clip point. */
    static final double LAVALIER_MIN_METRES = 0.15;
    static final double LAVALIER_METRES = 0.2;
    /** A desk or stand mic for speech, 10–30 cm. */
    static final double STUDIO_MIN_METRES = 0.1;
    static final double STUDIO_METRES = 0.3;
    /** A boom works 0.5–1 m from the mouth: nearer crowds the talker, further is out of its reach. */
    static final double BOOM_MIN_METRES = 0.5;
    static final double BOOM_IN_SHOT_METRES = 1.0;
    /** Off camera a boom comes in as close as it usefully can. */
    static final double BOOM_OFF_CAMERA_METRES = BOOM_MIN_METRES;
    /** A camera is rarely nearer a face than a metre; its mic is wherever the camera is. */
    static final double CAMERA_MIN_METRES = 1.0;

    private final String id;
    private final boolean inShot;
    private final boolean followsTalker;

    MicType(String id, boolean inShot, boolean followsTalker) {
        this.id = id;
        this.inShot = inShot;
        this.followsTalker = followsTalker;
    }

    public String id() {
        return id;
    }

    /** Whether the mic itself is in the picture when the talker is. */
    public boolean inShot() {
        return inShot;
    }

    /** Whether the mouth-to-mic distance stays put when the talker walks about. */
    public boolean followsTalker() {
        return followsTalker;
    }

    /**
     * Mouth-to-capsule distance this type actually works at, given the planned talker (camera or
     * stand) distance: the planned distance clamped into the type's working range. A handheld or a
     * studio mic comes in to its range whatever the plan; a boom stays 0.5–1 m (in to 0.5 m off
     * camera, at most 1 m when it must clear the frame); a camera mic is at the camera, never
     * under a metre; a lavalier is on the chest wherever the camera is.
     */
    public double workingDistance(double plannedMetres, boolean onCamera) {
        return switch (this) {
            case HANDHELD -> clamp(plannedMetres, HANDHELD_MIN_METRES, HANDHELD_METRES);
            case LAVALIER -> LAVALIER_METRES;
            case STUDIO -> clamp(plannedMetres, STUDIO_MIN_METRES, STUDIO_METRES);
            case BOOM -> onCamera ? clamp(plannedMetres, BOOM_MIN_METRES, BOOM_IN_SHOT_METRES) : BOOM_OFF_CAMERA_METRES;
            case ON_CAMERA -> Math.max(plannedMetres, CAMERA_MIN_METRES);
            case BOUNDARY -> plannedMetres;
        };
    }

    /**
     * How much rain lands on this type's cover, against a boom's blimp (1): drops striking a
     * windshield are thumps at the capsule that no edit removes, and the guides keep the mic out of
     * the rain first (a hood, an umbrella, a worn mic) and use a rain cover on a blimp only because
     * a boom cannot hide (see presets/scenarios/*rain*). The figures follow the area a cover turns
     * to the sky [judgement]: a blimp about 10 × 40 cm under a rain cover; a camera's fur about half
     * that; a handheld's foam ball about a tenth, and the talker's own hood or umbrella is often
     * over it; a stand mic in the open as a camera's; a lavalier is worn under the coat, out of it.
     */
    public double rainExposure() {
        return switch (this) {
            case BOOM -> 1;
            case ON_CAMERA, STUDIO, BOUNDARY -> 0.5;
            case HANDHELD -> 0.1;
            case LAVALIER -> 0;
        };
    }

    /**
     * The deployment as every sentence and heading names it, the window's and the command line's
     * alike: "on a boom", "on a stand" (the id "studio" stays for presets and JSON, but a person
     * reading "studio" beside a heading "On a stand" sees two choices where there is one).
     */
    public String words() {
        return switch (this) {
            case HANDHELD -> "handheld";
            case LAVALIER -> "lavalier";
            case BOOM -> "on a boom";
            case BOUNDARY -> "boundary mic";
            case STUDIO -> "on a stand";
            case ON_CAMERA -> "on the camera";
        };
    }

    /** {@link #words} for an id; an unknown id is shown as it is. */
    public static String words(String id) {
        return byId(id).map(MicType::words).orElse(id);
    }

    /**
     * The nearest this type can realistically be to the mouth, metres: what "move closer" can
     * reach with it.
     */
    public double nearestMetres() {
        return switch (this) {
            case HANDHELD -> HANDHELD_MIN_METRES;
            case LAVALIER -> LAVALIER_MIN_METRES;
            case STUDIO -> STUDIO_MIN_METRES;
            case BOOM -> BOOM_MIN_METRES;
            case ON_CAMERA -> CAMERA_MIN_METRES;
            case BOUNDARY -> STUDIO_METRES;
        };
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    public static Optional<MicType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static String allIds() {
        return String.join(", ", Arrays.stream(values()).map(MicType::id).toList());
    }
}
