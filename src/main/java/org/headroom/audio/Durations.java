package org.headroom.audio;

import java.util.Locale;

/** Durations in words for messages: "1 h 02 min 03.5 s", "4.25 s". */
final class Durations {
    private Durations() {
    }

    static String describe(double seconds) {
        long whole = (long) seconds;
        double frac = seconds - whole;
        long h = whole / 3600, m = whole / 60 % 60;
        double s = whole % 60 + frac;
        if (h > 0) return String.format(Locale.ROOT, "%d h %02d min %04.1f s", h, m, s);
        if (m > 0) return String.format(Locale.ROOT, "%d min %04.1f s", m, s);
        return String.format(Locale.ROOT, "%.2f s", s);
    }
}
