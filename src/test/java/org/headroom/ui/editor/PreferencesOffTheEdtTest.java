package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import org.headroom.analysis.TimeFormat;
import org.headroom.ui.common.Prefs;
import org.headroom.ui.common.ThreadRecordingPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's preferences (the time format, the recent files) are read and written on the
 * preferences' own thread, never on the EDT: {@code java.util.prefs} reads a node's file on its
 * first use and writes it on a flush, and the EDT never waits on disk. The store records the
 * thread of every access; what the EDT does here is what the menus and the status bar do.
 */
class PreferencesOffTheEdtTest {
    private final ThreadRecordingPreferences store = new ThreadRecordingPreferences();
    private TimeFormat before;

    @TempDir
    Path temp;

    @BeforeEach
    void recordTheStore() {
        Prefs.useRoot(() -> store);
        before = TimeDisplay.current();
    }

    @AfterEach
    void userStoreAgain() throws Exception {
        SwingUtilities.invokeAndWait(() -> TimeDisplay.choose(before));
        Prefs.settled().get(10, TimeUnit.SECONDS);
        Prefs.useUserRoot();
    }

    @Test
    void choosingATimeFormatAndOpeningAFileWriteTheirChoiceOffTheEdt() throws Exception {
        Path take = Files.createFile(temp.resolve("take.wav"));
        TimeFormat other = before == TimeFormat.SAMPLES ? TimeFormat.MILLISECONDS : TimeFormat.SAMPLES;
        Thread[] edt = new Thread[1];
        SwingUtilities.invokeAndWait(() -> {
            edt[0] = Thread.currentThread();
            TimeDisplay.choose(other); // the status bar's format list
            RecentFiles.add(take); // a file opened
            assertEquals(other, TimeDisplay.current(), "the new format is in use at once, before it is written");
            assertEquals(take.toAbsolutePath().normalize(), RecentFiles.list().get(0));
        });
        Prefs.settled().get(10, TimeUnit.SECONDS);

        Preferences editor = store.node("org/headroom/editor");
        assertEquals(other.name(), editor.get("timeFormat", null), "the choice reached the store");
        assertTrue(editor.get("recent", "").startsWith(take.toAbsolutePath().normalize().toString()), editor.get("recent", ""));
        List<ThreadRecordingPreferences.Access> log = store.log();
        assertTrue(log.stream().anyMatch(a -> a.what().startsWith("flush")), "each change is flushed at once: " + log);
        for (ThreadRecordingPreferences.Access a : log) {
            assertFalse(a.thread() == edt[0], "the EDT touched the preferences: " + a.what());
        }
    }
}
