package org.headroom.analysis.soundreport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.audio.PartFile;

/**
 * A whole report, as the command line and the window ask for it: find the takes, read them
 * (cache, parallel), write the HTML (and the CSV) atomically. Nothing is written when the run
 * is cancelled, except the cache, so the work done is not lost.
 */
public final class SoundReportJob {
    /**
     * @param paths    folders (walked) and files
     * @param html     the report to write
     * @param csv      the CSV to write too, or null
     * @param title    the report's title, or null for "Sound report — FOLDER"
     * @param settings the analysis settings (and delivery preset)
     * @param jobs     takes read at once
     * @param useCache false reads every take and leaves the cache alone
     */
    public record Request(List<Path> paths, Path html, Path csv, String title, AnalysisSettings settings, int jobs, boolean useCache) {
        public Request {
            paths = List.copyOf(paths);
        }
    }

    /** What was done: the report (null when cancelled) and how many takes came from the cache. */
    public record Outcome(SoundReport report, int takes, int fromCache, boolean cancelled) {
    }

    /** No takes at all under the paths given: a one-line message naming them. */
    public static final class NoTakesException extends IOException {
        private static final long serialVersionUID = 1L;

        NoTakesException(String message) {
            super(message);
        }
    }

    private SoundReportJob() {
    }

    public static Outcome run(Request request, TakeReader reader, SoundReportBuilder.Listener listener, BooleanSupplier cancelled)
            throws IOException {
        List<Path> files = TakeFinder.find(request.paths());
        if (files.isEmpty()) {
            throw new NoTakesException(String.join(", ", request.paths().stream().map(Path::toString).toList())
                    + ": no audio files (WAV, BWF, RF64, AIFF, FLAC, MP3, Ogg) found");
        }
        String version = version();
        ReportCache cache = request.useCache()
                ? ReportCache.load(ReportCache.beside(request.html()), SoundReportBuilder.fingerprint(request.settings(), version)) : null;
        SoundReportBuilder.Result result = new SoundReportBuilder(reader, request.settings(), request.jobs(), cache)
                .build(files, listener, cancelled);
        if (result.cancelled()) return new Outcome(null, result.rows().size(), result.fromCache(), true);
        SoundReport report = new SoundReport(title(request), ZonedDateTime.now(), request.paths().stream().map(Path::toString).toList(),
                result.rows());
        PartFile.writeText(request.html(), HtmlSoundReport.html(report, "Headroom " + version));
        if (request.csv() != null) PartFile.writeText(request.csv(), CsvSoundReport.csv(report));
        return new Outcome(report, result.rows().size(), result.fromCache(), false);
    }

    private static String title(Request r) {
        if (r.title() != null && !r.title().isBlank()) return r.title().strip();
        Path first = r.paths().get(0).toAbsolutePath().normalize();
        Path name = Files.isDirectory(first) ? first.getFileName() : first.getParent() == null ? null : first.getParent().getFileName();
        return name == null ? "Sound report" : "Sound report \u2014 " + name;
    }

    /** The jar's version, or "(development build)" when run from classes. */
    public static String version() {
        String v = SoundReportJob.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
