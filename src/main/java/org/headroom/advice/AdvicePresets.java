package org.headroom.advice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.headroom.preset.PresetException;

/**
 * Reads and validates the microphone catalogue ({@code presets/microphones/*.json}) and the
 * environments ({@code presets/environments/*.json}). Parsing takes a display name and the text,
 * so the same checks serve files on disk, resources in the jar and tests.
 */
public final class AdvicePresets {
    public static final String MICROPHONES = "microphones";
    public static final String ENVIRONMENTS = "environments";

    private static final Set<String> MIC_FIELDS = Set.of("id", "name", "pattern", "a", "b", "tubeLengthMetres",
            "directivityIndexDb", "micTypes", "windSensitivity", "handlingSensitivity", "visibility", "proximityEffect",
            "notes", "sources");
    private static final List<String> MIC_FIGURES = List.of("a", "b", "tubeLengthMetres", "directivityIndexDb",
            "windSensitivity", "handlingSensitivity", "visibility");
    private static final Set<String> ENV_FIELDS = Set.of("id", "name", "outdoor", "volumeCubicMetres", "rt60Seconds",
            "noiseDba", "noiseTiltDbPerOctave", "windLikelihood", "deskOrStand", "notes", "sources");
    private static final List<String> ENV_FIGURES = List.of("volumeCubicMetres", "rt60Seconds", "noiseDba",
            "noiseTiltDbPerOctave", "windLikelihood", "deskOrStand");

    private AdvicePresets() {
    }

    /** Every microphone in {@code presetsRoot/microphones}, in file-name order. */
    public static List<Microphone> loadMicrophones(Path presetsRoot) throws PresetException {
        List<Microphone> mics = new ArrayList<>();
        for (Path file : jsonFiles(presetsRoot, MICROPHONES)) mics.add(microphone(display(presetsRoot, file), read(file)));
        return List.copyOf(mics);
    }

    /** Every environment in {@code presetsRoot/environments}, in file-name order. */
    public static List<Environment> loadEnvironments(Path presetsRoot) throws PresetException {
        List<Environment> envs = new ArrayList<>();
        for (Path file : jsonFiles(presetsRoot, ENVIRONMENTS)) envs.add(environment(display(presetsRoot, file), read(file)));
        return List.copyOf(envs);
    }

    /** Microphones from display name → JSON text, as {@code PresetLoader.folder} gives them. */
    public static List<Microphone> microphones(java.util.Map<String, String> texts) throws PresetException {
        List<Microphone> out = new ArrayList<>();
        for (var e : texts.entrySet()) out.add(microphone(e.getKey(), e.getValue()));
        return List.copyOf(out);
    }

    /** Environments from display name → JSON text. */
    public static List<Environment> environments(java.util.Map<String, String> texts) throws PresetException {
        List<Environment> out = new ArrayList<>();
        for (var e : texts.entrySet()) out.add(environment(e.getKey(), e.getValue()));
        return List.copyOf(out);
    }

    /** @param file shown in messages, e.g. "presets/microphones/cardioid.json"; its base name must match "id" */
    public static Microphone microphone(String file, String json) throws PresetException {
        JsonFields f = JsonFields.parse(file, json);
        f.allowOnly(MIC_FIELDS);
        String id = idMatchingFile(f, file);
        String patternName = f.text("pattern");
        PatternId pattern = PatternId.byId(patternName)
                .orElseThrow(() -> f.error("'pattern' must be one of " + PatternId.allIds() + " (got \"" + patternName + "\")"));
        double a = f.number("a", 0, 1);
        double b = f.number("b", 0, 1);
        if (Math.abs(a + b - 1) > PolarPattern.SUM_TOLERANCE) throw f.error("A + B must equal 1 (got " + JsonFields.plain(round(a + b)) + ")");
        if (!pattern.accepts(a)) throw f.error("a " + pattern.id() + " has A in " + pattern.rangeOfA() + " (got A = " + JsonFields.plain(a) + ")");
        Optional<ShotgunTube> tube = tube(f, pattern, new PolarPattern(a, b));
        Set<MicType> types = micTypes(f);
        boolean proximity = f.bool("proximityEffect");
        if (proximity != (b > 0)) {
            throw f.error("'proximityEffect' is " + proximity + " but B = " + JsonFields.plain(b)
                    + " (any pressure-gradient part, B > 0, gives proximity effect; a pure omni has none)");
        }
        var sources = f.textMap("sources");
        f.requireSources(sources, MIC_FIGURES);
        return new Microphone(id, f.text("name"), pattern, new PolarPattern(a, b), tube, types, f.rating("windSensitivity"),
                f.rating("handlingSensitivity"), f.rating("visibility"), f.texts("notes"), sources, file);
    }

    /** @param file shown in messages; its base name must match "id" */
    public static Environment environment(String file, String json) throws PresetException {
        JsonFields f = JsonFields.parse(file, json);
        f.allowOnly(ENV_FIELDS);
        String id = idMatchingFile(f, file);
        boolean outdoor = f.bool("outdoor");
        Optional<Room> room = Optional.empty();
        boolean deskOrStand = false;
        if (outdoor) {
            if (f.has("volumeCubicMetres") || f.has("rt60Seconds") || f.has("deskOrStand")) {
                throw f.error("an outdoor environment has no 'volumeCubicMetres', 'rt60Seconds' or 'deskOrStand' (free field, no furniture)");
            }
        } else {
            room = Optional.of(new Room(f.number("volumeCubicMetres", 1, 1_000_000), f.number("rt60Seconds", 0.05, 15)));
            deskOrStand = f.bool("deskOrStand");
        }
        double noise = f.number("noiseDba", 0, 130);
        double tilt = f.number("noiseTiltDbPerOctave", -12, 6);
        double wind = f.number("windLikelihood", 0, 1);
        var sources = f.textMap("sources");
        f.requireSources(sources, ENV_FIGURES);
        return new Environment(id, f.text("name"), outdoor, room, noise, tilt, wind, deskOrStand, f.texts("notes"), sources, file);
    }

    private static Optional<ShotgunTube> tube(JsonFields f, PatternId pattern, PolarPattern capsule) throws PresetException {
        boolean hasTube = f.has("tubeLengthMetres") || f.has("directivityIndexDb");
        if (pattern != PatternId.SHOTGUN) {
            if (hasTube) throw f.error("only a shotgun has 'tubeLengthMetres' and 'directivityIndexDb'");
            return Optional.empty();
        }
        if (capsule.b() == 0) throw f.error("a shotgun needs a directional capsule (B > 0)");
        ShotgunTube tube = new ShotgunTube(f.number("tubeLengthMetres", 0.05, 0.9), f.number("directivityIndexDb", 0.1, 15));
        if (tube.directivityIndexDb() <= capsule.directivityIndexDb()) {
            throw f.error("'directivityIndexDb' " + JsonFields.plain(tube.directivityIndexDb())
                    + " must exceed the capsule's own " + JsonFields.plain(round(capsule.directivityIndexDb())) + " dB (the tube only adds)");
        }
        return Optional.of(tube);
    }

    private static Set<MicType> micTypes(JsonFields f) throws PresetException {
        List<String> names = f.texts("micTypes");
        if (names.isEmpty()) throw f.error("'micTypes' must list at least one of " + MicType.allIds());
        Set<MicType> types = EnumSet.noneOf(MicType.class);
        for (String n : names) {
            types.add(MicType.byId(n).orElseThrow(() -> f.error("'micTypes' may hold only " + MicType.allIds() + " (got \"" + n + "\")")));
        }
        return types;
    }

    private static String idMatchingFile(JsonFields f, String file) throws PresetException {
        String id = f.text("id");
        String base = Path.of(file).getFileName().toString().replaceFirst("\\.json$", "");
        if (!id.equals(base)) throw f.error("'id' is \"" + id + "\" but the file is named " + base + ".json");
        return id;
    }

    private static List<Path> jsonFiles(Path root, String folder) throws PresetException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) throw new PresetException(display(root, dir) + ": no such folder");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new PresetException(display(root, dir) + ": cannot list (" + e.getMessage() + ")");
        }
    }

    private static String read(Path file) throws PresetException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PresetException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** "presets/microphones/x.json" reads better in a message than an absolute path. */
    private static String display(Path root, Path file) {
        Path name = root.getFileName();
        return (name == null ? "" : name + "/") + root.relativize(file).toString().replace('\\', '/');
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
