package org.headroom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.DeliveryCheck;
import org.headroom.analysis.PresetChecker;
import org.headroom.analysis.ProgressListener;
import org.headroom.analysis.Report;
import org.headroom.audio.AudioFileException;
import org.headroom.audio.AudioSource;
import org.headroom.edit.EdlException;
import org.headroom.edit.EdlFormat;
import org.headroom.edit.EditList;
import org.headroom.edit.Edit;
import org.headroom.edit.Renderer;
import org.headroom.edit.SourceOpener;
import org.headroom.preset.AnalysisDefaults;
import org.headroom.preset.DeliveryPreset;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code headroom edit}: renders an edit list over one or more recordings to new WAV files. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Apply an edit list (cuts, fades, gain, filters, normalisation) to recordings and write the result.",
                "The source is never modified. Times in the edit list are seconds of the source's own timeline.",
                "Exit status: 0 written, 2 usage error or an edit list that does not fit, 3 a file could not be read,",
                "4 written but failing the --preset delivery check."},
        footer = {"", "Several SOURCEs need -o to name a folder (ending in / or existing): each goes to FOLDER/<name>.wav.",
                "Batch trimming:  headroom edit *.wav --edl trim.json -o out/",
                "  or:            for f in *.wav; do headroom edit \"$f\" --edl trim.json -o \"out/$f\"; done",
                "with trim.json = {\"edits\": [{\"op\": \"trim\", \"start\": 0.5, \"end\": -0.5}]} (negative = from the end)."})
final class EditCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Recordings: WAV/BWF/RF64, AIFF, FLAC, MP3, Ogg Vorbis.")
    List<Path> sources;

    @Option(names = "--edl", required = true, paramLabel = "EDITS.json", description = "The edit list (see README: Editing).")
    Path edl;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output WAV file, or a folder for several sources.")
    Path output;

    @Option(names = "--preset", paramLabel = "NAME", description = "Check the result against a delivery preset; exit 4 if it fails.")
    String preset;

    @Option(names = "--format", paramLabel = "FORMAT", description = "wav16, wav24 or float (default: the source's depth; 24-bit for compressed sources).")
    String format;

    @Spec
    CommandSpec spec;

    private final CliContext ctx;

    EditCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        EditOutput chosen = outputFormat();
        boolean toFolder = sources.size() > 1 || Files.isDirectory(output) || output.toString().endsWith("/");
        java.util.Map<Path, Path> claimed = new java.util.HashMap<>();
        for (Path source : sources) {
            Path target = target(source, toFolder);
            for (Path other : sources) {
                if (sameFile(other, target)) throw usage(other + ": the output would overwrite a source; write somewhere else");
            }
            Path before = claimed.putIfAbsent(target.toAbsolutePath().normalize(), source);
            if (before != null) throw usage(before + " and " + source + " would both be written to " + target);
        }
        EditList list;
        try {
            list = EdlFormat.read(edl);
        } catch (EdlException e) {
            return fail(ExitCode.USAGE, e.getMessage());
        } catch (NoSuchFileException e) {
            return fail(ExitCode.UNREADABLE, edl + ": edit list not found");
        } catch (IOException e) {
            return fail(ExitCode.UNREADABLE, edl + ": cannot be read (" + e.getMessage() + ")");
        }
        DeliveryPreset delivery;
        AnalysisSettings settings;
        try {
            PresetLoader loader = ctx.presets().get();
            delivery = preset == null ? null : loader.delivery(preset);
            AnalysisDefaults d = loader.analysisDefaults();
            settings = new AnalysisSettings(d.clipRun(), d.clipThresholdDbfs(), delivery,
                    delivery != null && delivery.truePeakMaxDbtp() != null ? delivery.truePeakMaxDbtp() : d.truePeakCeilingDbtp());
        } catch (PresetException e) {
            return fail(ExitCode.USAGE, e.getMessage());
        }
        if (toFolder) {
            try {
                Files.createDirectories(output);
            } catch (IOException e) {
                return fail(ExitCode.UNREADABLE, output + ": cannot create the output folder (" + e.getMessage() + ")");
            }
        }
        int status = ExitCode.OK;
        for (Path source : sources) {
            status = Math.max(status, editOne(source, target(source, toFolder), list, chosen, settings));
        }
        return status;
    }

    private int editOne(Path source, Path target, EditList list, EditOutput chosen, AnalysisSettings settings) {
        if (!Files.isRegularFile(source)) {
            return fail(ExitCode.UNREADABLE, source + ": " + (Files.isDirectory(source) ? "is a folder, not an audio file" : "no such file"));
        }
        ProgressLine progress = ctx.errIsTerminal() ? new ProgressLine(ctx.err(), source.getFileName().toString(), System::nanoTime) : null;
        try {
            Renderer.Rendering plan = Renderer.plan(SourceOpener.file(source), list);
            EditOutput out = chosen != null ? chosen : EditOutput.like(plan.sourceFormat());
            long frames;
            try (AudioSource rendered = plan.open()) {
                frames = out.write(rendered, target, progress);
            }
            if (progress != null) progress.clear();
            ctx.out().println(summary(source, target, plan, frames));
            for (String note : plan.effectNotes()) ctx.out().println("  " + note); // effects: declip gain, noise profile, room
            warnIfShort(target, list, plan);
            return settings.preset() == null ? ExitCode.OK : check(target, settings);
        } catch (EdlException e) {
            return fail(ExitCode.USAGE, edl.getFileName() + ": " + source.getFileName() + ": " + e.getMessage());
        } catch (AudioFileException e) {
            return fail(ExitCode.UNREADABLE, e.getMessage());
        } catch (IOException e) {
            return fail(ExitCode.UNREADABLE, source + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            if (progress != null) progress.clear();
        }
    }

    /** The delivery check of the written file, by the same analysis and checker as {@code analyze --preset}. */
    private int check(Path target, AnalysisSettings settings) throws IOException {
        Report report = ctx.analysis().analyze(target, settings, ProgressListener.NONE, null);
        DeliveryCheck check = PresetChecker.check(report, settings.preset());
        if (check.passed()) {
            ctx.out().println(target + ": passes " + check.title());
            return ExitCode.OK;
        }
        for (DeliveryCheck.Item item : check.items()) {
            if (item.status() != DeliveryCheck.Status.FAIL) continue;
            ctx.err().println("headroom: " + target + ": fails " + check.title() + ": " + item.label() + " "
                    + (item.measured() == null ? "undefined" : String.format(Locale.ROOT, "%.1f %s", item.measured(), item.unit())));
        }
        return ExitCode.CHECK_FAILED;
    }

    private void warnIfShort(Path target, EditList list, Renderer.Rendering plan) {
        Edit.NormaliseLoudness l = list.last(Edit.NormaliseLoudness.class);
        if (l == null || plan.timeline().normalise() != l || !Double.isFinite(plan.reachedLufs())) return;
        if (Math.abs(plan.reachedLufs() - l.lufs()) > 0.1) {
            ctx.err().println(String.format(Locale.ROOT, "headroom: %s: reached %.1f LUFS, not %.1f: the limiter cannot go further "
                    + "under %.1f dBTP without distorting", target, plan.reachedLufs(), l.lufs(), l.ceilingDbtp()));
        }
    }

    private static String summary(Path source, Path target, Renderer.Rendering plan, long frames) {
        double rate = plan.format().sampleRate();
        return String.format(Locale.ROOT, "%s -> %s: %.3f s (source %.3f s), %d piece%s", source, target, frames / rate,
                plan.timeline().sourceFrames() / rate, plan.timeline().pieces().size(), plan.timeline().pieces().size() == 1 ? "" : "s");
    }

    private Path target(Path source, boolean toFolder) {
        if (!toFolder) return output;
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return output.resolve((dot > 0 ? name.substring(0, dot) : name) + ".wav");
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException e) {
            // fall through to comparing names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private EditOutput outputFormat() {
        if (format == null) return null;
        try {
            return EditOutput.parse(format);
        } catch (IllegalArgumentException e) {
            throw usage("--format: " + e.getMessage());
        }
    }

    private int fail(int status, String message) {
        ctx.err().println("headroom: " + message);
        return status;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
