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

    /** Handheld held a hand's width below the mouth, inside the 5–50 cm range the reference gives. */
    static final double HANDHELD_METRES = 0.15;
    /** A chest lavalier sits about a hand-span below the mouth [practice]. */
    static final double LAVALIER_METRES = 0.2;
    /** A desk mic for speech, the far end of the 15–30 cm podcast range. */
    static final double STUDIO_METRES = 0.3;
    /** A boom kept out of a medium shot is about a metre from the mouth [practice, unsourced]. */
    static final double BOOM_IN_SHOT_METRES = 1.0;
    /** Off camera a boom can come in to about half a metre before it crowds the talker [unsourced]. */
    static final double BOOM_OFF_CAMERA_METRES = 0.5;

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

    /** Mouth-to-capsule distance this type actually works at, given the planned talker distance. */
    public double workingDistance(double plannedMetres, boolean onCamera) {
        return switch (this) {
            case HANDHELD -> Math.min(plannedMetres, HANDHELD_METRES);
            case LAVALIER -> LAVALIER_METRES;
            case STUDIO -> Math.min(plannedMetres, STUDIO_METRES);
            case BOOM -> Math.min(plannedMetres, onCamera ? BOOM_IN_SHOT_METRES : BOOM_OFF_CAMERA_METRES);
            case BOUNDARY, ON_CAMERA -> plannedMetres;
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

    public static Optional<MicType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static String allIds() {
        return String.join(", ", Arrays.stream(values()).map(MicType::id).toList());
    }
}
