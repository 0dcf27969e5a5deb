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
    MILLISECONDS("h:mm:ss.mmm", 0, 1),
    SAMPLES("h:mm:ss+samples", 0, 1),
    SMPTE_24("SMPTE 24 fps", 24, 1),
    SMPTE_25("SMPTE 25 fps", 25, 1),
    SMPTE_2997_DROP("SMPTE 29.97 fps drop-frame", 30_000, 1001),
    SMPTE_30("SMPTE 30 fps", 30, 1);

    /** Frames a drop-frame count skips at each minute not divisible by ten. */
    private static final int DROPPED = 2;
    private static final int DF_FRAMES_PER_MINUTE = 60 * 30 - DROPPED;
    private static final int DF_FRAMES_PER_TEN_MINUTES = 10 * DF_FRAMES_PER_MINUTE + DROPPED;
    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d\\d):(\\d\\d)\\.(\\d{3})");
    private static final Pattern PLUS = Pattern.compile("(\\d+):(\\d\\d):(\\d\\d)\\+(\\d+)");
    private static final Pattern SMPTE = Pattern.compile("(\\d\\d+):(\\d\\d):(\\d\\d)([:;])(\\d\\d)");
    private static final String NONE = "\u2014";

    private final String label;
    private final long fpsNum;
    private final long fpsDen;

    TimeFormat(String label, long fpsNum, long fpsDen) {
        this.label = label;
        this.fpsNum = fpsNum;
        this.fpsDen = fpsDen;
    }

    /** What a menu calls it: "h:mm:ss.mmm", "SMPTE 25 fps". */
    public String label() {
        return label;
    }

    public boolean isTimecode() {
        return fpsNum > 0;
    }

    /** The nominal frames per second a timecode counts (30 for 29.97 drop-frame). */
    private int nominalFps() {
        return (int) ((fpsNum + fpsDen - 1) / fpsDen);
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
            default -> timecode(videoFrame(frame, rate));
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

    /** The video frame (counted from 0, at the real rate) that holds sample {@code frame}. */
    private long videoFrame(long frame, int rate) {
        return Math.floorDiv(frame * fpsNum, rate * fpsDen);
    }

    private String timecode(long count) {
        int fps = nominalFps();
        char sep = ':';
        if (this == SMPTE_2997_DROP) {
            count = dropFrameLabel(count);
            sep = ';';
        }
        long ff = count % fps;
        long s = count / fps;
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%02d", s / 3600, s / 60 % 60, s % 60, sep, ff);
    }

    /**
     * Drop-frame counting skips labels ;00 and ;01 at the start of every minute except each
     * tenth, so the 30 fps labels keep pace with 29.97 real frames. Returns the label's position
     * in a plain 30 fps count.
     */
    static long dropFrameLabel(long count) {
        long tens = count / DF_FRAMES_PER_TEN_MINUTES;
        long rest = count % DF_FRAMES_PER_TEN_MINUTES;
        long skipped = 9 * DROPPED * tens;
        if (rest >= DROPPED) skipped += DROPPED * ((rest - DROPPED) / DF_FRAMES_PER_MINUTE);
        return count + skipped;
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
                long count = frameCount(t);
                // the first sample whose video frame is `count`: ceil(count * rate / fps)
                return Math.floorDiv(count * rate * fpsDen + fpsNum - 1, fpsNum);
            }
        }
    }

    private long frameCount(String t) {
        Matcher m = matcher(SMPTE, t);
        int fps = nominalFps();
        long ff = Long.parseLong(m.group(5));
        if (ff >= fps) throw new IllegalArgumentException(t + ": frame " + ff + " does not exist at " + fps + " fps");
        boolean drop = this == SMPTE_2997_DROP;
        if (drop != m.group(4).equals(";")) {
            throw new IllegalArgumentException(t + ": " + (drop ? "drop-frame timecode separates frames with ';'" : "only drop-frame timecode uses ';'"));
        }
        long label = seconds(m) * fps + ff;
        if (!drop) return label;
        long minutes = label / (60 * 30);
        if (minutes % 10 != 0 && label % (60 * 30) < DROPPED) {
            throw new IllegalArgumentException(t + ": drop-frame timecode skips frames ;00 and ;01 at this minute");
        }
        return label - DROPPED * (minutes - minutes / 10);
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
