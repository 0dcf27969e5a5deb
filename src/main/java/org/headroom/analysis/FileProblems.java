package org.headroom.analysis;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why a file cannot be read, in the few words every command and the sound report print after its name. */
public final class FileProblems {
    private FileProblems() {
    }

    /** The common cases caught before reading, so every output says them the same way; null when none applies. */
    public static String before(Path file) {
        if (!Files.exists(file)) return "no such file";
        if (!Files.isReadable(file)) return "permission denied"; // a folder a card reader will not open says so too
        if (Files.isDirectory(file)) return "is a folder, not an audio file";
        return null;
    }

    /** An I/O failure's first line, or its kind when it has no message. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
