package org.headroom.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureDevices;
import org.headroom.analysis.FileAnalyzer;
import org.headroom.preset.PresetLoader;

/**
 * What the commands need from the world, gathered so tests can swap it.
 *
 * @param out              reports; always UTF-8 because JSON must be
 * @param err              one-line errors and the progress line
 * @param analysis         reads a file into a report
 * @param presets          the preset search path, built when first needed
 * @param errIsTerminal    whether a person watches stderr (progress is shown only then)
 * @param debug            whether HEADROOM_DEBUG asks for stack traces
 * @param devices          the capture devices on this system (tests give none, or fakes)
 */
public record CliContext(PrintWriter out, PrintWriter err, FileAnalysis analysis, Supplier<PresetLoader> presets,
                         boolean errIsTerminal, boolean debug, Supplier<List<CaptureDevice>> devices) {

    /** A context on this system's own capture devices. */
    public CliContext(PrintWriter out, PrintWriter err, FileAnalysis analysis, Supplier<PresetLoader> presets,
                      boolean errIsTerminal, boolean debug) {
        this(out, err, analysis, presets, errIsTerminal, debug, CaptureDevices::list);
    }

    public static CliContext system() {
        String debugEnv = System.getenv("HEADROOM_DEBUG");
        return new CliContext(
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(System.err, true),
                new FileAnalyzer()::analyze,
                PresetLoader::standard,
                System.console() != null,
                debugEnv != null && !debugEnv.isBlank() && !"0".equals(debugEnv) && !"false".equalsIgnoreCase(debugEnv));
    }
}
