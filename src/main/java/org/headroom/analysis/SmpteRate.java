package org.headroom.analysis;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SMPTE timecode rate: the real frame rate as a ratio (24000/1001 for "23.976") and whether
 * labels are counted drop-frame. The one place that turns sample positions into HH:MM:SS:FF
 * labels and back, for the editor's time display and the sound report alike.
 *
 * <p>Drop-frame skips the labels 00 and 01 (00–03 at 59.94) at the start of every minute that
 * is not a multiple of ten, so a 30 fps count keeps pace with 29.97 real frames; its labels
 * separate the frames with ';'.
 *
 * @param fpsNum    real frames per second, numerator
 * @param fpsDen    real frames per second, denominator (1 or 1001)
 * @param dropFrame whether labels are counted drop-frame (only for 30000/1001 and 60000/1001)
 */
public record SmpteRate(long fpsNum, long fpsDen, boolean dropFrame) {
    private static final Pattern LABEL = Pattern.compile("(\\d\\d+):(\\d\\d):(\\d\\d)([:;])(\\d\\d)");

    public SmpteRate {
        if (fpsNum <= 0 || fpsDen <= 0) throw new IllegalArgumentException("a frame rate must be positive: " + fpsNum + "/" + fpsDen);
        long nominal = (fpsNum + fpsDen - 1) / fpsDen;
        if (dropFrame && (fpsDen != 1001 || nominal % 30 != 0)) {
            throw new IllegalArgumentException("drop-frame exists only at 29.97 and 59.94 fps, not " + fpsNum + "/" + fpsDen);
        }
    }

    /** The nominal frames per second a label counts (30 for 29.97). */
    public int nominalFps() {
        return (int) ((fpsNum + fpsDen - 1) / fpsDen);
    }

    /** Labels skipped at each minute not divisible by ten: 2 at 29.97 DF, 4 at 59.94 DF, else 0. */
    private int dropped() {
        return dropFrame ? nominalFps() / 15 : 0;
    }

    /** The video frame (counted from 0, at the real rate) that holds sample {@code sample} at {@code sampleRate} Hz. */
    public long videoFrame(long sample, long sampleRate) {
        return Math.floorDiv(sample * fpsNum, sampleRate * fpsDen);
    }

    /** The first sample at {@code sampleRate} Hz inside video frame {@code count}: ceil(count × rate / fps). */
    public long firstSample(long count, long sampleRate) {
        return Math.floorDiv(count * sampleRate * fpsDen + fpsNum - 1, fpsNum);
    }

    /** Sample {@code sample} as HH:MM:SS:FF (HH:MM:SS;FF drop-frame); hours run past 23 rather than wrap. */
    public String label(long sample, long sampleRate) {
        return labelOf(videoFrame(sample, sampleRate));
    }

    /** Video frame {@code count} as its label. */
    public String labelOf(long count) {
        int fps = nominalFps();
        long c = dropFrame ? dropFrameLabel(count) : count;
        long ff = c % fps;
        long s = c / fps;
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%02d", s / 3600, s / 60 % 60, s % 60, dropFrame ? ';' : ':', ff);
    }

    /** A drop-frame count's label as a position in a plain nominal-rate count. */
    long dropFrameLabel(long count) {
        int drop = dropped();
        long perMinute = 60L * nominalFps() - drop;
        long perTen = 10 * perMinute + drop;
        long tens = count / perTen;
        long rest = count % perTen;
        long skipped = 9L * drop * tens;
        if (rest >= drop) skipped += drop * ((rest - drop) / perMinute);
        return count + skipped;
    }

    /**
     * The video frame a label names.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public long countOf(String text) {
        String t = text.trim();
        Matcher m = LABEL.matcher(t);
        if (!m.matches()) throw new IllegalArgumentException("'" + t + "' is not a timecode (like " + labelOf(0) + ")");
        long mm = Long.parseLong(m.group(2));
        long ss = Long.parseLong(m.group(3));
        if (mm > 59 || ss > 59) throw new IllegalArgumentException(m.group() + ": minutes and seconds run 00 to 59");
        int fps = nominalFps();
        long ff = Long.parseLong(m.group(5));
        if (ff >= fps) throw new IllegalArgumentException(t + ": frame " + ff + " does not exist at " + fps + " fps");
        if (dropFrame != m.group(4).equals(";")) {
            throw new IllegalArgumentException(t + ": " + (dropFrame ? "drop-frame timecode separates frames with ';'" : "only drop-frame timecode uses ';'"));
        }
        long label = (Long.parseLong(m.group(1)) * 3600 + mm * 60 + ss) * fps + ff;
        if (!dropFrame) return label;
        int drop = dropped();
        long minutes = label / (60L * fps);
        if (minutes % 10 != 0 && label % (60L * fps) < drop) {
            throw new IllegalArgumentException(t + ": drop-frame timecode skips frames " + (drop == 2 ? ";00 and ;01" : ";00 to ;03") + " at this minute");
        }
        return label - drop * (minutes - minutes / 10);
    }

    /** "25", "23.976", "29.97 DF": how a sound report names the rate. */
    public String describe() {
        String fps = fpsDen == 1 ? Long.toString(fpsNum)
                : new java.math.BigDecimal(fpsNum).divide(new java.math.BigDecimal(fpsDen), 3, java.math.RoundingMode.HALF_EVEN)
                        .stripTrailingZeros().toPlainString();
        return fps + (dropFrame ? " DF" : "");
    }
}
