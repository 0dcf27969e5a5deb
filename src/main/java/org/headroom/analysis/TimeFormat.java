package org.headroom.analysis;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a position in a take can be written, as Audacity's time controls offer them:
 * clock time to the millisecond (the default, and what the reports print), whole seconds plus
 * the sample within the second, and SMPTE timecode at the common video rates. Every format
 * parses what it prints back to a sample position that prints the same.
 *
 * <p>Timecode names the video frame a sample falls in (it truncates, as a frame counter does);
 * clock time rounds to the nearest millisecond, so 59.9996 s reads 0:01:00.000.
 */
public enum TimeFormat {
    MILLISECONDS("h:mm:ss.mmm", null),
    SAMPLES("h:mm:ss+samples", null),
    SMPTE_24("SMPTE 24 fps", new SmpteRate(24, 1, false)),
    SMPTE_25("SMPTE 25 fps", new SmpteRate(25, 1, false)),
    SMPTE_2997_DROP("SMPTE 29.97 fps drop-frame", new SmpteRate(30_000, 1001, true)),
    SMPTE_30("SMPTE 30 fps", new SmpteRate(30, 1, false));

    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d\\d):(\\d\\d)\\.(\\d{3})");
    private static final Pattern PLUS = Pattern.compile("(\\d+):(\\d\\d):(\\d\\d)\\+(\\d+)");
    private static final String NONE = "\u2014";

    private final String label;
    /** null for the two clock formats */
    private final SmpteRate smpte;

    TimeFormat(String label, SmpteRate smpte) {
        this.label = label;
        this.smpte = smpte;
    }

    /** What a menu calls it: "h:mm:ss.mmm", "SMPTE 25 fps". */
    public String label() {
        return label;
    }

    public boolean isTimecode() {
        return smpte != null;
    }

    /** Sample {@code frame} at {@code rate} Hz in this format; a negative position is "—". */
    public String format(long frame, int rate) {
        if (frame < 0 || rate <= 0) return NONE;
        return switch (this) {
            // round half up in whole numbers, so a sample exactly half-way never rounds by a float's whim
            case MILLISECONDS -> millis(Math.floorDiv(frame * 2000 + rate, 2L * rate));
            case SAMPLES -> {
                long s = frame / rate;
                yield String.format(Locale.ROOT, "%d:%02d:%02d+%d", s / 3600, s / 60 % 60, s % 60, frame % rate);
            }
            default -> smpte.label(frame, rate);
        };
    }

    /** Seconds as h:mm:ss.mmm, rounded to the millisecond; undefined or negative → "—". */
    public static String clock(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) return NONE;
        return millis(Math.round(seconds * 1000.0));
    }

    private static String millis(long ms) {
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /** A 29.97 drop-frame count's label as a position in a plain 30 fps count. */
    static long dropFrameLabel(long count) {
        return SMPTE_2997_DROP.smpte.dropFrameLabel(count);
    }

    /**
     * The first sample at {@code rate} Hz that this format prints as {@code text}.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public long parse(String text, int rate) {
        String t = text.trim();
        switch (this) {
            case MILLISECONDS -> {
                Matcher m = matcher(CLOCK, t);
                long ms = seconds(m) * 1000 + Long.parseLong(m.group(4));
                // the first sample that rounds to this millisecond: ceil((ms - 0.5) * rate / 1000), in whole numbers
                return Math.max(0, Math.floorDiv((2 * ms - 1) * rate + 1999, 2000));
            }
            case SAMPLES -> {
                Matcher m = matcher(PLUS, t);
                long within = Long.parseLong(m.group(4));
                if (within >= rate) throw new IllegalArgumentException(text + ": " + within + " samples is a second or more at " + rate + " Hz");
                return seconds(m) * rate + within;
            }
            default -> {
                return smpte.firstSample(smpte.countOf(t), rate);
            }
        }
    }

    private static long seconds(Matcher m) {
        long mm = Long.parseLong(m.group(2));
        long ss = Long.parseLong(m.group(3));
        if (mm > 59 || ss > 59) throw new IllegalArgumentException(m.group() + ": minutes and seconds run 00 to 59");
        return Long.parseLong(m.group(1)) * 3600 + mm * 60 + ss;
    }

    private Matcher matcher(Pattern p, String t) {
        Matcher m = p.matcher(t);
        if (!m.matches()) throw new IllegalArgumentException("'" + t + "' is not a time in " + label + " format (like " + format(0, 48_000).replace(NONE, "0") + ")");
        return m;
    }

    /** The format with this {@link #name()}, as preferences keep it; an unknown name gives the default. */
    public static TimeFormat named(String name) {
        for (TimeFormat f : values()) {
            if (f.name().equals(name)) return f;
        }
        return MILLISECONDS;
    }
}
