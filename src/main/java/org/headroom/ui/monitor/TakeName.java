package org.headroom.ui.monitor;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Scene-Take file names as field recorders write them: scene 12, take 3 is {@code S12-T03.wav}.
 * Pure, so the rules are tested without a disk: what the user types becomes a safe file name,
 * and a take whose name is taken moves on to the next free number instead of being refused.
 */
final class TakeName {
    /** Enough takes for any scene; past this the user is asked to pick a new scene. */
    static final int MAX_TAKE = 999;

    private TakeName() {
    }

    /** {@code S12-T03.wav}; with no scene just {@code T03.wav}. */
    static String of(String scene, int take) {
        String s = safe(scene);
        String t = String.format(Locale.ROOT, "T%02d", take);
        return (s.isEmpty() ? t : "S" + s + "-" + t) + ".wav";
    }

    /**
     * Keeps letters, digits, '-' and '.' (scene "12A" stays 12A); anything a file system or a
     * sound report could trip on (slashes, spaces, colons) becomes '_'.
     */
    static String safe(String scene) {
        if (scene == null) return "";
        String s = scene.strip().replaceAll("[^\\p{Alnum}.-]+", "_");
        return s.replaceAll("^[._]+|[._]+$", ""); // no hidden files, no trailing dots Windows drops
    }

    /**
     * The first take from {@code take} on whose name {@code taken} rejects, or -1 when every one
     * up to {@link #MAX_TAKE} is in use. {@code taken} is asked about the file name, so the caller
     * decides whether a {@code .recording} leftover counts too (it does).
     */
    static int firstFree(String scene, int take, Predicate<String> taken) {
        for (int t = Math.max(1, take); t <= MAX_TAKE; t++) if (!taken.test(of(scene, t))) return t;
        return -1;
    }

    /** The take field's text as a number; blank or nonsense is take 1. */
    static int parse(String text) {
        try {
            int t = Integer.parseInt(text.strip());
            return t >= 1 && t <= MAX_TAKE ? t : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
