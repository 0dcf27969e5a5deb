package org.headroom.ui.editor;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.headroom.ui.common.Prefs;

/**
 * The last recordings opened in the editor, newest first, kept in the user's preferences. The
 * list is read (and each file checked on disk) off the EDT, by {@link #load} from the opening
 * worker or in the background when the class is first used; the EDT only reads what is loaded.
 */
final class RecentFiles {
    private static final int MAX = 8;
    private static final String NODE = "org/headroom/editor";
    private static final String KEY = "recent";
    /** The list as last loaded or added to; null until the first load is done. */
    private static final AtomicReference<List<Path>> LOADED = new AtomicReference<>();

    static {
        Prefs.get(NODE, KEY, "").thenAccept(RecentFiles::keep); // so the monitor's File menu finds it ready
    }

    private RecentFiles() {
    }

    /** Reads the list from the preferences and checks the files exist, waiting for it: never on the EDT. */
    static void load() {
        if (LOADED.get() == null) keep(Prefs.get(NODE, KEY, "").join());
    }

    private static void keep(String saved) {
        List<Path> out = new ArrayList<>();
        for (String s : saved.split("\n")) {
            if (!s.isBlank() && Files.exists(Path.of(s))) out.add(Path.of(s));
        }
        LOADED.compareAndSet(null, List.copyOf(out)); // a file added meanwhile wins
    }

    /** The recent files as loaded so far: empty until they have been read. */
    static List<Path> list() {
        List<Path> l = LOADED.get();
        return l == null ? List.of() : l;
    }

    /** EDT: puts {@code file} first; the preferences are written on their own thread. */
    static void add(Path file) {
        List<Path> now = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        now.remove(abs);
        now.add(0, abs);
        List<Path> kept = List.copyOf(now.subList(0, Math.min(MAX, now.size())));
        LOADED.set(kept);
        StringBuilder b = new StringBuilder();
        for (Path p : kept) b.append(p).append('\n');
        Prefs.put(NODE, KEY, b.toString());
    }

    /** Where the file chooser starts: the folder of the newest recent file, else the working folder. */
    static File folder() {
        List<Path> l = list();
        return (l.isEmpty() ? Path.of("").toAbsolutePath() : l.get(0).toAbsolutePath().getParent()).toFile();
    }
}
