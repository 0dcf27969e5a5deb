package org.headroom.ui.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.headroom.audio.CaptureFormat;
import org.headroom.preset.PresetLoader;

/**
 * The monitor's own data: meter ballistics and colour bands from {@code presets/meters.json},
 * window defaults from {@code presets/ui/monitor.json}. Looked up where the delivery presets
 * are (the override directory, ./presets, ~/.headroom/presets) and last in the jar, so a user
 * can change a hold time without rebuilding.
 */
record UiPresets(double holdSeconds, double fallDbPerSecond, double scaleMinDbfs, double[] scaleMarks,
                 List<Band> bands, Ballistics ballistics, CaptureFormat captureFormat, String deliveryPreset,
                 int refreshHz, int historySeconds, boolean dark, Path recordingsFolder) {

    /** A colour band of the level meter: from this level up to the next band's start. */
    record Band(double fromDbfs, String colourKey) {
    }

    static UiPresets load() throws IOException {
        JsonNode meters = read("meters.json");
        JsonNode monitor = read("ui/monitor.json");
        List<Band> bands = new ArrayList<>();
        for (JsonNode b : meters.path("bands")) bands.add(new Band(b.path("fromDbfs").asDouble(), b.path("colour").asText()));
        JsonNode marks = meters.path("scaleMarksDbfs");
        double[] scale = new double[marks.size()];
        for (int i = 0; i < scale.length; i++) scale[i] = marks.get(i).asDouble();
        return new UiPresets(meters.path("holdSeconds").asDouble(2.0), meters.path("fallDbPerSecond").asDouble(20.0),
                meters.path("scaleMinDbfs").asDouble(-60.0), scale, List.copyOf(bands),
                Ballistics.valueOf(meters.path("ballistics").asText("SAMPLE_PEAK")),
                CaptureFormat.parse(monitor.path("captureFormat").asText("48000:24:2")),
                monitor.path("deliveryPreset").asText("ebu-r128"),
                Math.max(30, Math.min(60, monitor.path("refreshHz").asInt(60))),
                monitor.path("historySeconds").asInt(180),
                !"light".equalsIgnoreCase(monitor.path("theme").asText("dark")),
                home(monitor.path("recordingsFolder").asText("~/Headroom/recordings")));
    }

    /** The same settings recording into another folder (tests record into a temporary one). */
    UiPresets withRecordingsFolder(Path folder) {
        return new UiPresets(holdSeconds, fallDbPerSecond, scaleMinDbfs, scaleMarks, bands, ballistics, captureFormat,
                deliveryPreset, refreshHz, historySeconds, dark, folder);
    }

    /** "~/..." in a preset means the user's home, as in a shell; the preset file stays the same on every machine. */
    static Path home(String path) {
        String home = System.getProperty("user.home");
        if (path.equals("~")) return Path.of(home);
        if (path.startsWith("~/")) return Path.of(home, path.substring(2));
        return Path.of(path).toAbsolutePath();
    }

    /** The colour key of the band a level falls in. */
    String bandAt(double dbfs) {
        String key = bands.get(0).colourKey();
        for (Band b : bands) if (dbfs >= b.fromDbfs()) key = b.colourKey();
        return key;
    }

    private static JsonNode read(String relative) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Path dir : directories()) {
            Path file = dir.resolve(relative);
            if (Files.isRegularFile(file)) return json.readTree(file.toFile());
        }
        try (InputStream in = UiPresets.class.getResourceAsStream("/presets/" + relative)) {
            if (in == null) throw new IOException("presets/" + relative + " is missing from this build");
            return json.readTree(in);
        }
    }

    private static List<Path> directories() {
        List<Path> dirs = new ArrayList<>();
        String override = System.getProperty(PresetLoader.PROPERTY, System.getenv(PresetLoader.ENV));
        if (override != null && !override.isBlank()) dirs.add(Path.of(override));
        dirs.add(Path.of("presets"));
        dirs.add(Path.of(System.getProperty("user.home"), ".headroom", "presets"));
        return dirs;
    }
}
