package org.headroom.ui.editor;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last recordings opened in the editor, newest first, kept in the user's preferences. */
final class RecentFiles {
    private static final int MAX = 8;
    private static final String KEY = "recent";

    private RecentFiles() {
    }

    private static Preferences prefs() {
        return Preferences.userRoot().node("org/headroom/editor");
    }

    static List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String s : prefs().get(KEY, "").split("\n")) {
            if (!s.isBlank() && Files.exists(Path.of(s))) out.add(Path.of(s));
        }
        return out;
    }

    static void add(Path file) {
        List<Path> now = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        now.remove(abs);
        now.add(0, abs);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(MAX, now.size()); i++) b.append(now.get(i)).append('\n');
        try {
            prefs().put(KEY, b.toString());
        } catch (RuntimeException | Error e) {
            // preferences are a convenience: a read-only home must not stop the editor
        }
    }

    /** Where the file chooser starts: the folder of the newest recent file, else the working folder. */
    static File folder() {
        List<Path> l = list();
        return (l.isEmpty() ? Path.of("").toAbsolutePath() : l.get(0).toAbsolutePath().getParent()).toFile();
    }
}
