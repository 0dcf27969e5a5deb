package org.headroom.audio;

import java.util.Locale;

/**
 * Turns "seconds of recording the disk has room for" into warnings that fire once as each
 * threshold is crossed: 10 minutes left (time to finish the scene) and 2 minutes left (stop
 * soon). The issue fixes the two thresholds; users complain that recorders warn too late, so
 * the first one leaves time to act. Used on whatever thread polls the recorder.
 */
public final class DiskSpaceWarnings {
    /** Thresholds in seconds, highest first. */
    public static final double[] THRESHOLDS = {600, 120};

    /** A warning to show: which threshold was crossed and how much time is actually left. */
    public record Warning(double thresholdSeconds, double secondsLeft, boolean last) {
        public String message() {
            return String.format(Locale.ROOT, "Disk space for about %s of recording left%s",
                    minutes(secondsLeft), last ? ": stop soon or the take will end when the disk is full."
                            : ": finish the take and free some space or change disks.");
        }
    }

    private int next;

    /** The warning newly due at this reading, or null. Crossing both at once gives the more urgent one. */
    public Warning check(double secondsLeft) {
        Warning due = null;
        while (next < THRESHOLDS.length && secondsLeft <= THRESHOLDS[next]) {
            due = new Warning(THRESHOLDS[next], secondsLeft, next == THRESHOLDS.length - 1);
            next++;
        }
        return due;
    }

    /** "9 min 40 s", "45 s": how the readout says it. */
    public static String minutes(double seconds) {
        if (!Double.isFinite(seconds)) return "unlimited time";
        long s = Math.max(0, Math.round(seconds));
        return s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60) : s + " s";
    }
}
