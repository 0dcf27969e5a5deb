package org.headroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.headroom.analysis.DeliveryCheck;
import org.headroom.analysis.JsonReportWriter;
import org.headroom.analysis.Report;
import org.headroom.export.ExportResult;
import org.headroom.export.FormatCheck;
import org.headroom.preset.ExportPreset;

/** An export's outcome on stdout, as text for a person or one JSON object per line. */
interface ExportOutput {

    /** One export: what was written, the format check, the analysed file with its delivery check. */
    record Outcome(Path source, ExportResult result, ExportPreset preset, List<FormatCheck.Item> format, Report report,
                   boolean passed) {
    }

    void write(Outcome o);

    static ExportOutput text(PrintWriter out) {
        return o -> {
            out.printf(Locale.ROOT, "%s -> %s (%s)%n", o.source(), o.result().target(), o.preset().title());
            ExportResult.Normalisation n = o.result().normalisation();
            if (n != null) {
                out.printf(Locale.ROOT, "  normalised: measured %s LUFS, %s dBTP; gain %+.2f dB%s%n", num(n.measuredLufs()),
                        num(n.measuredTruePeakDbtp()), n.gainDb(),
                        n.limiterGainDb() < -0.005 ? String.format(Locale.ROOT, ", limiter down to %.2f dB", n.limiterGainDb()) : "");
                if (n.encodedLufs() != null) {
                    out.printf(Locale.ROOT, "  encoded: read back at %.2f LUFS%s%n", n.encodedLufs(), n.encoderCorrectionDb() == 0 ? ""
                            : String.format(Locale.ROOT, ", encoded again with %+.2f dB", n.encoderCorrectionDb()));
                }
            }
            if (o.result().dithered()) out.printf("  dithered: TPDF to %d bits%n", o.result().format().bitsPerSample());
            for (String note : o.result().notes()) out.printf("  note: %s%n", note);
            for (FormatCheck.Item i : o.format()) {
                out.printf(Locale.ROOT, "  %-28s %-22s %s%n", i.figure() + ": " + i.actual(), "(wants " + i.expected() + ")",
                        i.passed() ? "pass" : "FAIL");
            }
            DeliveryCheck d = o.report().delivery();
            if (d != null) {
                for (DeliveryCheck.Item i : d.items()) {
                    String measured = i.measured() == null ? "undefined" : String.format(Locale.ROOT, "%.2f %s", i.measured(), i.unit());
                    out.printf(Locale.ROOT, "  %-28s %-22s %s%n", i.label() + ": " + measured, "(" + limit(i) + ")",
                            i.status().name().toLowerCase(Locale.ROOT).replace("fail", "FAIL"));
                }
            }
            out.printf("  delivery check%s: %s%n", d == null ? " (format only)" : " against " + d.title(), o.passed() ? "PASS" : "FAIL");
            out.flush();
        };
    }

    static ExportOutput json(PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper();
        return o -> {
            ObjectNode root = mapper.createObjectNode();
            root.put("source", o.source().toString());
            root.put("target", o.result().target().toString());
            root.put("preset", o.preset().name());
            root.put("passed", o.passed());
            root.put("frames", o.result().frames());
            root.put("dithered", o.result().dithered());
            ArrayNode notes = root.putArray("notes");
            o.result().notes().forEach(notes::add);
            ExportResult.Normalisation n = o.result().normalisation();
            if (n == null) {
                root.putNull("normalisation");
            } else {
                ObjectNode nn = root.putObject("normalisation");
                putNumber(nn, "measuredLufs", n.measuredLufs());
                putNumber(nn, "measuredTruePeakDbtp", n.measuredTruePeakDbtp());
                nn.put("gainDb", n.gainDb());
                nn.put("limiterGainDb", n.limiterGainDb());
                nn.put("passes", n.passes());
                putNumber(nn, "encodedLufs", n.encodedLufs());
                nn.put("encoderCorrectionDb", n.encoderCorrectionDb());
            }
            ArrayNode format = root.putArray("format");
            for (FormatCheck.Item i : o.format()) {
                format.addObject().put("figure", i.figure()).put("expected", i.expected()).put("actual", i.actual()).put("passed", i.passed());
            }
            root.set("report", JsonReportWriter.toJson(o.report()));
            out.println(root.toString());
            out.flush();
        };
    }

    private static void putNumber(ObjectNode n, String name, Double v) {
        if (v == null) n.putNull(name);
        else n.put(name, v);
    }

    private static String num(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String limit(DeliveryCheck.Item i) {
        if (i.target() != null && i.min() != null) return String.format(Locale.ROOT, "%s ±%s", strip(i.target()), strip(i.max() - i.target()));
        if (i.target() != null) return "guide " + strip(i.target());
        if (i.min() != null) return strip(i.min()) + " to " + strip(i.max());
        return "≤ " + strip(i.max());
    }

    private static String strip(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
