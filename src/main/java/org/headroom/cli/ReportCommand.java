package org.headroom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.FileProblems;
import org.headroom.analysis.soundreport.HtmlSoundReport;
import org.headroom.analysis.soundreport.SoundReport;
import org.headroom.analysis.soundreport.SoundReportJob;
import org.headroom.analysis.soundreport.TakeRow;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code headroom report}: the day's sound report for a folder of takes. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the day's sound report for folders of takes: scene, take, circled, timecode, tracks, "
                + "notes and what the analysis found, as one self-contained HTML page (and CSV, JSON Lines).",
                "Exit status: 0 every take read, 2 usage error, 3 a take (or the report) could not be read or written."},
        footer = {"", "Folders are walked recursively for audio files; hidden files are left out; unfinished "
                + "NAME.wav.recording takes are read as they are (never repaired). Results are cached in "
                + "REPORT.html.cache, so a second run reads only new or changed takes."})
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders of takes, or audio files.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT.html", required = true, description = "The HTML report to write.")
    Path output;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write one CSV row per take.")
    Path csv;

    @Option(names = "--json", description = "Also print one JSON object per take on stdout (JSON Lines: analyze's fields plus metadata and timecode).")
    boolean json;

    @Option(names = "--preset", paramLabel = "NAME", description = "Check every take against a delivery preset.")
    String preset;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title (default: Sound report — FOLDER).")
    String title;

    @Option(names = "--jobs", paramLabel = "N", description = "Takes read at once (default: the number of cores, here ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-cache", description = "Read every take again, ignoring and keeping the cache as it is.")
    boolean noCache;

    @Spec
    CommandSpec spec;

    private final CliContext ctx;

    ReportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (jobs < 1 || jobs > 256) throw usage("--jobs must be between 1 and 256, not " + jobs);
        for (Path target : csv == null ? List.of(output) : List.of(output, csv)) {
            if (Files.isDirectory(target)) throw usage(target + " is a folder; give the file to write");
        }
        for (Path target : csv == null ? List.of(output) : List.of(output, csv)) {
            Path folder = target.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                ctx.err().println("headroom: " + target + ": cannot write the report (no such folder: " + folder + ")");
                return ExitCode.UNREADABLE;
            }
        }
        AnalysisSettings settings;
        try {
            PresetLoader loader = ctx.presets().get();
            settings = AnalysisSettings.of(loader.analysisDefaults(), preset == null ? null : loader.delivery(preset));
        } catch (PresetException e) {
            ctx.err().println("headroom: " + e.getMessage());
            return ExitCode.USAGE;
        }
        ProgressLine progress = ctx.errIsTerminal() ? new ProgressLine(ctx.err(), "report", System::nanoTime) : null;
        SoundReportJob.Outcome outcome;
        try {
            outcome = SoundReportJob.run(new SoundReportJob.Request(paths, output, csv, title, settings, jobs, !noCache),
                    ctx.analysis()::analyze, (done, total, row, cached) -> {
                        synchronized (this) {
                            if (progress != null) progress.progress(done, total);
                        }
                    }, () -> false);
        } catch (SoundReportJob.NoTakesException e) {
            ctx.err().println("headroom: " + e.getMessage());
            return ExitCode.UNREADABLE;
        } catch (IOException e) {
            ctx.err().println("headroom: " + output + ": cannot write the report (" + FileProblems.describe(e) + ")");
            return ExitCode.UNREADABLE;
        } finally {
            if (progress != null) progress.clear();
        }
        return finish(outcome.report(), outcome.fromCache());
    }

    private int finish(SoundReport report, int fromCache) {
        int status = ExitCode.OK;
        for (List<TakeRow> scene : report.byScene().values()) {
            for (TakeRow r : scene) {
                if (json) ctx.out().println(r.json());
                if (!r.readable()) {
                    ctx.err().println("headroom: " + r.file() + ": " + r.error());
                    status = ExitCode.UNREADABLE;
                }
            }
        }
        ctx.out().flush();
        ctx.err().println("headroom: wrote " + output + ": " + report.takes() + (report.takes() == 1 ? " take, " : " takes, ")
                + HtmlSoundReport.hours(report.seconds()) + ", " + report.takesWithErrors() + " with errors"
                + (noCache ? "" : ", " + fromCache + " from the cache") + (csv == null ? "" : "; CSV " + csv));
        return status;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
