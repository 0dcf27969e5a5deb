package org.headroom.analysis.soundreport;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.headroom.analysis.TimeFormat;

/**
 * The sound report as one self-contained HTML page: no script, no font, no image or style
 * fetched from anywhere, so it opens offline and can be mailed as it is. It prints on A4 or
 * Letter landscape (the paper is the printer's; the page only asks for landscape and margins
 * both sizes take), the column headings repeat on every page, and a take never splits across
 * pages. Marks carry a symbol as well as a colour (✖ error, ▲ warning, • note) so a black and
 * white print keeps them apart.
 */
public final class HtmlSoundReport {
    /** Findings listed under a take; the rest are counted ("and 12 more"), the JSON has them all. */
    static final int LISTED_FINDINGS = 12;
    private static final int COLUMNS = 15;
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

    private static final String STYLE = """
            @page { size: landscape; margin: 10mm; }
            * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font: 9pt/1.3 system-ui, "Segoe UI", Helvetica, Arial, sans-serif; color: #111; margin: 8mm; }
            @media print { body { margin: 0; } }
            h1 { font-size: 15pt; margin: 0 0 2pt; }
            dl.totals { display: flex; flex-wrap: wrap; gap: 2pt 14pt; margin: 4pt 0 6pt; }
            dl.totals div { display: flex; gap: 4pt; }
            dt { color: #555; } dd { margin: 0; font-weight: 600; }
            p.legend { color: #555; margin: 0 0 6pt; }
            table { border-collapse: collapse; width: 100%; }
            thead { display: table-header-group; }
            th, td { padding: 1.5pt 3pt; text-align: left; vertical-align: top; }
            thead th { border-bottom: 1pt solid #111; font-weight: 600; white-space: nowrap; }
            tbody.take { break-inside: avoid; page-break-inside: avoid; }
            tbody.take tr:last-child td { border-bottom: 0.5pt solid #bbb; }
            tbody.scene-head { break-after: avoid; page-break-after: avoid; }
            tr.scene th { font-size: 10.5pt; padding-top: 7pt; border-bottom: 0.75pt solid #111; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.tc, td.len { font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.file { overflow-wrap: anywhere; min-width: 24mm; max-width: 40mm; }
            td.format, td.tracks { max-width: 30mm; }
            td.problems { max-width: 45mm; }
            td.detail { padding: 0 3pt 3pt 12pt; color: #333; font-size: 8pt; }
            ul.findings { margin: 0; padding: 0; list-style: none; }
            ul.findings li { margin: 0; }
            .mark { white-space: nowrap; margin-right: 4pt; }
            .error { color: #b00000; } .warning { color: #8a5a00; } .info { color: #444; }
            .mark.error { font-weight: 700; }
            tbody.unreadable td { background: #fbecec; }
            .circled { font-weight: 700; }
            .flags { font-style: italic; }
            svg.picture { width: 40mm; height: 9mm; display: block; }
            svg .bg { fill: #f4f4f4; } svg .grid { stroke: #d6d6d6; stroke-width: 0.3; }
            svg .momentary { stroke: #9ab7d6; stroke-width: 1; }
            svg .short-term { fill: none; stroke: #1d4f91; stroke-width: 0.8; }
            svg .mark { stroke: #d00000; stroke-width: 0.7; }
            footer { margin-top: 8pt; color: #555; font-size: 8pt; }
            """;

    private HtmlSoundReport() {
    }

    /** The whole page. */
    public static String html(SoundReport report, String headroomVersion) {
        StringBuilder h = new StringBuilder(16_384 + report.rows().size() * 3_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(report.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(h, report);
        h.append("<table>\n<thead><tr>");
        for (String c : List.of("Scene", "Take", "\u25ef", "Start TC", "Length", "File", "Tape", "Format", "Tracks",
                "Peak dBFS", "True peak dBTP", "Loudness LUFS", "Floor dBFS", "Problems", "Loudness over the take")) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n");
        for (Map.Entry<String, List<TakeRow>> scene : report.byScene().entrySet()) {
            String name = scene.getKey().isEmpty() ? "No scene" : "Scene " + scene.getKey();
            int n = scene.getValue().size();
            h.append("<tbody class=\"scene-head\"><tr class=\"scene\"><th colspan=\"").append(COLUMNS).append("\">")
                    .append(esc(name)).append(" \u00b7 ").append(n).append(n == 1 ? " take" : " takes").append("</th></tr></tbody>\n");
            for (TakeRow r : scene.getValue()) take(h, r, report.shownName(r));
        }
        h.append("</table>\n<footer>Made by ").append(esc(headroomVersion))
                .append(". Start TC and finding times are the take's own timecode (bext TimeReference at the iXML or bext rate;")
                .append(" h:mm:ss.mmm is the time of day when the file gives no rate). Loudness as EBU R 128 / ITU-R BS.1770.</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, SoundReport report) {
        h.append("<header>\n<h1>").append(esc(report.title())).append("</h1>\n<dl class=\"totals\">");
        Map<String, String> totals = new LinkedHashMap<>();
        totals.put("Made", report.generated().format(MADE));
        totals.put(report.sources().size() == 1 ? "Folder" : "Folders", String.join(", ", report.sources()));
        TreeSet<String> projects = new TreeSet<>();
        TreeSet<String> dates = new TreeSet<>();
        for (TakeRow r : report.rows()) {
            if (r.meta() == null) continue;
            if (!r.meta().project().isEmpty()) projects.add(r.meta().project());
            if (!r.meta().date().isEmpty()) dates.add(r.meta().date());
        }
        if (!projects.isEmpty()) totals.put("Project", String.join(", ", projects));
        if (!dates.isEmpty()) totals.put("Recorded", dates.first().equals(dates.last()) ? dates.first() : dates.first() + " to " + dates.last());
        totals.put("Takes", Integer.toString(report.takes()));
        totals.put("Hours", hours(report.seconds()));
        totals.put("Takes with errors", Long.toString(report.takesWithErrors()));
        if (report.unreadable() > 0) totals.put("Unreadable", Long.toString(report.unreadable()));
        totals.forEach((k, v) -> h.append("<div class=\"total\" data-total=\"").append(esc(k)).append("\"><dt>").append(esc(k))
                .append("</dt><dd>").append(esc(v)).append("</dd></div>"));
        h.append("</dl>\n<p class=\"legend\"><span class=\"error\">\u2716 error</span> \u00b7 <span class=\"warning\">\u25b2 warning</span>")
                .append(" \u00b7 <span class=\"info\">\u2022 note</span> \u00b7 \u25ef circled take</p>\n</header>\n");
    }

    private static void take(StringBuilder h, TakeRow r, String shown) {
        TakeMetadata m = r.meta();
        h.append("<tbody class=\"take").append(r.readable() ? "" : " unreadable").append(r.hasErrors() ? " has-errors" : "")
                .append("\" data-file=\"").append(esc(r.file())).append("\">\n<tr class=\"take\">");
        if (m == null) {
            cells(h, "", "", "", "", "");
            h.append("<td class=\"file\">").append(esc(shown)).append("</td>");
            cells(h, "", "", "");
            h.append("<td class=\"num\"></td><td class=\"num\"></td><td class=\"num\"></td><td class=\"num\"></td>")
                    .append("<td class=\"problems\"><span class=\"mark error\">\u2716 unreadable</span></td><td></td>");
        } else {
            cell(h, "scene", m.scene());
            cell(h, "take-no", m.take());
            cell(h, "circled", m.circled() ? "\u25ef" : "");
            cell(h, "tc", m.startTimecode());
            cell(h, "len", r.seconds() == null ? "" : TimeFormat.clock(r.seconds()));
            h.append("<td class=\"file\">").append(esc(shown))
                    .append(r.unfinished() ? "<div class=\"unfinished warning\">unfinished recording, read as it is</div>" : "").append("</td>");
            cell(h, "tape", m.tape());
            cell(h, "format", r.format() + (r.sampleRate() > 0 ? ", " + khz(r.sampleRate()) : "") + ", " + r.channels() + " ch");
            cell(h, "tracks", String.join(", ", m.tracks()));
            num(h, "peak", r.samplePeakDbfs());
            num(h, "true-peak", r.truePeakDbtp());
            num(h, "loudness", r.integratedLufs());
            num(h, "floor", r.noiseFloorDbfs());
            h.append("<td class=\"problems\">");
            marks(h, r);
            h.append("</td><td class=\"picture\">").append(LoudnessSvg.of(r.trace(), markPositions(r))).append("</td>");
        }
        h.append("</tr>\n");
        detail(h, r);
        h.append("</tbody>\n");
    }

    /** One mark per kind of problem, the worst severity of that kind, with a count when there are several. */
    private static void marks(StringBuilder h, TakeRow r) {
        Map<String, String[]> byKind = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TakeRow.Item f : r.findings()) {
            String[] worst = byKind.get(f.kind());
            if (worst == null || rank(f.severity()) > rank(worst[0])) byKind.put(f.kind(), new String[] {f.severity()});
            counts.merge(f.kind(), 1, Integer::sum);
        }
        if (r.clipEvents() > 0 && !byKind.containsKey("CLIPPING")) {
            byKind.put("CLIPPING", new String[] {"ERROR"});
            counts.put("CLIPPING", (int) Math.min(Integer.MAX_VALUE, r.clipEvents()));
        }
        for (Map.Entry<String, String[]> e : byKind.entrySet()) {
            String sev = e.getValue()[0];
            int n = e.getKey().equals("CLIPPING") && r.clipEvents() > 0 ? (int) Math.min(Integer.MAX_VALUE, r.clipEvents()) : counts.get(e.getKey());
            h.append("<span class=\"mark ").append(cls(sev)).append("\" data-kind=\"").append(e.getKey()).append("\">")
                    .append(symbol(sev)).append(' ').append(esc(words(e.getKey()))).append(n > 1 ? " \u00d7" + n : "").append("</span> ");
        }
        if (byKind.isEmpty()) h.append("<span class=\"mark ok\">\u2714</span>");
    }

    private static void detail(StringBuilder h, TakeRow r) {
        List<String> lines = new ArrayList<>();
        h.append("<tr class=\"detail\"><td></td><td colspan=\"").append(COLUMNS - 1).append("\" class=\"detail\">");
        if (!r.readable()) {
            h.append("<span class=\"why error\">Could not be read: ").append(esc(r.error())).append("</span></td></tr>\n");
            return;
        }
        TakeMetadata m = r.meta();
        if (!m.flags().isEmpty()) lines.add("<span class=\"flags\">" + esc(String.join(", ", m.flags())) + "</span>");
        if (!m.notes().isEmpty()) lines.add("<span class=\"notes\">Notes: " + esc(m.notes()) + "</span>");
        if (!lines.isEmpty()) h.append("<div>").append(String.join(" \u00b7 ", lines)).append("</div>");
        if (!r.findings().isEmpty()) {
            h.append("<ul class=\"findings\">");
            int shown = Math.min(LISTED_FINDINGS, r.findings().size());
            for (TakeRow.Item f : r.findings().subList(0, shown)) {
                String at = f.timecode().isEmpty() ? TimeFormat.clock(f.startSeconds()) : f.timecode();
                h.append("<li class=\"").append(cls(f.severity())).append("\" data-kind=\"").append(f.kind()).append("\"><span class=\"tc\">")
                        .append(esc(at)).append("</span> ").append(symbol(f.severity())).append(' ').append(esc(words(f.kind())))
                        .append(f.channel() == null ? "" : " (track " + (f.channel() + 1) + trackName(m, f.channel()) + ")")
                        .append(": ").append(esc(f.message())).append("</li>");
            }
            if (r.findings().size() > shown) {
                h.append("<li class=\"more\">and ").append(r.findings().size() - shown).append(" more (all are in the --json output)</li>");
            }
            h.append("</ul>");
        }
        h.append("</td></tr>\n");
    }

    private static String trackName(TakeMetadata m, int channel) {
        return channel < m.tracks().size() && !m.tracks().get(channel).isEmpty() ? ", " + esc(m.tracks().get(channel)) : "";
    }

    private static List<Double> markPositions(TakeRow r) {
        List<Double> xs = new ArrayList<>();
        if (r.seconds() == null || r.seconds() <= 0) return xs;
        for (TakeRow.Item f : r.findings()) {
            if (!f.severity().equals("INFO")) xs.add(f.startSeconds() / r.seconds());
        }
        return xs;
    }

    private static void cells(StringBuilder h, String... values) {
        for (String v : values) h.append("<td>").append(esc(v)).append("</td>");
    }

    private static void cell(StringBuilder h, String cls, String value) {
        h.append("<td class=\"").append(cls).append("\">").append(esc(value)).append("</td>");
    }

    private static void num(StringBuilder h, String cls, Double value) {
        h.append("<td class=\"num ").append(cls).append("\">").append(value == null ? "\u2014" : oneDecimal(value)).append("</td>");
    }

    static String oneDecimal(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.equals("-0.0") ? "0.0" : s;
    }

    public static String hours(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    private static String khz(int rate) {
        return (rate % 1000 == 0 ? Integer.toString(rate / 1000) : String.format(Locale.ROOT, "%.1f", rate / 1000.0)) + " kHz";
    }

    /** CLIPPING → "clipping", TRUE_PEAK_OVER → "true peak over". */
    static String words(String kind) {
        return kind.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static int rank(String severity) {
        return switch (severity) {
            case "ERROR" -> 2;
            case "WARNING" -> 1;
            default -> 0;
        };
    }

    private static String cls(String severity) {
        return switch (severity) {
            case "ERROR" -> "error";
            case "WARNING" -> "warning";
            default -> "info";
        };
    }

    private static String symbol(String severity) {
        return switch (severity) {
            case "ERROR" -> "\u2716";
            case "WARNING" -> "\u25b2";
            default -> "\u2022";
        };
    }

    /** Text and attribute values: the five characters HTML gives a meaning to. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
