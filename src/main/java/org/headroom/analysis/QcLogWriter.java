package org.headroom.analysis;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.headroom.detect.Finding;

/**
 * The QC log of a take, written as it runs: one CSV row per finding with its time in the take
 * and the time of day it happened, flushed row by row so a crash loses nothing already logged.
 * Written in place (not to a temporary file): like the recording, it must be readable while the
 * take goes on. RFC 4180 quoting; empty cells for undefined values.
 */
public final class QcLogWriter implements Closeable {
    public static final List<String> COLUMNS = List.of("take_time_s", "wall_clock", "kind", "severity", "channel",
            "start_s", "end_s", "value", "rule", "message");
    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final BufferedWriter out;
    private final LocalDateTime takeStart;

    private QcLogWriter(BufferedWriter out, LocalDateTime takeStart) {
        this.out = out;
        this.takeStart = takeStart;
    }

    /** Creates (or replaces) the log and writes the header row. */
    public static QcLogWriter open(Path file, LocalDateTime takeStart) throws IOException {
        QcLogWriter w = new QcLogWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), takeStart);
        w.row(COLUMNS);
        return w;
    }

    /** A finding of the audio; the channel is 1-based here, as people count them, empty for all channels. */
    public void write(Finding f) throws IOException {
        row(List.of(number(f.startSeconds()), wallClock(f.startSeconds()), f.kind().name(), f.severity().name(),
                f.channel() == Finding.ALL_CHANNELS ? "" : Integer.toString(f.channel() + 1),
                number(f.startSeconds()), number(f.endSeconds()), number(f.value()), f.rule(), f.message()));
    }

    /** Something about the take that is not in the audio (low disk space): a row of its own kind. */
    public void writeEvent(double takeSeconds, String kind, String severity, double value, String rule, String message)
            throws IOException {
        row(List.of(number(takeSeconds), wallClock(takeSeconds), kind, severity, "", number(takeSeconds),
                number(takeSeconds), number(value), rule, message));
    }

    private String wallClock(double takeSeconds) {
        return takeStart.plusNanos(Math.round(takeSeconds * 1e9)).format(WALL);
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "";
    }

    private void row(List<String> cells) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) s.append(',');
            s.append(quote(cells.get(i)));
        }
        out.write(s.append("\r\n").toString());
        out.flush();
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return cell;
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
