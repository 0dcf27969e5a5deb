package org.headroom.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.headroom.analysis.TimeFormat;

/**
 * The time format every editor window's readouts use (selection, playhead, findings, edit
 * points): one choice for the whole session, kept in the user's preferences like the recent
 * files, so the next session opens with it. EDT only.
 */
final class TimeDisplay {
    private static final String KEY = "timeFormat";
    private static final List<Runnable> LISTENERS = new ArrayList<>();
    private static TimeFormat current;

    private TimeDisplay() {
    }

    private static Preferences prefs() {
        return Preferences.userRoot().node("org/headroom/editor");
    }

    static TimeFormat current() {
        if (current == null) {
            try {
                current = TimeFormat.named(prefs().get(KEY, TimeFormat.MILLISECONDS.name()));
            } catch (RuntimeException e) {
                current = TimeFormat.MILLISECONDS; // preferences are a convenience, never a reason not to open
            }
        }
        return current;
    }

    /** Sample {@code frame} in the chosen format. */
    static String of(long frame, int rate) {
        return current().format(frame, rate);
    }

    static void choose(TimeFormat format) {
        if (format == current()) return;
        current = format;
        try {
            prefs().put(KEY, format.name());
        } catch (RuntimeException e) {
            // a read-only home keeps the choice for this session only
        }
        for (Runnable r : List.copyOf(LISTENERS)) r.run();
    }

    /** Called after every change of format; a window removes its listener when it closes. */
    static void onChange(Runnable r) {
        LISTENERS.add(r);
    }

    static void removeListener(Runnable r) {
        LISTENERS.remove(r);
    }
}
