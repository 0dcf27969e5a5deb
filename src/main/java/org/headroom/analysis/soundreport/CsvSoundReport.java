package org.headroom.analysis.soundreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.headroom.analysis.Csv;

/** The sound report as a spreadsheet: a header row, then one row per take in the report's order (scene, take). */
public final class CsvSoundReport {
    static final List<String> HEADER = List.of("scene", "take", "circled", "start_timecode", "timecode_rate", "duration_s", "file",
            "tape", "project", "date", "format", "sample_rate", "channels", "tracks", "sample_peak_dbfs", "true_peak_dbtp",
            "integrated_lufs", "noise_floor_dbfs", "clip_events", "errors", "warnings", "problems", "notes", "error");

    private CsvSoundReport() {
    }

    public static String csv(SoundReport report) {
        StringBuilder out = new StringBuilder(Csv.row(HEADER));
        for (List<TakeRow> scene : report.byScene().values()) {
            for (TakeRow r : scene) out.append(Csv.row(cells(r)));
        }
        return out.toString();
    }

    private static List<String> cells(TakeRow r) {
        List<String> c = new ArrayList<>();
        TakeMetadata m = r.meta();
        if (m == null) {
            for (int i = 0; i < HEADER.size() - 1; i++) c.add(HEADER.get(i).equals("file") ? r.file() : "");
            c.add(r.error());
            return c;
        }
        c.add(m.scene());
        c.add(m.take());
        c.add(m.circled() ? "yes" : "");
        c.add(m.startTimecode());
        c.add(m.rate() == null ? "" : m.rate().describe());
        c.add(r.seconds() == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", r.seconds()));
        c.add(r.file());
        c.add(m.tape());
        c.add(m.project());
        c.add(m.date());
        c.add(r.format());
        c.add(Integer.toString(r.sampleRate()));
        c.add(Integer.toString(r.channels()));
        c.add(String.join("; ", m.tracks()));
        c.add(number(r.samplePeakDbfs()));
        c.add(number(r.truePeakDbtp()));
        c.add(number(r.integratedLufs()));
        c.add(number(r.noiseFloorDbfs()));
        c.add(Long.toString(r.clipEvents()));
        c.add(Long.toString(r.findings().stream().filter(f -> f.severity().equals("ERROR")).count()));
        c.add(Long.toString(r.findings().stream().filter(f -> f.severity().equals("WARNING")).count()));
        Map<String, Integer> kinds = new TreeMap<>();
        r.findings().forEach(f -> kinds.merge(HtmlSoundReport.words(f.kind()), 1, Integer::sum));
        List<String> problems = new ArrayList<>();
        kinds.forEach((k, n) -> problems.add(n > 1 ? k + " x" + n : k));
        c.add(String.join("; ", problems));
        c.add(m.notes());
        c.add("");
        return c;
    }

    private static String number(Double v) {
        return v == null ? "" : HtmlSoundReport.oneDecimal(v);
    }
}
