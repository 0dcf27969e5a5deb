package org.headroom.analysis.soundreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.headroom.analysis.SmpteRate;
import org.headroom.analysis.TimeFormat;
import org.headroom.audio.BextDescription;

/**
 * What a take says about itself, read from its BWF metadata the way field recorders write it:
 * iXML first (UTF-8, no length limits), then the bext Description's {@code xKEY=value} lines
 * (Sound Devices' and Headroom's {@code s} prefix, Zoom's {@code z}), then bext's own fields.
 * Empty strings mean "not given".
 *
 * @param project          iXML PROJECT or bext PROJECT
 * @param scene            iXML SCENE or bext SCENE
 * @param take             iXML TAKE or bext TAKE
 * @param circled          iXML CIRCLED or bext CIRCLED = TRUE
 * @param tape             iXML TAPE or bext TAPE (the roll / card name)
 * @param notes            iXML NOTE or bext NOTE
 * @param date             bext OriginationDate as yyyy-MM-dd
 * @param tracks           track names in channel order ("" for a channel without a name)
 * @param flags            "no good", "false start", "wild track" when the recorder marked them
 * @param rate             the timecode rate, null when the file does not say
 * @param startSample      bext TimeReference (else iXML's timestamp), samples since midnight; -1 when absent
 * @param timestampRate    the rate startSample counts in (iXML TIMESTAMP_SAMPLE_RATE, else the file's)
 */
public record TakeMetadata(String project, String scene, String take, boolean circled, String tape, String notes,
                           String date, List<String> tracks, List<String> flags, SmpteRate rate, long startSample,
                           long timestampRate) {
    private static final Pattern SPEED = Pattern.compile("0*(\\d+(?:\\.\\d+)?)\\s*-?\\s*(DF|ND|NDF)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATIO = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-:/.](\\d{2})[-:/.](\\d{2})");

    public TakeMetadata {
        tracks = List.copyOf(tracks);
        flags = List.copyOf(flags);
    }

    /** Reads the metadata map a {@link org.headroom.analysis.Report} carries; {@code fileRate} is the audio's sample rate. */
    public static TakeMetadata of(Map<String, String> m, int fileRate, int channels) {
        BextDescription bext = BextDescription.parse(m.getOrDefault("bext.description", ""));
        String scene = first(m.get("ixml.SCENE"), bext.field("SCENE"));
        String take = first(m.get("ixml.TAKE"), bext.field("TAKE"));
        boolean circled = isTrue(first(m.get("ixml.CIRCLED"), bext.field("CIRCLED")));
        List<String> flags = new ArrayList<>();
        if (isTrue(m.get("ixml.NO_GOOD"))) flags.add("no good");
        if (isTrue(m.get("ixml.FALSE_START"))) flags.add("false start");
        if (isTrue(m.get("ixml.WILD_TRACK"))) flags.add("wild track");
        long tsRate = parseLong(m.get("ixml.SPEED.TIMESTAMP_SAMPLE_RATE"), fileRate);
        long start = startSample(m);
        return new TakeMetadata(first(m.get("ixml.PROJECT"), bext.field("PROJECT")), scene, take, circled,
                first(m.get("ixml.TAPE"), bext.field("TAPE")), first(m.get("ixml.NOTE"), bext.field("NOTE")),
                date(m.getOrDefault("bext.originationDate", "")), tracks(m, bext, channels), flags,
                rate(m, bext), start, tsRate > 0 ? tsRate : fileRate);
    }

    /**
     * The file's start timecode; without a timecode rate, the time of day to the millisecond
     * (h:mm:ss.mmm, which cannot be mistaken for a timecode); "" without a time reference.
     */
    public String startTimecode() {
        return timecodeAt(0, timestampRate);
    }

    /**
     * The take's own timecode at {@code frame} samples (at {@code fileRate}) from its start, or
     * "" without a time reference and rate. The start is converted to the file's rate first, so a
     * timestamp counted at another rate (pull-up/down) still lands on the right frame.
     */
    public String timecodeAt(long frame, long fileRate) {
        if (startSample < 0 || fileRate <= 0) return "";
        long start = timestampRate == fileRate ? startSample : Math.round((double) startSample * fileRate / timestampRate);
        return rate == null ? TimeFormat.clock((double) (start + frame) / fileRate) : rate.label(start + frame, fileRate);
    }

    private static long startSample(Map<String, String> m) {
        String bext = m.get("bext.timeReference");
        if (bext != null) return parseLong(bext, -1);
        String hi = m.get("ixml.SPEED.TIMESTAMP_SAMPLES_SINCE_MIDNIGHT_HI");
        String lo = m.get("ixml.SPEED.TIMESTAMP_SAMPLES_SINCE_MIDNIGHT_LO");
        if (hi == null && lo == null) return -1;
        long h = parseLong(hi, 0);
        long l = parseLong(lo, -1);
        return l < 0 || h < 0 ? -1 : (h << 32) + l;
    }

    /** iXML TIMECODE_RATE ("30000/1001") and TIMECODE_FLAG ("DF"/"NDF"); else bext SPEED ("029.970-DF", "25.000ND"). */
    static SmpteRate rate(Map<String, String> m, BextDescription bext) {
        String ratio = first(m.get("ixml.SPEED.TIMECODE_RATE"), "");
        if (!ratio.isEmpty()) {
            String flag = m.getOrDefault("ixml.SPEED.TIMECODE_FLAG", "");
            SmpteRate r = fromRatio(ratio, flag.equalsIgnoreCase("DF"));
            if (r != null) return r;
        }
        Matcher s = SPEED.matcher(bext.field("SPEED"));
        if (!s.matches()) return null;
        return fromDecimal(s.group(1), "DF".equalsIgnoreCase(s.group(2)));
    }

    static SmpteRate fromRatio(String text, boolean drop) {
        Matcher r = RATIO.matcher(text.strip());
        if (!r.matches()) return fromDecimal(text.strip(), drop);
        try {
            return new SmpteRate(Long.parseLong(r.group(1)), Long.parseLong(r.group(2)), drop);
        } catch (IllegalArgumentException e) {
            return null; // drop-frame at a rate that has none, or a zero: the file says nothing usable
        }
    }

    /** "23.976" → 24000/1001, "29.97" → 30000/1001, "25" → 25/1: the NTSC rates are written rounded. */
    static SmpteRate fromDecimal(String text, boolean drop) {
        double fps;
        try {
            fps = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
        if (!(fps > 0 && fps < 1000)) return null;
        long whole = Math.round(fps);
        boolean ntsc = Math.abs(fps - whole) > 0.005 && Math.abs(fps - whole * 1000.0 / 1001) < 0.01;
        try {
            return ntsc ? new SmpteRate(whole * 1000, 1001, drop) : new SmpteRate(whole, 1, drop);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** iXML's names by channel index, else bext's TRK1..TRKn; as many entries as the file has channels. */
    private static List<String> tracks(Map<String, String> m, BextDescription bext, int channels) {
        List<String> names = new ArrayList<>();
        boolean any = false;
        for (int c = 1; c <= Math.max(channels, 0); c++) {
            String name = first(m.get("ixml.TRACK." + c + ".NAME"), bext.field("TRK" + c));
            any |= !name.isEmpty();
            names.add(name);
        }
        return any ? names : List.of();
    }

    private static String date(String bextDate) {
        Matcher d = DATE.matcher(bextDate.strip());
        return d.matches() ? d.group(1) + "-" + d.group(2) + "-" + d.group(3) : bextDate.strip();
    }

    private static boolean isTrue(String v) {
        return v != null && (v.strip().equalsIgnoreCase("TRUE") || v.strip().equals("1") || v.strip().equalsIgnoreCase("YES"));
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b == null ? "" : b.strip();
    }

    private static long parseLong(String s, long otherwise) {
        if (s == null) return otherwise;
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
