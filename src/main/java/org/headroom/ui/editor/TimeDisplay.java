package org.headroom.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.headroom.analysis.TimeFormat;
import org.headroom.ui.common.Prefs;

/**
 * The time format every editor window's readouts use (selection, playhead, findings, edit
 * points): one choice for the whole session, kept in the user's preferences like the recent
 * files, so the next session opens with it. Read and written on the preferences' own thread
 * ({@link Prefs}), never on the EDT; otherwise EDT only.
 */
final class TimeDisplay {
    private static final String NODE = "org/headroom/editor";
    private static final String KEY = "timeFormat";
    /** Windows add theirs as they are built, off the EDT ({@link EditorWindow#build}); the EDT calls them. */
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
    /** The chosen format; null until read from the preferences (off the EDT, by {@link #load}) or chosen. */
    private static final AtomicReference<TimeFormat> CURRENT = new AtomicReference<>();

    private TimeDisplay() {
    }

    /**
     * Reads the saved format from the preferences, waiting for it: never on the EDT. The editor's
     * opening worker calls it before the window is built, so the readouts start in the user's format.
     */
    static void load() {
        if (CURRENT.get() != null) return;
        TimeFormat saved;
        try {
            saved = TimeFormat.named(Prefs.get(NODE, KEY, TimeFormat.MILLISECONDS.name()).join());
        } catch (RuntimeException e) {
            saved = TimeFormat.MILLISECONDS; // preferences are a convenience, never a reason not to open
        }
        CURRENT.compareAndSet(null, saved); // a choice made meanwhile wins
    }

    /** The format in use; milliseconds until the saved one has been read. */
    static TimeFormat current() {
        TimeFormat f = CURRENT.get();
        return f != null ? f : TimeFormat.MILLISECONDS;
    }

    /** Sample {@code frame} in the chosen format. */
    static String of(long frame, int rate) {
        return current().format(frame, rate);
    }

    /** EDT only: the new format shows at once in every window, and is saved behind their backs. */
    static void choose(TimeFormat format) {
        if (format == current() && CURRENT.get() != null) return;
        CURRENT.set(format);
        Prefs.put(NODE, KEY, format.name());
        for (Runnable r : LISTENERS) r.run();
    }

    /** Called after every change of format; a window removes its listener when it closes. */
    static void onChange(Runnable r) {
        LISTENERS.add(r);
    }

    static void removeListener(Runnable r) {
        LISTENERS.remove(r);
    }
}
