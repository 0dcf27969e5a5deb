package org.headroom.analysis;

import org.headroom.audio.PartFile;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the loudness trace as CSV {@code time_s,momentary_lufs,short_term_lufs}, one row per
 * log step, {@code time_s} the end of the window, an empty cell where a value is undefined.
 *
 * <p>Rows go to a temporary file in the target's folder and are renamed into place only by
 * {@link #commit()}, so a failed or interrupted analysis never leaves half a log behind, and
 * an old log is replaced in one step.
 */
public final class LoudnessLogWriter implements LoudnessLogSink, Closeable {
    /** The analysis reports loudness every 10 ms; a log step is a whole number of these. */
    public static final double BASE_STEP_SECONDS = 0.01;
    public static final String HEADER = "time_s,momentary_lufs,short_term_lufs";

    private final PartFile part;
    private final BufferedWriter out;
    private final int every;
    private long count;
    private IOException failure;
    private boolean done;

    private LoudnessLogWriter(PartFile part, BufferedWriter out, int every) {
        this.part = part;
        this.out = out;
        this.every = every;
    }

    /** @param every keep every k-th 10 ms step (1 = all) */
    public static LoudnessLogWriter open(Path target, int every) throws IOException {
        if (every < 1) throw new IllegalArgumentException("step multiple must be at least 1: " + every);
        PartFile part = PartFile.create(target);
        BufferedWriter out = Files.newBufferedWriter(part.temp(), StandardCharsets.UTF_8);
        out.write(HEADER);
        out.write('\n');
        return new LoudnessLogWriter(part, out, every);
    }

    /**
     * How many 10 ms steps one log step spans.
     *
     * @throws IllegalArgumentException when the step is not a positive multiple of 0.01 s
     */
    public static int stepsFor(double logStepSeconds) {
        double k = logStepSeconds / BASE_STEP_SECONDS;
        long rounded = Math.round(k);
        if (!(logStepSeconds > 0) || rounded < 1 || Math.abs(k - rounded) > 1e-6 || rounded > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("log step must be a positive multiple of 0.01 s: " + logStepSeconds);
        }
        return (int) rounded;
    }

    @Override
    public void step(double endSeconds, double momentaryLufs, double shortTermLufs) {
        count++;
        if (failure != null || done || count % every != 0) return;
        try {
            out.write(String.format(Locale.ROOT, "%.2f,%s,%s\n", endSeconds, cell(momentaryLufs), cell(shortTermLufs)));
        } catch (IOException e) {
            failure = e; // the sink interface cannot throw; reported by commit()
        }
    }

    private static String cell(double lufs) {
        return Double.isFinite(lufs) ? Rounding.text(lufs, Rounding.DB) : "";
    }

    /** Finishes the file and moves it over the target in one step. */
    public void commit() throws IOException {
        if (done) return;
        done = true;
        try {
            out.close();
            if (failure != null) throw failure;
            part.commit();
        } finally {
            part.abort();
        }
    }

    /** Without a commit, throws the rows away: the target is left as it was. */
    @Override
    public void close() throws IOException {
        if (done) return;
        done = true;
        try {
            out.close();
        } finally {
            part.abort();
        }
    }

    public Path target() {
        return part.target();
    }
}
