package org.headroom.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.DeliveryCheck;
import org.headroom.analysis.FileAnalyzer;
import org.headroom.analysis.PresetChecker;
import org.headroom.analysis.Report;
import org.headroom.audio.AudioSource;
import org.headroom.audio.WavWriter;
import org.headroom.edit.EditList;
import org.headroom.edit.PassListener;
import org.headroom.edit.Renderer;
import org.headroom.edit.SourceOpener;
import org.headroom.export.ExportCancelledException;
import org.headroom.export.ExportMonitor;
import org.headroom.export.ExportPresets;
import org.headroom.export.ExportResult;
import org.headroom.export.ExportTags;
import org.headroom.export.Exporter;
import org.headroom.export.FormatCheck;
import org.headroom.preset.AnalysisDefaults;
import org.headroom.preset.DeliveryPreset;
import org.headroom.preset.ExportPreset;
import org.headroom.preset.PresetLoader;

/**
 * One export from the editor, off the EDT: the edited programme is rendered to a float WAV
 * beside the target (hidden, deleted afterwards), the {@link Exporter} turns that into the
 * preset's format, and the written file is analysed and checked against the preset's delivery
 * target and format, as {@code headroom export} does.
 */
final class ExportJob {
    /** One line of the delivery check table. */
    record Row(String figure, String expected, String actual, boolean passed) {
    }

    /** What the job did: the file, and every item of the check. */
    record Outcome(Path target, List<Row> rows, boolean passed) {
    }

    /** Progress as a fraction of the whole job and the stage's name; called on the worker thread. */
    interface Progress {
        void at(double fraction, String stage);
    }

    private ExportJob() {
    }

    static Outcome run(Path audio, EditList edits, PresetLoader loader, String presetName, Path target, Progress progress,
                       BooleanSupplier cancelled) throws Exception {
        ExportPreset preset = loader.export(presetName);
        DeliveryPreset delivery = preset.delivery() == null ? null : loader.delivery(preset.delivery());
        AnalysisDefaults d = loader.analysisDefaults();
        Path rendered = target.resolveSibling("." + target.getFileName() + ".render.wav");
        try {
            render(audio, edits, rendered, progress, cancelled);
            ExportMonitor monitor = new ExportMonitor() {
                @Override
                public void progress(String stage, long done, long total) {
                    progress.at(0.35 + 0.5 * (total > 0 ? (double) done / total : 0), stage);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.getAsBoolean();
                }
            };
            String name = audio.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            ExportTags tags = new ExportTags(name, "", "", name, "Headroom", "", LocalDateTime.now(), 0, "");
            ExportResult result = new Exporter(ExportPresets.settings(preset)).export(rendered, target, tags, monitor);
            progress.at(0.86, "checking");
            double ceiling = delivery != null && delivery.truePeakMaxDbtp() != null ? delivery.truePeakMaxDbtp() : d.truePeakCeilingDbtp();
            AnalysisSettings settings = new AnalysisSettings(d.clipRun(), d.clipThresholdDbfs(), delivery, ceiling);
            Report report = new FileAnalyzer().analyze(target, settings,
                    (done, total) -> progress.at(0.86 + 0.14 * (total > 0 ? (double) done / total : 0), "checking"), null);
            return outcome(target, result, report, delivery);
        } finally {
            Files.deleteIfExists(rendered);
        }
    }

    private static void render(Path audio, EditList edits, Path rendered, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        PassListener passes = (stage, done, total) -> {
            if (cancelled.getAsBoolean()) throw new ExportCancelledException();
            progress.at(0.1 * (total > 0 ? (double) done / total : 0), stage);
        };
        Renderer.Rendering plan = Renderer.plan(SourceOpener.file(audio), edits, passes);
        long total = plan.format().frames();
        try (AudioSource s = plan.open();
             WavWriter w = WavWriter.create(rendered, plan.format().sampleRate(), plan.format().channels(),
                     WavWriter.SampleFormat.FLOAT_32)) {
            float[][] block = new float[plan.format().channels()][Renderer.BLOCK];
            long done = 0;
            for (int n; (n = s.read(block)) > 0; ) {
                if (cancelled.getAsBoolean()) throw new ExportCancelledException();
                w.write(block, n);
                done += n;
                progress.at(0.1 + 0.25 * done / Math.max(1, total), "rendering the edits");
            }
        }
    }

    private static Outcome outcome(Path target, ExportResult result, Report report, DeliveryPreset delivery) {
        List<Row> rows = new ArrayList<>();
        Report.FormatInfo f = report.format();
        for (FormatCheck.Item i : FormatCheck.check(result.format(), f.container(), f.encoding(), f.sampleRate(), f.channels(),
                f.bitsPerSample(), f.bitRateKbps(), f.bitRateMode(), report.clipping().events().size(),
                report.clipping().clippedSamples())) {
            rows.add(new Row(i.figure(), i.expected(), i.actual(), i.passed()));
        }
        if (delivery != null) {
            DeliveryCheck check = PresetChecker.check(report, delivery);
            for (DeliveryCheck.Item i : check.items()) {
                if (i.status() == DeliveryCheck.Status.INFO) continue;
                rows.add(new Row(i.label(), expected(i), i.measured() == null ? "\u2014"
                        : String.format(Locale.ROOT, "%.1f %s", i.measured(), i.unit()), i.status() != DeliveryCheck.Status.FAIL));
            }
        }
        boolean passed = rows.stream().allMatch(Row::passed);
        return new Outcome(target, rows, passed);
    }

    private static String expected(DeliveryCheck.Item i) {
        if (i.min() != null && i.max() != null) return String.format(Locale.ROOT, "%.1f to %.1f %s", i.min(), i.max(), i.unit());
        if (i.max() != null) return String.format(Locale.ROOT, "\u2264 %.1f %s", i.max(), i.unit());
        if (i.min() != null) return String.format(Locale.ROOT, "\u2265 %.1f %s", i.min(), i.unit());
        return i.target() == null ? "" : String.format(Locale.ROOT, "%.1f %s", i.target(), i.unit());
    }
}
