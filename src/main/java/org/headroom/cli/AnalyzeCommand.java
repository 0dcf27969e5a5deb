package org.headroom.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.FileProblems;
import org.headroom.analysis.LoudnessLogWriter;
import org.headroom.analysis.PresetChecker;
import org.headroom.analysis.ProgressListener;
import org.headroom.analysis.Report;
import org.headroom.audio.AudioFileException;
import org.headroom.preset.AnalysisDefaults;
import org.headroom.preset.DeliveryPreset;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code headroom analyze}: measures files and prints a report per file. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Measure audio files: format, levels, loudness, clipping, noise and findings.",
                "Exit status: 0 all files analysed, 2 usage error, 3 a file could not be read."},
        footer = {"", "With several FILEs, --loudness-log log.csv writes log-<file name>.csv per file.",
                "Presets are looked for in $HEADROOM_PRESETS, ./presets, next to the jar, "
                        + "~/.headroom/presets, then the copies built into the jar."})
final class AnalyzeCommand implements Callable<Integer> {

    static final class Format {
        @Option(names = "--json", description = "One JSON object per file, one per line (JSON Lines).")
        boolean json;
        @Option(names = "--csv", description = "One CSV row per file under a header row.")
        boolean csv;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Format format;

    @Option(names = "--preset", paramLabel = "NAME", description = "Check against a delivery preset (ebu-r128, podcast-stereo, acx...).")
    String preset;

    @Option(names = "--clip-run", paramLabel = "N", description = "Consecutive samples that make a clip (1-10; default from presets/analysis.json).")
    Integer clipRun;

    @Option(names = "--clip-threshold", paramLabel = "DBFS", description = "Level counted as clipped, -20..0 dBFS (0 = full-scale codes).")
    Double clipThreshold;

    @Option(names = "--loudness-log", paramLabel = "FILE.csv", description = "Write time_s,momentary_lufs,short_term_lufs per step.")
    Path loudnessLog;

    @Option(names = "--log-step", paramLabel = "SECONDS", description = "Loudness log step, a multiple of 0.01 s (default 0.01).")
    Double logStep;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Audio files: WAV/BWF/RF64, AIFF, FLAC, MP3, Ogg Vorbis.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    private final CliContext ctx;

    AnalyzeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        int logEvery = logStepMultiple();
        Map<Path, Path> logs = logTargets();
        AnalysisSettings settings;
        try {
            settings = settings(ctx.presets().get());
        } catch (PresetException e) {
            ctx.err().println("headroom: " + e.getMessage());
            return ExitCode.USAGE;
        }
        ReportOutput output = format == null ? ReportOutput.text(ctx.out())
                : format.json ? ReportOutput.json(ctx.out()) : ReportOutput.csv(ctx.out());
        output.begin();
        int status = ExitCode.OK;
        for (Path file : files) {
            Report report = analyzeOne(file, settings, logs.get(file), logEvery);
            if (report == null) {
                status = ExitCode.UNREADABLE;
            } else {
                output.write(report);
            }
        }
        return status;
    }

    /** The report, or null after printing one line that says why the file could not be read. */
    private Report analyzeOne(Path file, AnalysisSettings settings, Path logTarget, int logEvery) throws IOException {
        String unreadable = precheck(file);
        if (unreadable != null) {
            ctx.err().println("headroom: " + file + ": " + unreadable);
            return null;
        }
        ProgressLine progress = ctx.errIsTerminal() ? new ProgressLine(ctx.err(), file.getFileName().toString(), System::nanoTime) : null;
        LoudnessLogWriter log = null;
        try {
            if (logTarget != null) log = openLog(logTarget, logEvery);
            Report report = ctx.analysis().analyze(file, settings, progress == null ? ProgressListener.NONE : progress, log);
            if (settings.preset() != null) report = PresetChecker.apply(report, settings.preset());
            if (log != null) log.commit();
            return report;
        } catch (AudioFileException e) {
            ctx.err().println("headroom: " + e.getMessage());
            return null;
        } catch (LogFailure e) {
            ctx.err().println("headroom: " + e.getMessage());
            return null;
        } catch (IOException e) {
            ctx.err().println("headroom: " + file + ": " + describe(e));
            return null;
        } finally {
            if (progress != null) progress.clear();
            if (log != null) log.close();
        }
    }

    /** Catches the common cases before the analysis so their messages are the same for every format. */
    private static String precheck(Path file) {
        return FileProblems.before(file);
    }

    private static String describe(IOException e) {
        return FileProblems.describe(e);
    }

    private static LoudnessLogWriter openLog(Path target, int every) throws LogFailure {
        try {
            return LoudnessLogWriter.open(target, every);
        } catch (IOException e) {
            throw new LogFailure(target + ": cannot write the loudness log (" + describe(e) + ")");
        }
    }

    /** A log that cannot be opened; reported like an unreadable file, since that file gets no log. */
    private static final class LogFailure extends IOException {
        private static final long serialVersionUID = 1L;

        LogFailure(String message) {
            super(message);
        }
    }

    private AnalysisSettings settings(PresetLoader loader) throws PresetException {
        AnalysisDefaults defaults = loader.analysisDefaults();
        DeliveryPreset delivery = preset == null ? null : loader.delivery(preset);
        int run = clipRun != null ? clipRun : defaults.clipRun();
        if (run < 1 || run > 10) throw usage("--clip-run must be between 1 and 10, not " + run);
        double threshold = clipThreshold != null ? clipThreshold : defaults.clipThresholdDbfs();
        if (!(threshold >= -20 && threshold <= 0)) throw usage("--clip-threshold must be between -20 and 0 dBFS, not " + threshold);
        double ceiling = delivery != null && delivery.truePeakMaxDbtp() != null
                ? delivery.truePeakMaxDbtp() : defaults.truePeakCeilingDbtp();
        return new AnalysisSettings(run, threshold, delivery, ceiling, defaults.detection());
    }

    private int logStepMultiple() {
        if (logStep == null) return 1;
        if (loudnessLog == null) throw usage("--log-step needs --loudness-log");
        try {
            return LoudnessLogWriter.stepsFor(logStep);
        } catch (IllegalArgumentException e) {
            throw usage("--log-step must be a positive multiple of 0.01 seconds, not " + logStep);
        }
    }

    private Map<Path, Path> logTargets() {
        if (loudnessLog == null) return Map.of();
        try {
            return LogTargets.assign(loudnessLog, files);
        } catch (IllegalArgumentException e) {
            throw usage("--loudness-log: " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
