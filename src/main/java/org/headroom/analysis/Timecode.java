package org.headroom.analysis;

import java.util.Locale;

/** Times as people read them in a sound report: h:mm:ss.mmm. */
public final class Timecode {
    private Timecode() {
    }

    /** 83.5 → "0:01:23.500"; undefined or negative times → "—". */
    public static String format(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) return "—";
        long ms = Math.round(seconds * 1000.0);
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
