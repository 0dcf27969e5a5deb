package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.GuiActionRunner;
import org.headroom.ui.HeadroomApp;

/**
 * Shared set-up of the editor's GUI tests: like the monitor's, they run only with
 * {@code -Dheadroom.gui=true}, and then a headless JVM is a failure, not a skip.
 */
final class EditorGui {
    static final Path DIALOGUE = Path.of("testdata", "dialogue-clipped-hum-48000-2-24.wav");

    private EditorGui() {
    }

    static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            fail("headroom.gui=true but AWT is headless: run Maven with -Dheadless=false under a display (xvfb-run -a mvn ...)");
        }
    }

    /** Opens a copy of {@code source} in {@code folder} (so project files land there) and waits until it is read and analysed. */
    static EditorWindow open(Path source, Path folder) throws Exception {
        Path copy = folder.resolve(source.getFileName());
        Files.copy(source, copy);
        EditorWindow w = GuiActionRunner.execute(() -> {
            HeadroomApp.installTheme(true);
            EditorWindow e = EditorWindow.open(copy);
            e.setSize(1440, 860);
            return e;
        });
        assertTrue(waitFor(() -> w.pane() != null && w.pane().session().scan().peaks().isComplete(), 15_000), "the waveform is read");
        assertTrue(waitFor(() -> !w.pane().findings().counterText().startsWith("analysing"), 15_000), "the analysis finishes");
        return w;
    }

    static boolean waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (Boolean.TRUE.equals(GuiActionRunner.execute(condition::getAsBoolean))) return true;
            Thread.sleep(50);
        }
        return Boolean.TRUE.equals(GuiActionRunner.execute(condition::getAsBoolean));
    }

    static <T> T onEdt(java.util.concurrent.Callable<T> c) {
        return GuiActionRunner.execute(c);
    }

    static Path screenshot(EditorWindow w, String name) throws IOException {
        BufferedImage image = GuiActionRunner.execute(() -> {
            var root = w.getRootPane();
            BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            root.paint(g);
            g.dispose();
            return img;
        });
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
