package org.headroom.ui.editor;

import java.util.Locale;

/**
 * Times on the editor's timeline as h:mm:ss.frames: whole seconds, then the sample frame within
 * the second (zero-padded to the rate's digits), so every position a cut can land on has a
 * name of its own and two different frames never print alike.
 */
final class TimeFormat {
    private TimeFormat() {
    }

    /** "0:01:23.12000" at 48 kHz: 1 min 23 s and 12 000 frames (0.25 s). */
    static String frames(long frame, int rate) {
        if (frame < 0) return "\u2014";
        long s = frame / rate;
        long f = frame % rate;
        int digits = Integer.toString(rate - 1).length();
        return String.format(Locale.ROOT, "%d:%02d:%02d.%0" + digits + "d", s / 3600, (s / 60) % 60, s % 60, f);
    }

    /** A ruler label: h:mm:ss, with tenths or milliseconds when the ticks are that close. */
    static String ruler(double seconds, double tickSeconds) {
        long whole = (long) Math.floor(seconds + 1e-9);
        String hms = String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, (whole / 60) % 60, whole % 60);
        if (tickSeconds >= 1) return hms;
        double frac = seconds - whole;
        return tickSeconds >= 0.1 ? hms + String.format(Locale.ROOT, ".%d", Math.round(frac * 10) % 10)
                : hms + String.format(Locale.ROOT, ".%03d", Math.round(frac * 1000) % 1000);
    }

    /** A tick spacing near {@code target} seconds from the 1-2-5 series (and 10 s, 30 s, minutes). */
    static double tick(double target) {
        double[] steps = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
        for (double s : steps) {
            if (s >= target) return s;
        }
        return 7200;
    }
}
