package org.headroom.analysis;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headroom.detect.Finding;

/**
 * The QC log as CSV, in the one layout both {@code headroom monitor --log} (written as the take
 * runs) and the monitor window's Export CSV… use: one row per finding with its time in the take,
 * the time of day it happened, the input it came from, the channel (1-based, as people count
 * them; empty for all channels), its extent, value, rule and message. Rows are flushed one by one
 * so a crash loses nothing already logged; {@link #open} writes in place (not to a temporary
 * file) because, like the recording, the log must be readable while the take goes on. Undefined
 * values are empty cells.
 */
public final class QcLogWriter implements Closeable {
    public static final List<String> COLUMNS = List.of("take_time_s", "wall_clock", "input", "kind", "severity",
            "channel", "start_s", "end_s", "value", "rule", "message");
    /** Local time of day with its offset to UTC, to the millisecond: unambiguous across a time change. */
    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private final Writer out;
    private final Instant takeStart;
    private final String input;

    /**
     * Writes to {@code out}, header first.
     *
     * @param takeStart wall-clock time of take time 0
     * @param input     the input's name, for rows written with {@link #write(Finding)}
     */
    public QcLogWriter(Writer out, Instant takeStart, String input) throws IOException {
        this.out = out;
        this.takeStart = takeStart;
        this.input = input;
        row(COLUMNS);
    }

    /** Creates (or replaces) the log file and writes the header row. */
    public static QcLogWriter open(Path file, Instant takeStart, String input) throws IOException {
        return new QcLogWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), takeStart, input);
    }

    /** The wall-clock time of a moment of the take, to the millisecond: the QC log's time of day, everywhere. */
    public static Instant wallClock(Instant takeStart, double takeSeconds) {
        return takeStart.plusMillis(Math.round(takeSeconds * 1000));
    }

    /** A finding of this writer's input, at its own time in the take. */
    public void write(Finding f) throws IOException {
        write(f, wallClock(takeStart, f.startSeconds()), input);
    }

    /** A finding as a log that spans several inputs holds it: with the time of day and the input it came from. */
    public void write(Finding f, Instant wallClock, String inputName) throws IOException {
        row(cells(f.startSeconds(), wallClock, inputName, f.kind().name(), f.severity().name(),
                f.channelNumber() == null ? "" : f.channelNumber().toString(),
                f.startSeconds(), f.endSeconds(), f.value(), f.rule(), f.message()));
    }

    /** Something about the take that is not in the audio (low disk space): a row of its own kind. */
    public void writeEvent(double takeSeconds, String kind, String severity, double value, String rule, String message)
            throws IOException {
        row(cells(takeSeconds, wallClock(takeStart, takeSeconds), input, kind, severity, "", takeSeconds, takeSeconds,
                value, rule, message));
    }

    private static List<String> cells(double takeSeconds, Instant wallClock, String input, String kind, String severity,
                                      String channel, double start, double end, double value, String rule, String message) {
        List<String> c = new ArrayList<>(COLUMNS.size());
        c.add(number(takeSeconds));
        c.add(WALL.format(wallClock.atZone(ZoneId.systemDefault())));
        c.add(input);
        c.add(kind);
        c.add(severity);
        c.add(channel);
        c.add(number(start));
        c.add(number(end));
        c.add(number(value));
        c.add(rule);
        c.add(message);
        return c;
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "";
    }

    private void row(List<String> cells) throws IOException {
        out.write(Csv.row(cells));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
