package org.headroom.analysis.soundreport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.headroom.analysis.AnalysisSettings;

/**
 * Reads a day's takes into report rows: from the cache when a take is unchanged, else through
 * the analysis, {@code jobs} takes at a time. The same code runs for {@code headroom report} and
 * the window's "Sound report for a folder…". Each analysis already reads ahead on a thread of
 * its own and meters on two lanes, so {@code jobs} = cores keeps the machine busy without
 * making every take wait on every other.
 */
public final class SoundReportBuilder {
    /** Told after each take, from the worker threads. */
    @FunctionalInterface
    public interface Listener {
        void taken(int done, int total, TakeRow row, boolean fromCache);
    }

    /** What a run gave: the rows in the order of the files, and how many came from the cache. */
    public record Result(List<TakeRow> rows, int fromCache, boolean cancelled) {
        public Result {
            rows = List.copyOf(rows);
        }
    }

    private final TakeAnalysis analysis;
    private final int jobs;
    private final ReportCache cache;

    /**
     * @param reader   the analysis of one file
     * @param settings clip rule, thresholds and the delivery preset
     * @param jobs     takes read at once, at least 1
     * @param cache    the cache to use and fill, or null to read everything
     */
    public SoundReportBuilder(TakeReader reader, AnalysisSettings settings, int jobs, ReportCache cache) {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        this.analysis = new TakeAnalysis(reader, settings);
        this.jobs = jobs;
        this.cache = cache;
    }

    /** What the cache's entries depend on besides the files: the version and every setting. */
    public static String fingerprint(AnalysisSettings s, String version) {
        return version + "|" + s.clipRun() + "|" + s.clipThresholdDbfs() + "|" + s.truePeakCeilingDbtp() + "|"
                + (s.preset() == null ? "-" : s.preset().name()) + "|" + s.detection();
    }

    /**
     * Reads every file; when {@code cancelled} turns true, takes not yet started are skipped (those
     * running finish) and the result says so. The cache is saved either way, so the work done is kept.
     */
    public Result build(List<Path> files, Listener listener, BooleanSupplier cancelled) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "report-take");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        AtomicInteger cached = new AtomicInteger();
        List<Future<TakeRow>> futures = new ArrayList<>();
        try {
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    if (cancelled.getAsBoolean()) return null;
                    boolean[] hit = {false};
                    TakeRow row = readOne(file, hit);
                    if (hit[0]) cached.incrementAndGet();
                    listener.taken(done.incrementAndGet(), files.size(), row, hit[0]);
                    return row;
                }));
            }
            List<TakeRow> rows = new ArrayList<>();
            boolean skipped = false;
            for (Future<TakeRow> f : futures) {
                TakeRow row = f.get();
                if (row == null) skipped = true;
                else rows.add(row);
            }
            if (cache != null) cache.save();
            return new Result(rows, cached.get(), skipped);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a take's reading failed outside its own error handling", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private TakeRow readOne(Path file, boolean[] hit) {
        ReportCache.Key key = null;
        if (cache != null) {
            try {
                key = ReportCache.Key.of(file);
                TakeRow row = cache.get(key);
                if (row != null) {
                    hit[0] = true;
                    // the cache keys by absolute path; the row shows the file as this run found it
                    return row.file().equals(file.toString()) ? row : TakeRow.parse(renamed(row.json(), file.toString()), row.trace());
                }
            } catch (IOException e) {
                key = null; // the analysis will say what is wrong with the file
            }
        }
        TakeRow row = analysis.read(file);
        if (key != null) cache.put(key, row);
        return row;
    }

    private static String renamed(String line, String file) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode) TakeJson.MAPPER.readTree(line);
        n.put("file", file);
        return TakeJson.MAPPER.writeValueAsString(n);
    }
}
