package org.headroom.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes the autosave on its own thread, shortly after each change: the editor hands over the
 * new (immutable) list and goes on; a burst of changes within the debounce time is written once,
 * as its last list. Every write is atomic ({@link EditProject#autosave}), so killing the program
 * at any moment leaves the previous autosave or the new one.
 */
public final class ProjectAutosaver implements AutoCloseable {
    private final Path audio;
    private final long debounceNanos;
    private final ScheduledExecutorService thread;
    private final AtomicReference<EditList> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicReference<IOException> lastError = new AtomicReference<>();
    private volatile EditList lastWritten;
    private volatile long writes;

    public ProjectAutosaver(Path audio, Duration debounce) {
        this.audio = audio;
        this.debounceNanos = debounce.toNanos();
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autosave " + audio.getFileName());
            t.setDaemon(true);
            return t;
        });
    }

    /** Called on every change, from any thread; returns at once. */
    public void changed(EditList list) {
        pending.set(list);
        if (scheduled.compareAndSet(false, true)) thread.schedule(this::write, debounceNanos, TimeUnit.NANOSECONDS);
    }

    private void write() {
        scheduled.set(false);
        EditList list = pending.getAndSet(null);
        if (list == null || list.equals(lastWritten)) return;
        try {
            EditProject.autosave(audio, list);
            lastWritten = list;
            writes++;
            lastError.set(null);
        } catch (IOException e) {
            lastError.set(e); // shown by the editor; the next change tries again
        }
    }

    /** Writes what is pending now and waits for it. */
    public void flush() {
        try {
            thread.submit(this::write).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The list the last successful write saved, or null. */
    public EditList lastWritten() {
        return lastWritten;
    }

    public long writes() {
        return writes;
    }

    /** Why the last write failed (disk full, folder read-only), or null once one succeeds. */
    public IOException lastError() {
        return lastError.get();
    }

    /** Flushes and stops the thread. */
    @Override
    public void close() {
        flush();
        thread.shutdown();
    }
}
