package org.headroom.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The user's preferences (recent files, the editor's time format, the monitor's QC log height),
 * read and written on one background thread of their own. {@code java.util.prefs} reads a
 * node's file from disk the first time the node is used and writes it on a flush, and the EDT
 * never waits on disk: a window reads what it needs before it is built (from its opening
 * worker) or asks for it and gets it later, and a change is written and flushed behind its
 * back, at once, so a crash does not lose it. One thread keeps the writes in order.
 */
public final class Prefs {
    /**
     * One thread at most, not a daemon, gone two seconds after its last task: a write asked for
     * as the last window closes still reaches the disk before the JVM ends, and an idle session
     * keeps no thread for it.
     */
    private static final ExecutorService DISK;

    static {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> new Thread(r, "preferences"));
        pool.allowCoreThreadTimeOut(true);
        DISK = pool;
    }
    private static volatile Supplier<Preferences> root = Preferences::userRoot;

    private Prefs() {
    }

    /**
     * The value under {@code key} in the node at {@code path} (a path from the user root, such as
     * "org/headroom/editor"), or {@code fallback} when there is none or the preferences cannot be
     * read: they are a convenience, never a reason for a window not to open.
     */
    public static CompletableFuture<String> get(String path, String key, String fallback) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return root.get().node(path).get(key, fallback);
            } catch (RuntimeException e) {
                return fallback;
            }
        }, DISK);
    }

    /** Stores {@code value} under {@code key} and flushes it to disk, on the preferences thread; returns at once. */
    public static CompletableFuture<Void> put(String path, String key, String value) {
        return CompletableFuture.runAsync(() -> {
            try {
                Preferences node = root.get().node(path);
                node.put(key, value);
                node.flush();
            } catch (RuntimeException | BackingStoreException e) {
                // a read-only home keeps the choice for this session only
            }
        }, DISK);
    }

    /** Done once every read and write asked for so far is done (for a window that closes, and for tests). */
    public static CompletableFuture<Void> settled() {
        return CompletableFuture.runAsync(() -> { }, DISK);
    }

    /** Tests: where the preferences live from now on (a store that records which thread touches it). */
    public static void useRoot(Supplier<Preferences> store) {
        root = store;
    }

    /** Tests: back to the user's own preferences. */
    public static void useUserRoot() {
        root = Preferences::userRoot;
    }
}
