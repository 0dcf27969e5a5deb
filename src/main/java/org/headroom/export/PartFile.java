package org.headroom.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hidden temporary file an export writes before it is renamed to its target:
 * {@code .<target name>.<random>.part} in the target's own folder, so the final rename never
 * crosses file systems and stays atomic. Files still open are remembered so that a shutdown
 * hook (Ctrl+C) can delete them; after a kill -9 a hidden .part may remain, never the target.
 */
final class PartFile {
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private final Path target;
    private final Path temp;
    private boolean done;

    private PartFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
        OPEN.add(temp);
    }

    static PartFile create(Path target) throws IOException {
        Path t = target.toAbsolutePath();
        Path dir = t.getParent();
        return new PartFile(t, Files.createTempFile(dir, "." + t.getFileName() + ".", ".part"));
    }

    /** Remembers a temporary file made by someone else (WavWriter) for the shutdown hook. */
    static void remember(Path temp) {
        OPEN.add(temp);
    }

    static void forget(Path temp) {
        OPEN.remove(temp);
    }

    Path temp() {
        return temp;
    }

    Path target() {
        return target;
    }

    /** Renames the finished file into place; the caller has flushed and closed it. */
    void commit() throws IOException {
        if (done) return;
        done = true;
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            OPEN.remove(temp);
        }
    }

    void abort() {
        if (done) return;
        done = true;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing better to do: the file is hidden and named .part
        } finally {
            OPEN.remove(temp);
        }
    }

    /**
     * Installs (once) a shutdown hook that deletes every temporary file still open, so Ctrl+C
     * during an export leaves nothing behind. A kill -9 runs no hook; then only a hidden .part remains.
     */
    static void deleteOnShutdown() {
        if (hookInstalled) return;
        synchronized (PartFile.class) {
            if (hookInstalled) return;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Path p : OPEN) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // shutting down: nobody to tell
                    }
                }
            }, "headroom-export-cleanup"));
            hookInstalled = true;
        }
    }
}
