package org.headroom.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.headroom.audio.SourceFormat;
import org.headroom.detect.Finding;

/**
 * Writes a report as a person reads a sound report: format, levels per channel, loudness,
 * clipping, noise, the delivery check and the findings with timecodes (h:mm:ss.mmm).
 * Channels are numbered from 1 here, as on a mixing desk; undefined values show as "—".
 */
public final class TextReportWriter {
    private static final int MAX_CLIP_EVENTS_SHOWN = 20;

    private final Writer out;

    public TextReportWriter(Writer out) {
        this.out = out;
    }

    public void write(Report r) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(r.file()).append('\n');
        format(b, r.format());
        levels(b, r.levels());
        loudness(b, r.loudness());
        clipping(b, r.clipping());
        noise(b, r.noise());
        metadata(b, r);
        delivery(b, r.delivery());
        findings(b, r.findings());
        b.append('\n');
        out.write(b.toString());
        out.flush();
    }

    private static void format(StringBuilder b, Report.FormatInfo f) {
        if (f == null) return;
        String bits = f.bitsPerSample() == null ? "lossy" : f.bitsPerSample() + "-bit";
        String frames = f.frames() == null ? "length unknown" : f.frames() + " frames";
        String rate = f.bitRateKbps() == null ? "—" : Rounding.fixed(f.bitRateKbps(), 0) + " kbit/s " + nz(f.bitRateMode());
        line(b, "Format", String.format(Locale.ROOT, "%s, %d Hz, %s, %d ch", SourceFormat.codecName(f.container(), f.encoding(), ", "),
                f.sampleRate(), bits, f.channels()));
        line(b, "Duration", time(f.durationSeconds()) + " (" + frames + ")");
        line(b, "Bit rate", rate);
    }

    private static void levels(StringBuilder b, Report.Levels l) {
        if (l == null) return;
        line(b, "Levels", String.format(Locale.ROOT, "%-8s %12s %12s %12s %10s", "", "sample peak", "true peak", "RMS", "DC offset"));
        for (int i = 0; i < l.channels().size(); i++) {
            Report.ChannelLevels c = l.channels().get(i);
            b.append(String.format(Locale.ROOT, "              %-8s %12s %12s %12s %10s\n", "ch " + (i + 1),
                    db(c.samplePeakDbfs(), "dBFS"), db(c.truePeakDbtp(), "dBTP"), db(c.rmsDbfs(), "dBFS"),
                    Rounding.fixed(c.dcOffset(), 4)));
        }
        b.append(String.format(Locale.ROOT, "              %-8s %12s %12s %12s\n", "all",
                db(l.samplePeakDbfs(), "dBFS"), db(l.truePeakDbtp(), "dBTP"), db(l.rmsDbfs(), "dBFS")));
        line(b, "Bit depth", l.effectiveBits() == null ? "—" : l.effectiveBits() + " effective bits");
    }

    private static void loudness(StringBuilder b, Report.Loudness l) {
        if (l == null) return;
        line(b, "Loudness", "integrated " + db(l.integratedLufs(), "LUFS") + ", range " + db(l.loudnessRangeLu(), "LU"));
        line(b, "", "max momentary " + db(l.maxMomentaryLufs(), "LUFS") + ", max short-term " + db(l.maxShortTermLufs(), "LUFS"));
    }

    private static void clipping(StringBuilder b, Report.Clipping c) {
        if (c == null) return;
        line(b, "Clipping", c.eventCount() == 0 ? "none (" + nz(c.rule()) + ")"
                : c.eventCount() + (c.eventCount() == 1 ? " event, " : " events, ") + c.clippedSamples() + " samples (" + nz(c.rule()) + ")");
        List<Report.ClipEventInfo> shown = c.events().subList(0, Math.min(MAX_CLIP_EVENTS_SHOWN, c.events().size()));
        for (Report.ClipEventInfo e : shown) {
            b.append(String.format(Locale.ROOT, "              %s  ch %d  %d samples  %s\n", Timecode.format(e.startSeconds()),
                    e.channel() + 1, e.lengthSamples(), e.polarity() == null ? "" : e.polarity().name().toLowerCase(Locale.ROOT)));
        }
        if (c.eventCount() > shown.size()) {
            b.append("              (the first ").append(shown.size()).append(" of ").append(c.eventCount()).append(" events; ")
                    .append(c.listIsPartial() ? "--json lists the first " + c.events().size() : "--json lists them all").append(")\n");
        }
    }

    private static void noise(StringBuilder b, Report.Noise n) {
        if (n == null) return;
        String hum = n.hum() == null ? "no hum"
                : "hum " + Rounding.fixed(n.hum().frequencyHz(), 1) + " Hz at " + db(n.hum().levelDbfs(), "dBFS");
        line(b, "Noise", "floor " + db(n.noiseFloorDbfs(), "dBFS") + ", SNR " + db(n.snrDb(), "dB") + ", " + hum
                + ", wind " + yesNo(n.wind()) + ", hiss " + (n.hiss() == null ? "not measured (nothing above 4 kHz at this sample rate)" : yesNo(n.hiss())));
    }

    private static void metadata(StringBuilder b, Report r) {
        r.metadata().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> line(b, "Metadata", e.getKey() + ": " + e.getValue()));
    }

    private static void delivery(StringBuilder b, DeliveryCheck d) {
        if (d == null) return;
        line(b, "Delivery", d.title() + " (" + d.preset() + "): " + (d.passed() ? "PASS" : "FAIL"));
        for (DeliveryCheck.Item i : d.items()) {
            b.append(String.format(Locale.ROOT, "              %-5s %-26s %14s   %s\n", i.status().name(), i.label(),
                    db(i.measured(), i.unit()), PresetChecker.describeLimit(i)));
        }
    }

    private static void findings(StringBuilder b, List<Finding> findings) {
        line(b, "Findings", findings.isEmpty() ? "none" : Integer.toString(findings.size()));
        for (Finding f : findings) {
            String where = f.channel() == Finding.ALL_CHANNELS ? "all " : "ch " + (f.channel() + 1);
            b.append(String.format(Locale.ROOT, "              %-7s %s–%s  %-4s  %s: %s\n", f.severity().name(),
                    Timecode.format(f.startSeconds()), Timecode.format(f.endSeconds()), where, f.kind().name(), f.message()));
        }
    }

    private static void line(StringBuilder b, String label, String text) {
        b.append(String.format(Locale.ROOT, "  %-11s %s\n", label, text));
    }

    private static String db(Double v, String unit) {
        return v == null ? "—" : Rounding.fixed(v, Rounding.DB) + " " + unit;
    }

    private static String time(Double seconds) {
        return seconds == null ? "—" : Timecode.format(seconds);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
