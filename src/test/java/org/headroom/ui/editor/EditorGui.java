package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.assertj.swing.edt.GuiActionRunner;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.SourceFormat;
import org.headroom.edit.EditList;
import org.headroom.edit.SourceScan;
import org.headroom.ui.monitor.GuiTests;
import org.headroom.ui.common.Theme;

/**
 * Shared set-up of the editor's GUI tests: like the monitor's, they run only with
 * {@code -Dheadroom.gui=true}, and then a headless JVM is a failure, not a skip. The display
 * check, waiting and screenshots are the monitor's ({@link GuiTests}).
 */
final class EditorGui {
    static final Path DIALOGUE = Path.of("testdata", "dialogue-clipped-hum-48000-2-24.wav");

    private EditorGui() {
    }

    /**
     * A session on the dialogue take, scanned to the end, whose file is named in {@code folder}:
     * an edit autosaves beside that name, never beside testdata.
     */
    static EditorSession scannedDialogue(Path folder) throws Exception {
        SourceFormat f;
        try (AudioSource src = AudioFiles.open(DIALOGUE)) {
            f = src.format();
        }
        SourceScan scan = new SourceScan(f);
        try (AudioSource src = AudioFiles.open(DIALOGUE)) {
            scan.run(src, () -> false);
        }
        assertTrue(scan.peaks().isComplete());
        return new EditorSession(folder.resolve("take.wav"), f, scan, EditList.EMPTY, EditList.EMPTY);
    }

    static void requireDisplay() {
        GuiTests.requireDisplay();
    }

    /** Opens a copy of {@code source} in {@code folder} (so project files land there) and waits until it is read and analysed. */
    static EditorWindow open(Path source, Path folder) throws Exception {
        Path copy = folder.resolve(source.getFileName());
        Files.copy(source, copy);
        EditorWindow w = GuiActionRunner.execute(() -> {
            Theme.install(true);
            EditorWindow e = EditorWindow.open(copy);
            e.setSize(1440, 860);
            return e;
        });
        assertTrue(waitFor(() -> w.pane() != null && w.pane().session().scan().peaks().isComplete(), 15_000), "the waveform is read");
        assertTrue(waitFor(() -> !w.pane().findings().counterText().startsWith("analysing"), 15_000), "the analysis finishes");
        return w;
    }

    static boolean waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
        return GuiTests.waitFor(condition, millis);
    }

    static <T> T onEdt(java.util.concurrent.Callable<T> c) {
        return GuiActionRunner.execute(c);
    }

    static Path screenshot(EditorWindow w, String name) throws IOException {
        return GuiTests.screenshot(w, name);
    }
}
