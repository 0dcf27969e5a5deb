package org.headroom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.PresetChecker;
import org.headroom.analysis.ProgressListener;
import org.headroom.analysis.Report;
import org.headroom.audio.AudioFileException;
import org.headroom.export.ExportMonitor;
import org.headroom.export.ExportPresets;
import org.headroom.export.ExportResult;
import org.headroom.export.ExportSettings;
import org.headroom.export.ExportTags;
import org.headroom.export.Exporter;
import org.headroom.export.FormatCheck;
import org.headroom.export.TargetIsSourceException;
import org.headroom.preset.AnalysisDefaults;
import org.headroom.preset.DeliveryPreset;
import org.headroom.preset.ExportPreset;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code headroom export}: normalise, convert and encode, then check the written file against its delivery preset. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export audio files with an export preset, then check the written file against its delivery target.",
                "It normalises loudness (true-peak limited), converts (sample rate, channels, bit depth with TPDF dither) "
                        + "and encodes (WAV/BWF, FLAC, MP3), then analyses the written file and checks its loudness and format.",
                "Exit status: 0 all exported and passed, 2 usage error, 3 a file could not be read, "
                        + "4 a delivery check failed, 1 a file could not be written."},
        footer = {"", "Files are written to a hidden .part file beside the target and renamed when complete, "
                + "so the target name never holds half a file; an export never overwrites its source.",
                "Export presets live in presets/export/ (podcast-mp3-stereo, podcast-mp3-mono, broadcast-wav, archive-flac)."})
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Audio files: WAV/BWF/RF64, AIFF, FLAC, MP3, Ogg Vorbis.")
    List<Path> sources;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT|DIR", description = "Target file, or a folder for several sources.")
    Path output;

    @Option(names = "--preset", required = true, paramLabel = "NAME", description = "Export preset from presets/export/.")
    String preset;

    @Option(names = "--json", description = "One JSON object per export, one per line.")
    boolean json;

    @Option(names = "--title", description = "Title (ID3 TIT2; BWF description when --description is not given).")
    String title;

    @Option(names = "--artist", description = "Artist (ID3 TPE1).")
    String artist;

    @Option(names = "--comment", description = "Comment (ID3 COMM).")
    String comment;

    @Option(names = "--description", description = "BWF description.")
    String description;

    @Option(names = "--dither-seed", hidden = true, description = "Fixed dither seed, for reproducible files.")
    Long ditherSeed;

    @Spec
    CommandSpec spec;

    private final CliContext ctx;

    ExportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** Everything an export needs from the presets. */
    private record Plan(ExportPreset preset, ExportSettings settings, DeliveryPreset delivery, AnalysisSettings analysis) {
    }

    @Override
    public Integer call() throws IOException {
        Plan plan;
        try {
            plan = plan(ctx.presets().get());
        } catch (PresetException e) {
            ctx.err().println("headroom: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Map<Path, Path> targets;
        try {
            targets = ExportTargets.assign(sources, output, plan.settings().codec().extension());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ExportOutput out = json ? ExportOutput.json(ctx.out()) : ExportOutput.text(ctx.out());
        int status = ExitCode.OK;
        for (Map.Entry<Path, Path> e : targets.entrySet()) {
            int one = exportOne(e.getKey(), e.getValue(), plan, out);
            if (one == ExitCode.USAGE) return one;
            status = worse(status, one);
        }
        return status;
    }

    /** Unreadable input outranks a failed check, which outranks success; a write failure outranks both. */
    private static int worse(int a, int b) {
        int[] order = {ExitCode.OK, ExitCode.CHECK_FAILED, ExitCode.UNREADABLE, ExitCode.INTERNAL};
        int ia = 0, ib = 0;
        for (int i = 0; i < order.length; i++) {
            if (order[i] == a) ia = i;
            if (order[i] == b) ib = i;
        }
        return ib > ia ? b : a;
    }

    private int exportOne(Path source, Path target, Plan plan, ExportOutput out) throws IOException {
        String unreadable = precheck(source);
        if (unreadable != null) {
            ctx.err().println("headroom: " + source + ": " + unreadable);
            return ExitCode.UNREADABLE;
        }
        Exporter exporter = new Exporter(plan.settings());
        if (ditherSeed != null) exporter = exporter.withDitherSeed(ditherSeed);
        StageProgress progress = new StageProgress(source.getFileName().toString());
        ExportResult result;
        try {
            result = exporter.export(source, target, tags(source), progress);
        } catch (TargetIsSourceException e) {
            ctx.err().println("headroom: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (AudioFileException e) {
            ctx.err().println("headroom: " + e.getMessage());
            return ExitCode.UNREADABLE;
        } catch (IOException e) {
            ctx.err().println("headroom: " + target + ": cannot write (" + firstLine(e) + ")");
            return ExitCode.INTERNAL;
        } finally {
            progress.clear();
        }
        Report report;
        try {
            report = ctx.analysis().analyze(target, plan.analysis(), progress.stage("checking"), null);
        } catch (IOException e) {
            ctx.err().println("headroom: " + target + ": written but cannot be read back (" + firstLine(e) + ")");
            return ExitCode.INTERNAL;
        } finally {
            progress.clear();
        }
        if (plan.delivery() != null) report = PresetChecker.apply(report, plan.delivery());
        Report.FormatInfo f = report.format();
        List<FormatCheck.Item> format = FormatCheck.check(result.format(), f.container(), f.encoding(), f.sampleRate(),
                f.channels(), f.bitsPerSample(), f.bitRateKbps(), f.bitRateMode(), report.clipping().events().size(),
                report.clipping().clippedSamples());
        boolean passed = format.stream().allMatch(FormatCheck.Item::passed)
                && (report.delivery() == null || report.delivery().passed());
        out.write(new ExportOutput.Outcome(source, result, plan.preset(), format, report, passed));
        return passed ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    private ExportTags tags(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String t = title != null ? title : dot > 0 ? name.substring(0, dot) : name;
        String desc = description != null ? description : t;
        return new ExportTags(t, artist, comment, desc, "Headroom", "", LocalDateTime.now(), 0, "");
    }

    private Plan plan(PresetLoader loader) throws PresetException {
        ExportPreset p = loader.export(preset);
        DeliveryPreset delivery = p.delivery() == null ? null : loader.delivery(p.delivery());
        AnalysisDefaults d = loader.analysisDefaults();
        double ceiling = delivery != null && delivery.truePeakMaxDbtp() != null ? delivery.truePeakMaxDbtp() : d.truePeakCeilingDbtp();
        ExportSettings settings;
        try {
            settings = ExportPresets.settings(p);
        } catch (IllegalArgumentException e) {
            throw new PresetException(p.origin() + ": " + e.getMessage());
        }
        return new Plan(p, settings, delivery, new AnalysisSettings(d.clipRun(), d.clipThresholdDbfs(), delivery, ceiling));
    }

    private static String precheck(Path file) {
        if (!Files.exists(file)) return "no such file";
        if (Files.isDirectory(file)) return "is a folder, not an audio file";
        if (!Files.isReadable(file)) return "permission denied";
        return null;
    }

    private static String firstLine(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** A progress line per stage on stderr, only when a person watches it. */
    private final class StageProgress implements ExportMonitor {
        private final String name;
        private String stage;
        private ProgressLine line;

        StageProgress(String name) {
            this.name = name;
        }

        @Override
        public void progress(String newStage, long done, long total) {
            if (!ctx.errIsTerminal()) return;
            if (!newStage.equals(stage)) {
                clear();
                stage = newStage;
                line = new ProgressLine(ctx.err(), name + " (" + newStage + ")", System::nanoTime);
            }
            line.progress(done, total);
        }

        ProgressListener stage(String s) {
            return (done, total) -> progress(s, done, total);
        }

        void clear() {
            if (line != null) line.clear();
            line = null;
            stage = null;
        }
    }
}
