package org.headroom.preset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Presets in a directory on disk; a directory that does not exist simply holds none. */
final class DirectoryLocation implements PresetLocation {
    private final Path root;

    DirectoryLocation(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public Optional<PresetText> read(String relative) throws IOException {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) return Optional.empty();
        return Optional.of(new PresetText(display(file), Files.readString(file, StandardCharsets.UTF_8)));
    }

    @Override
    public Set<String> list(String folder, String suffix) throws IOException {
        Set<String> names = new TreeSet<>();
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return names;
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .forEach(n -> names.add(n.substring(0, n.length() - suffix.length())));
        }
        return names;
    }

    /** Relative to the working directory when inside it, as users typed it ("presets/delivery/x.json"). */
    private static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }
}
