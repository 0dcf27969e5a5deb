package org.headroom.preset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The presets bundled inside the jar (or target/classes) under {@code presets/}, the last
 * resort so a copied jar still works on its own.
 */
final class ClasspathLocation implements PresetLocation {
    /** A file every build bundles; its URL tells whether the presets sit in a jar or a directory. */
    private static final String ANCHOR = "presets/analysis.json";

    private final ClassLoader loader;

    ClasspathLocation(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public String describe() {
        return "(built into headroom.jar)";
    }

    @Override
    public Optional<PresetText> read(String relative) throws IOException {
        try (InputStream in = loader.getResourceAsStream("presets/" + relative)) {
            if (in == null) return Optional.empty();
            return Optional.of(new PresetText("built-in presets/" + relative,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    @Override
    public Set<String> list(String folder, String suffix) throws IOException {
        URL anchor = loader.getResource(ANCHOR);
        if (anchor == null) return Set.of();
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                return listInJar(uri, folder, suffix);
            }
            Path presets = Path.of(uri).getParent();
            return new DirectoryLocation(presets).list(folder, suffix);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Set.of();
        }
    }

    private static Set<String> listInJar(URI uri, String folder, String suffix) throws IOException {
        FileSystem fs;
        boolean mine = false;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
            mine = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        try {
            return new DirectoryLocation(fs.getPath("/presets")).list(folder, suffix);
        } finally {
            if (mine) fs.close();
        }
    }
}
