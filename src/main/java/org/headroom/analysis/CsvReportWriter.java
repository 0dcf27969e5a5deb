package org.headroom.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.headroom.detect.Severity;

/**
 * Writes one row per file under a header row ({@link Csv}), for spreadsheets. Holds the
 * programme figures only; per-channel levels, events and findings' texts are in the JSON.
 * Undefined values are empty cells.
 */
public final class CsvReportWriter {
    public static final List<String> COLUMNS = List.of(
            "file", "container", "encoding", "sample_rate", "bits_per_sample", "channels", "frames",
            "duration_s", "bit_rate_kbps", "bit_rate_mode",
            "sample_peak_dbfs", "true_peak_dbtp", "rms_dbfs", "effective_bits",
            "integrated_lufs", "loudness_range_lu", "max_momentary_lufs", "max_short_term_lufs",
            "clip_rule", "clipped_samples", "clip_events",
            "noise_floor_dbfs", "snr_db", "hum_hz", "hum_dbfs", "wind", "hiss",
            "findings", "errors", "warnings", "preset", "preset_passed");

    private final Writer out;

    public CsvReportWriter(Writer out) {
        this.out = out;
    }

    public void writeHeader() throws IOException {
        writeRow(COLUMNS);
    }

    public void write(Report r) throws IOException {
        writeRow(cells(r));
    }

    static List<String> cells(Report r) {
        List<String> c = new ArrayList<>();
        c.add(r.file());
        Report.FormatInfo f = r.format();
        c.add(f == null ? "" : nz(f.container()));
        c.add(f == null ? "" : nz(f.encoding()));
        c.add(f == null ? "" : Integer.toString(f.sampleRate()));
        c.add(f == null || f.bitsPerSample() == null ? "" : f.bitsPerSample().toString());
        c.add(f == null ? "" : Integer.toString(f.channels()));
        c.add(f == null || f.frames() == null ? "" : f.frames().toString());
        c.add(f == null ? "" : Rounding.text(f.durationSeconds(), Rounding.SECONDS));
        c.add(f == null ? "" : Rounding.text(f.bitRateKbps(), Rounding.KBPS));
        c.add(f == null ? "" : nz(f.bitRateMode()));
        Report.Levels l = r.levels();
        c.add(l == null ? "" : db(l.samplePeakDbfs()));
        c.add(l == null ? "" : db(l.truePeakDbtp()));
        c.add(l == null ? "" : db(l.rmsDbfs()));
        c.add(l == null || l.effectiveBits() == null ? "" : l.effectiveBits().toString());
        Report.Loudness ld = r.loudness();
        c.add(ld == null ? "" : db(ld.integratedLufs()));
        c.add(ld == null ? "" : db(ld.loudnessRangeLu()));
        c.add(ld == null ? "" : db(ld.maxMomentaryLufs()));
        c.add(ld == null ? "" : db(ld.maxShortTermLufs()));
        Report.Clipping cl = r.clipping();
        c.add(cl == null ? "" : nz(cl.rule()));
        c.add(cl == null ? "" : Long.toString(cl.clippedSamples()));
        c.add(cl == null ? "" : Long.toString(cl.eventCount()));
        Report.Noise n = r.noise();
        c.add(n == null ? "" : db(n.noiseFloorDbfs()));
        c.add(n == null ? "" : db(n.snrDb()));
        c.add(n == null || n.hum() == null ? "" : Rounding.text(n.hum().frequencyHz(), Rounding.HZ));
        c.add(n == null || n.hum() == null ? "" : db(n.hum().levelDbfs()));
        c.add(n == null ? "" : Boolean.toString(n.wind()));
        c.add(n == null || n.hiss() == null ? "" : Boolean.toString(n.hiss()));
        c.add(Integer.toString(r.findings().size()));
        c.add(Long.toString(r.findings().stream().filter(x -> x.severity() == Severity.ERROR).count()));
        c.add(Long.toString(r.findings().stream().filter(x -> x.severity() == Severity.WARNING).count()));
        c.add(r.delivery() == null ? "" : r.delivery().preset());
        c.add(r.delivery() == null ? "" : Boolean.toString(r.delivery().passed()));
        return c;
    }

    private void writeRow(List<String> cells) throws IOException {
        out.write(Csv.row(cells));
        out.flush();
    }

    private static String db(Double v) {
        return Rounding.text(v, Rounding.DB);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
