package org.headroom.detect;

import java.util.Locale;

/**
 * Formats positions for messages as the editor and the reports show them: h:mm:ss.mmm, rounded
 * to the nearest millisecond (half up). The same text as {@code analysis.TimeFormat.MILLISECONDS},
 * which this package cannot see; a test holds the two together.
 */
public final class Timecode {
    private Timecode() {
    }

    public static String of(long frame, int sampleRate) {
        long millis = Math.floorDiv(frame * 2000 + sampleRate, 2L * sampleRate);
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", millis / 3_600_000, (millis / 60_000) % 60, (millis / 1000) % 60,
                millis % 1000);
    }

    /** "1.5 s" / "250 ms": durations for messages. */
    public static String duration(long frames, int sampleRate) {
        double seconds = (double) frames / sampleRate;
        return seconds < 1.0
                ? String.format(Locale.ROOT, "%.0f ms", seconds * 1000)
                : String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
