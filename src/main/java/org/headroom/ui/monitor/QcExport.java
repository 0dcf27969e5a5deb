package org.headroom.ui.monitor;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.headroom.analysis.QcLogWriter;
import org.headroom.audio.PartFile;
import org.headroom.detect.Finding;
import org.headroom.ui.common.Readout;

/**
 * Writes the QC log as CSV (a spreadsheet), JSON (other tools) or a printable HTML sound
 * report. Atomic: written to a temporary file in the target folder, renamed into place only
 * when complete, so a crash never leaves half a report under the real name. Runs off the EDT.
 */
enum QcExport {
    CSV("csv", "CSV spreadsheet"),
    JSON("json", "JSON"),
    HTML("html", "HTML sound report");

    final String extension;
    final String description;

    QcExport(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    void write(QcReport report, Path target) throws IOException {
        PartFile part = PartFile.create(target);
        try {
            try (Writer out = Files.newBufferedWriter(part.temp(), StandardCharsets.UTF_8)) {
                switch (this) {
                    case CSV -> csv(report, out);
                    case JSON -> json(report, out);
                    case HTML -> html(report, out);
                }
            }
            part.commit();
        } finally {
            part.abort();
        }
    }

    /** The layout of {@code headroom monitor --log}: one QC log, one CSV layout. */
    private static void csv(QcReport r, Writer out) throws IOException {
        QcLogWriter log = new QcLogWriter(out, r.exported(), r.input());
        for (QcRow row : r.rows()) log.write(row.finding(), row.wallClock(), row.input());
    }

    private static void json(QcReport r, Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("exported", r.exported().toString());
        root.put("input", r.input());
        root.put("format", r.format());
        root.put("preset", r.preset());
        root.put("takeSeconds", r.takeSeconds());
        root.put("integratedLufs", r.integratedLufs());
        root.put("loudnessRangeLu", r.rangeLu());
        root.put("truePeakDbtp", r.truePeakDbtp());
        root.put("noiseFloorDbfs", r.noiseFloorDbfs());
        List<Map<String, Object>> findings = new java.util.ArrayList<>();
        for (QcRow row : r.rows()) {
            Finding f = row.finding();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("wallClock", row.wallClock().toString());
            m.put("startSeconds", f.startSeconds());
            m.put("endSeconds", f.endSeconds());
            m.put("input", row.input());
            m.put("channel", f.channelNumber());
            m.put("kind", f.kind().name());
            m.put("severity", f.severity().name());
            m.put("value", Double.isFinite(f.value()) ? f.value() : null);
            m.put("rule", f.rule());
            m.put("message", f.message());
            findings.add(m);
        }
        root.put("findings", findings);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, root);
    }

    private static void html(QcReport r, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Sound report \u2014 "
                + esc(r.input()) + "</title>\n<style>\n"
                + "body{font:11pt/1.4 'DejaVu Sans',Helvetica,Arial,sans-serif;margin:2em;color:#1b1f24}\n"
                + "h1{font-size:16pt;margin:0 0 .2em}p.sub{color:#5f6b78;margin:0 0 1.2em}\n"
                + "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;"
                + "border-bottom:1px solid #d5dae0;vertical-align:top}th{background:#f1f3f5}\n"
                + "dl{display:grid;grid-template-columns:max-content auto;gap:2px 16px;margin:0 0 1.5em}"
                + "dt{color:#5f6b78}dd{margin:0}\n.ERROR{color:#b3261e;font-weight:bold}.WARNING{color:#8a6100}\n"
                + "@media print{body{margin:0}th{background:none}tr{page-break-inside:avoid}}\n"
                + "</style></head><body>\n<h1>Sound report</h1>\n<p class=\"sub\">Headroom QC log, exported "
                + esc(r.exported().toString()) + "</p>\n<dl>\n");
        String[][] facts = {{"Input", r.input()}, {"Format", r.format()}, {"Delivery", r.preset()},
                {"Take length", Readout.clock(r.takeSeconds())}, {"Integrated loudness", Readout.withUnit(r.integratedLufs(), "LUFS")},
                {"Loudness range", Readout.withUnit(r.rangeLu(), "LU")},
                {"True peak max", Readout.withUnit(r.truePeakDbtp(), "dBTP")},
                {"Noise floor", Readout.withUnit(r.noiseFloorDbfs(), "dBFS")}, {"Findings", String.valueOf(r.rows().size())}};
        for (String[] f : facts) out.write("<dt>" + esc(f[0]) + "</dt><dd>" + esc(f[1]) + "</dd>\n");
        out.write("</dl>\n<table>\n<thead><tr><th>Time</th><th>Take</th><th>Ch</th><th>Severity</th><th>What</th>"
                + "<th>Rule</th><th>Message</th></tr></thead>\n<tbody>\n");
        for (QcRow row : r.rows()) {
            Finding f = row.finding();
            out.write("<tr><td>" + esc(QcLogModel.clock(row.wallClock())) + "</td><td>"
                    + esc(Readout.takeTime(f.startSeconds())) + "</td><td>" + esc(row.channel())
                    + "</td><td class=\"" + f.severity() + "\">" + f.severity() + "</td><td>" + esc(row.kindText())
                    + "</td><td>" + esc(f.rule()) + "</td><td>" + esc(f.message()) + "</td></tr>\n");
        }
        if (r.rows().isEmpty()) out.write("<tr><td colspan=\"7\">Nothing found.</td></tr>\n");
        out.write("</tbody></table>\n</body></html>\n");
    }

    private static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
