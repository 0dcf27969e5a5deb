package org.headroom.detect;

import java.util.Locale;

/** Formats positions for messages the way editors show them: m:ss.mmm, or h:mm:ss.mmm past an hour. */
public final class Timecode {
    private Timecode() {
    }

    public static String of(long frame, int sampleRate) {
        long millis = Math.round(frame * 1000.0 / sampleRate);
        long h = millis / 3_600_000;
        long m = (millis / 60_000) % 60;
        long s = (millis / 1000) % 60;
        long ms = millis % 1000;
        return h > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d.%03d", h, m, s, ms)
                : String.format(Locale.ROOT, "%d:%02d.%03d", m, s, ms);
    }

    /** "1.5 s" / "250 ms": durations for messages. */
    public static String duration(long frames, int sampleRate) {
        double seconds = (double) frames / sampleRate;
        return seconds < 1.0
                ? String.format(Locale.ROOT, "%.0f ms", seconds * 1000)
                : String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
