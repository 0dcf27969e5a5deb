package org.headroom.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each file's loudness log goes. With one file, the name given. With several, the audio
 * file's name is added as a suffix: {@code --loudness-log loud.csv a.wav b.flac} writes
 * {@code loud-a.csv} and {@code loud-b.csv}; two files with the same name are refused.
 */
final class LogTargets {
    private LogTargets() {
    }

    /** @throws IllegalArgumentException with a message for the user when two logs would collide */
    static Map<Path, Path> assign(Path log, List<Path> files) {
        Map<Path, Path> targets = new LinkedHashMap<>();
        Map<Path, Path> claimedBy = new HashMap<>();
        for (Path file : files) {
            Path target = files.size() == 1 ? log : suffixed(log, stem(file.getFileName().toString()));
            Path key = target.toAbsolutePath().normalize();
            Path other = claimedBy.putIfAbsent(key, file);
            if (other != null && !other.equals(file)) {
                throw new IllegalArgumentException(other + " and " + file + " would both log to " + target
                        + "; analyse them in separate runs");
            }
            for (Path input : files) {
                if (input.toAbsolutePath().normalize().equals(key)) {
                    throw new IllegalArgumentException("the loudness log " + target + " would overwrite an input file");
                }
            }
            targets.put(file, target);
        }
        return targets;
    }

    private static Path suffixed(Path log, String suffix) {
        String name = log.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot > 0 ? name.substring(0, dot) + "-" + suffix + name.substring(dot) : name + "-" + suffix;
        return log.resolveSibling(renamed);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
