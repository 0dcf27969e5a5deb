package org.headroom.ui;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureDevices;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;

/**
 * Starts the window: reads the presets (on the calling thread, before the EDT is involved),
 * installs FlatLaf with Headroom's colours from presets/ui, and opens the monitor.
 */
public final class HeadroomApp {
    /** FlatLaf reads presets/ui/FlatLaf.properties, FlatDarkLaf.properties... from the jar. */
    private static final String LOOKS = "presets.ui";
    private static boolean dark = true;
    private static boolean looksRegistered;

    private HeadroomApp() {
    }

    /**
     * Opens the monitor and returns at once (the window keeps the JVM alive).
     *
     * @return 0 when the window opened, 2 when there is no display, 3 when the presets cannot be read
     */
    public static int launch() {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("headroom: no display for the monitor window; on a server use the command line"
                    + " (headroom --help)");
            return 2;
        }
        UiPresets ui;
        PresetCatalog catalog;
        try {
            ui = UiPresets.load();
            catalog = PresetCatalog.load(PresetLoader.standard());
        } catch (IOException | PresetException | RuntimeException e) {
            System.err.println("headroom: cannot read the presets: " + e.getMessage());
            return 3;
        }
        SwingUtilities.invokeLater(() -> open(ui, catalog, CaptureDevices::list).start());
        return 0;
    }

    /** Builds the window with the given device lister (tests pass an empty one). EDT only; call start() on it. */
    static MonitorWindow open(UiPresets ui, PresetCatalog catalog, Supplier<List<CaptureDevice>> devices) {
        return open(ui, catalog, new InputOpener(devices));
    }

    /** As above with an opener of one's own (a test's fake capture line). */
    static MonitorWindow open(UiPresets ui, PresetCatalog catalog, InputOpener opener) {
        installTheme(ui.dark());
        MonitorWindow window = new MonitorWindow(ui, catalog, opener);
        window.setVisible(true);
        return window;
    }

    public static void installTheme(boolean darkTheme) {
        if (!looksRegistered) {
            FlatLaf.registerCustomDefaultsSource(LOOKS);
            looksRegistered = true;
        }
        dark = darkTheme;
        if (dark) FlatDarkLaf.setup();
        else FlatLightLaf.setup();
    }

    /** Dark to light and back; every open window repaints in the new colours. EDT only. */
    static void toggleTheme() {
        installTheme(!dark);
        FlatLaf.updateUI();
    }

    static boolean isDark() {
        return dark;
    }
}
