package org.headroom.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The house's one way of writing a file atomically: the bytes go to a hidden temporary file,
 * {@code .<target name>.<random>.part} in the target's own folder (so the final rename never
 * crosses file systems and stays atomic), and it is renamed over the target only when complete.
 * A reader, or a crash, sees the old file or the new one, never half of either. Used by the WAV
 * writer, the export sinks, the loudness log and the edit project files. Files still open are
 * remembered so that a shutdown hook (Ctrl+C) can delete them; after a kill -9 a hidden .part
 * may remain, never the target.
 */
public final class PartFile {
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile boolean hookInstalled;

    private final Path target;
    private final Path temp;
    private boolean done;

    private PartFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
        OPEN.add(temp);
    }

    /**
     * Starts a hidden temporary file for {@code target}; nothing appears under the target name until {@link #commit()}.
     *
     * <p>The file is created with no permissions asked for, so the system gives it the mode every
     * program's new files get (0666 less the umask: 0644 under umask 022, 0664 under 002) and the
     * rename keeps it. {@code Files.createTempFile} would make it 0600 whatever the umask, and a
     * podcast written to a shared folder could not be read by the colleague who uploads it.
     */
    public static PartFile create(Path target) throws IOException {
        Path t = target.toAbsolutePath();
        Path dir = t.getParent();
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + t.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".part");
            try {
                return new PartFile(t, Files.createFile(temp));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) throw e; // a random 64-bit name taken 100 times: something else is wrong
            }
        }
    }

    /**
     * Writes a small text file (UTF-8) atomically and durably: forced to disk before the rename,
     * so a crash at any moment leaves either the old file or the new one.
     */
    public static void writeText(Path target, String text) throws IOException {
        PartFile part = create(target);
        try {
            try (FileChannel ch = FileChannel.open(part.temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (b.hasRemaining()) ch.write(b);
                ch.force(true);
            }
            part.commit();
        } finally {
            part.abort();
        }
    }

    /**
     * Renames {@code from} over {@code to} in one step where the file system can, and by a plain
     * replace where it cannot (some network and FUSE file systems refuse atomic moves).
     */
    public static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The temporary file to write. */
    public Path temp() {
        return temp;
    }

    public Path target() {
        return target;
    }

    /** Renames the finished file into place; the caller has flushed and closed it. On failure the temporary file is deleted. */
    public void commit() throws IOException {
        if (done) return;
        done = true;
        try {
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            OPEN.remove(temp);
        }
    }

    /** Gives up: deletes the temporary file and leaves the target as it was. Does nothing after {@link #commit()}. */
    public void abort() {
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
    public static void deleteOnShutdown() {
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
