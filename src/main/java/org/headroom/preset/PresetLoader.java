package org.headroom.preset;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds presets along a search path, first match wins:
 * <ol>
 *   <li>the directory in the system property {@code headroom.presets}, else env {@code HEADROOM_PRESETS}</li>
 *   <li>{@code ./presets}</li>
 *   <li>{@code presets/} next to the running jar, and {@code ../presets} (the jar lives in target/)</li>
 *   <li>{@code ~/.headroom/presets}, for users' own presets</li>
 *   <li>the copies bundled in the jar</li>
 * </ol>
 */
public final class PresetLoader {
    public static final String PROPERTY = "headroom.presets";
    public static final String ENV = "HEADROOM_PRESETS";

    /** Names become file names: keep them to a safe alphabet so "../x" cannot escape the folder. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final List<PresetLocation> locations;

    PresetLoader(List<PresetLocation> locations) {
        this.locations = List.copyOf(locations);
    }

    /** Only the given directories, in order, then the bundled copies; for tests and tools. */
    public static PresetLoader of(List<Path> directories) {
        List<PresetLocation> locs = new ArrayList<>();
        directories.forEach(d -> locs.add(new DirectoryLocation(d)));
        locs.add(new ClasspathLocation(PresetLoader.class.getClassLoader()));
        return new PresetLoader(locs);
    }

    /** The standard search path, read from this process's properties and environment. */
    public static PresetLoader standard() {
        return of(standardDirectories(System.getProperty(PROPERTY), System.getenv(), codeLocation(),
                Path.of(System.getProperty("user.home"))));
    }

    static List<Path> standardDirectories(String property, Map<String, String> env, Optional<Path> code, Path home) {
        Set<Path> dirs = new LinkedHashSet<>();
        String override = property != null && !property.isBlank() ? property : env.get(ENV);
        if (override != null && !override.isBlank()) dirs.add(norm(Path.of(override)));
        dirs.add(norm(Path.of("presets")));
        code.ifPresent(dir -> {
            dirs.add(norm(dir.resolve("presets")));
            dirs.add(norm(dir.resolve("..").resolve("presets")));
        });
        dirs.add(norm(home.resolve(".headroom").resolve("presets")));
        return List.copyOf(dirs);
    }

    /** The directory holding the running jar (or target/ when running from target/classes). */
    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = PresetLoader.class.getProtectionDomain().getCodeSource();
            if (source == null) return Optional.empty();
            Path p = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(p.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Path norm(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** Where presets are looked for, in order, for help texts and error messages. */
    public List<String> searchPath() {
        return locations.stream().map(PresetLocation::describe).toList();
    }

    public DeliveryPreset delivery(String name) throws PresetException {
        if (!NAME.matcher(name).matches()) {
            throw new PresetException("unknown preset '" + name + "'; available: " + String.join(", ", deliveryNames()));
        }
        Optional<PresetText> text = first("delivery/" + name + ".json");
        if (text.isEmpty()) {
            throw new PresetException("unknown preset '" + name + "'; available: " + String.join(", ", deliveryNames()));
        }
        return PresetParser.delivery(name, text.get());
    }

    /** Every delivery preset name found anywhere on the search path. */
    public SortedSet<String> deliveryNames() throws PresetException {
        return names("delivery");
    }

    /** An export format from {@code presets/export/<name>.json}. */
    public ExportPreset export(String name) throws PresetException {
        Optional<PresetText> text = NAME.matcher(name).matches() ? first("export/" + name + ".json") : Optional.empty();
        if (text.isEmpty()) {
            throw new PresetException("unknown export preset '" + name + "'; available: " + String.join(", ", exportNames()));
        }
        return ExportPresetParser.parse(name, text.get());
    }

    /** Every export preset name found anywhere on the search path. */
    public SortedSet<String> exportNames() throws PresetException {
        return names("export");
    }

    /**
     * Every {@code .json} file in {@code folder} along the search path, the first found for each
     * name, in name order: display name (for messages) → text. For preset families parsed elsewhere
     * (the mic advisor's microphones, environments and scenarios).
     */
    public Map<String, String> folder(String folder) throws PresetException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String name : names(folder)) {
            PresetText text = first(folder + "/" + name + ".json").orElseThrow();
            out.put(text.displayName(), text.text());
        }
        return out;
    }

    /** The names of the {@code .json} files in {@code folder} anywhere on the search path. */
    private SortedSet<String> names(String folder) throws PresetException {
        SortedSet<String> names = new TreeSet<>();
        for (PresetLocation loc : locations) {
            try {
                names.addAll(loc.list(folder, ".json"));
            } catch (IOException e) {
                throw new PresetException(loc.describe() + ": cannot list " + folder + " presets: " + e.getMessage());
            }
        }
        return names;
    }

    /**
     * One preset file ({@code "advisor/scoring.json"}), the first found on the search path, for
     * presets parsed elsewhere (the mic advisor's tunables).
     */
    public PresetText file(String relative) throws PresetException {
        Optional<PresetText> text = first(relative);
        if (text.isEmpty()) throw new PresetException(relative + " not found in " + String.join(", ", searchPath()));
        return text.get();
    }

    public AnalysisDefaults analysisDefaults() throws PresetException {
        Optional<PresetText> text = first("analysis.json");
        if (text.isEmpty()) {
            throw new PresetException("analysis.json not found in " + String.join(", ", searchPath()));
        }
        return PresetParser.analysis(text.get());
    }

    private Optional<PresetText> first(String relative) throws PresetException {
        for (PresetLocation loc : locations) {
            try {
                Optional<PresetText> text = loc.read(relative);
                if (text.isPresent()) return text;
            } catch (IOException e) {
                throw new PresetException(loc.describe() + "/" + relative + ": cannot read: " + e.getMessage());
            }
        }
        return Optional.empty();
    }
}
