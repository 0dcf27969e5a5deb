package org.headroom.ui.common;

import java.util.Locale;

/** How numbers read on screen: a real minus sign, one decimal, "—" for anything undefined. */
public final class Readout {
    public static final String NONE = "\u2014";

    private Readout() {
    }

    /** One decimal, e.g. "−18.2"; "—" for null, NaN or silence (−∞). */
    public static String db(Double value) {
        if (value == null || !Double.isFinite(value)) return NONE;
        return minus(String.format(Locale.ROOT, "%.1f", value));
    }

    public static String db(double value) {
        return db(Double.valueOf(value));
    }

    public static String withUnit(Double value, String unit) {
        String text = db(value);
        return NONE.equals(text) ? text : text + " " + unit;
    }

    public static String signed(double value, int decimals) {
        if (!Double.isFinite(value)) return NONE;
        return minus(String.format(Locale.ROOT, "%+." + decimals + "f", value));
    }

    /** Take time as m:ss (or h:mm:ss past an hour), the way recorders show it. */
    public static String clock(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) return NONE;
        long s = (long) Math.floor(seconds);
        long h = s / 3600;
        long m = (s / 60) % 60;
        long sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }

    /** Take time with tenths: "1:02.4", for the QC log. */
    public static String takeTime(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) return NONE;
        long tenths = Math.round(seconds * 10);
        return clock(tenths / 10.0) + "." + (tenths % 10);
    }

    /** A recorder's take counter: "0:02:14", hours always shown so the width never jumps. */
    public static String hms(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) return "0:00:00";
        long s = (long) Math.floor(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /**
     * Recording time left on a disk as h:mm ("41:07"), as recorders show it; under ten minutes,
     * when every minute counts, in minutes and seconds ("9 min 40 s"); "—" when unknown.
     */
    public static String hoursMinutes(double seconds) {
        if (!Double.isFinite(seconds)) return NONE;
        if (seconds < 600) return org.headroom.audio.DiskSpaceWarnings.minutes(seconds);
        long m = (long) Math.floor(seconds / 60);
        return String.format(Locale.ROOT, "%d:%02d", m / 60, m % 60);
    }

    /**
     * The text with each negative number's hyphen-minus turned into a real minus sign ("−52 dBFS",
     * "(−3 dBA)"), and every other hyphen left a hyphen: "off-axis", "high-pass", "15-20 cm" and
     * "NC-15" are words, a range and a label, and a minus there reads as arithmetic. A hyphen is a
     * sign when a digit (or a point and a digit) follows and no letter or digit comes before it.
     */
    public static String minusSign(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c == '-' && isSign(text, i) ? '\u2212' : c);
        }
        return b.toString();
    }

    private static boolean isSign(String text, int at) {
        boolean numberFollows = at + 1 < text.length() && (Character.isDigit(text.charAt(at + 1))
                || text.charAt(at + 1) == '.' && at + 2 < text.length() && Character.isDigit(text.charAt(at + 2)));
        boolean wordBefore = at > 0 && Character.isLetterOrDigit(text.charAt(at - 1));
        return numberFollows && !wordBefore;
    }

    private static String minus(String text) {
        return text.replace('-', '\u2212');
    }
}
