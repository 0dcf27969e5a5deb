package org.headroom.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.RootPaneContainer;

import org.assertj.swing.edt.GuiActionRunner;
import org.headroom.preset.PresetLoader;

/**
 * Shared set-up of the GUI tests. They run only with {@code -Dheadroom.gui=true} (CI sets it
 * and runs Maven under xvfb-run with {@code -Dheadless=false}); with the property set, a
 * headless JVM or a missing display is a failure, not a skip. The editor's and the advisor's
 * GUI tests (EditorGui, AdvisorGui) use the display check, waiting and screenshots from here.
 */
public final class GuiTests {
    static {
        // the monitor remembers its QC log's height: tests keep theirs apart from the user's, and
        // every run starts from the default layout (MonitorLayoutTest uses a node of its own)
        System.setProperty(SplitMemory.NODE_PROPERTY, "org/headroom/test/monitor");
        try {
            SplitMemory.prefs().clear();
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IllegalStateException("cannot clear the test preferences", e);
        }
    }

    private GuiTests() {
    }

    public static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            fail("headroom.gui=true but AWT is headless: run Maven with -Dheadless=false under a display"
                    + " (xvfb-run -a mvn ...), as .ci/run does");
        }
    }

    /** The monitor as a user without a sound card sees it: no capture device, so it opens on the demo input. */
    static MonitorWindow openWithoutDevices() throws Exception {
        return openWithoutDevices(UiPresets.load());
    }

    /** As above with the given settings (a temporary recordings folder, say). */
    static MonitorWindow openWithoutDevices(UiPresets ui) throws Exception {
        PresetCatalog catalog = PresetCatalog.load(PresetLoader.standard());
        return GuiActionRunner.execute(() -> {
            MonitorWindow w = MonitorLaunch.open(ui, catalog, List::of);
            w.start();
            return w;
        });
    }

    /**
     * Picks the demo input as the user would (Input → Demo) and waits until it runs: only a demo the
     * user chose may be recorded, not one standing in for a missing device.
     */
    static void chooseDemo(MonitorWindow window) throws InterruptedException {
        RunningInput standIn = GuiActionRunner.execute(window::running);
        GuiActionRunner.execute(() -> window.switchTo(new InputSpec.Demo()));
        assertTrue(waitFor(() -> {
            RunningInput now = GuiActionRunner.execute(window::running);
            return now != null && now != standIn;
        }, 10_000), "the chosen demo runs");
    }

    /**
     * The monitor on a capture device of the test's own: {@code device} is the only one listed and
     * {@code lines} opens it (a fake line that goes away mid-take, say).
     */
    static MonitorWindow openOnDevice(UiPresets ui, org.headroom.audio.CaptureDevice device, InputOpener.LineOpener lines)
            throws Exception {
        PresetCatalog catalog = PresetCatalog.load(PresetLoader.standard());
        return GuiActionRunner.execute(() -> {
            MonitorWindow w = MonitorLaunch.open(ui, catalog, new InputOpener(() -> List.of(device), lines));
            w.start();
            return w;
        });
    }

    /**
     * The monitor as a JFrame, for the advisor's tests in another package: started, with this
     * device list (an empty one: it opens on the demo input).
     */
    public static javax.swing.JFrame openMonitor(java.util.function.Supplier<List<org.headroom.audio.CaptureDevice>> devices)
            throws Exception {
        PresetCatalog catalog = PresetCatalog.load(PresetLoader.standard());
        UiPresets ui = UiPresets.load();
        return GuiActionRunner.execute(() -> {
            MonitorWindow w = MonitorLaunch.open(ui, catalog, devices);
            w.start();
            return w;
        });
    }

    /** The monitor's running input (compared by identity: the advisor must not restart it), or null. */
    public static Object runningInput(javax.swing.JFrame monitor) {
        return GuiActionRunner.execute(() -> ((MonitorWindow) monitor).running());
    }

    /**
     * Block listeners others attached to the monitor's live session (the advisor's Listen… adds one
     * while it listens), not counting the window's own RT60 watch; -1 when nothing runs.
     */
    public static int captureListeners(javax.swing.JFrame monitor) {
        return GuiActionRunner.execute(() -> {
            RunningInput r = ((MonitorWindow) monitor).running();
            return r == null ? -1 : r.session().listenerCount() - RunningInput.OWN_LISTENERS;
        });
    }

    /** Polls a condition on the EDT until it holds or the time runs out. */
    public static boolean waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (Boolean.TRUE.equals(GuiActionRunner.execute(condition::getAsBoolean))) return true;
            Thread.sleep(50);
        }
        return Boolean.TRUE.equals(GuiActionRunner.execute(condition::getAsBoolean));
    }

    /** Paints the window's content (menus included) as the screen shows it, into target/screenshots. */
    public static Path screenshot(RootPaneContainer w, String name) throws IOException {
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
