package org.headroom.ui.editor;

import java.util.Locale;

/**
 * Labels and tick spacing for the editor's time ruler. The ruler counts clock time whatever
 * {@link TimeDisplay} the readouts use, as Audacity's does: a scale in seconds reads at a glance.
 */
final class RulerScale {
    private RulerScale() {
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
