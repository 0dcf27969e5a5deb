package org.headroom.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each exported file goes. One source and an OUT that is not a folder: OUT itself.
 * Otherwise OUT must be a folder and each file keeps its name with the preset's extension.
 */
final class ExportTargets {
    private ExportTargets() {
    }

    /** @throws IllegalArgumentException with a message for the user */
    static Map<Path, Path> assign(List<Path> sources, Path out, String extension) {
        Map<Path, Path> targets = new LinkedHashMap<>();
        boolean folder = Files.isDirectory(out);
        if (!folder && sources.size() > 1) throw new IllegalArgumentException("-o " + out + " must be a folder when exporting several files");
        if (!folder) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) throw new IllegalArgumentException("-o " + out + ": folder " + parent + " does not exist");
        }
        Map<Path, Path> claimed = new LinkedHashMap<>();
        for (Path source : sources) {
            Path target = folder ? out.resolve(stem(source.getFileName().toString()) + "." + extension) : out;
            Path key = target.toAbsolutePath().normalize();
            Path other = claimed.putIfAbsent(key, source);
            if (other != null) throw new IllegalArgumentException(other + " and " + source + " would both be exported to " + target);
            for (Path input : sources) {
                if (input.toAbsolutePath().normalize().equals(key)) {
                    throw new IllegalArgumentException(target + " is a source file; an export never overwrites its own source");
                }
            }
            targets.put(source, target);
        }
        return targets;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
