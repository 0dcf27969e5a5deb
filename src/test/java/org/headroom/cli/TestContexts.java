package org.headroom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.headroom.analysis.FileAnalyzer;
import org.headroom.preset.PresetLoader;

/** The context the command tests run {@code headroom} in: this JVM, output captured, the real analyser. */
final class TestContexts {
    private TestContexts() {
    }

    /** Output into {@code out} and {@code err}; presets from the project's own folder. */
    static CliContext capturing(StringWriter out, StringWriter err) {
        return capturing(out, err, List.of(Path.of("presets")));
    }

    /** As {@link #capturing(StringWriter, StringWriter)} on a system with no capture device at all. */
    static CliContext withoutDevices(StringWriter out, StringWriter err) {
        return new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), new FileAnalyzer()::analyze,
                () -> PresetLoader.of(List.of(Path.of("presets"))), false, false, List::of);
    }

    /** As {@link #capturing(StringWriter, StringWriter)}, with presets searched in these folders, first first. */
    static CliContext capturing(StringWriter out, StringWriter err, List<Path> presetFolders) {
        return new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), new FileAnalyzer()::analyze,
                () -> PresetLoader.of(presetFolders), false, false);
    }

    /** The JSON Lines a command printed, one node per non-blank line. */
    static List<JsonNode> jsonLines(StringWriter out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString().split("\n")) if (!line.isBlank()) nodes.add(json.readTree(line));
        return nodes;
    }
}
