package org.headroom.ui.monitor;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureDevices;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;
import org.headroom.ui.common.Theme;

/** The monitor's presets, read before the EDT is involved, and the opening of its window from them. */
public final class MonitorLaunch {
    private final UiPresets ui;
    private final PresetCatalog catalog;

    private MonitorLaunch(UiPresets ui, PresetCatalog catalog) {
        this.ui = ui;
        this.catalog = catalog;
    }

    /** Reads presets/meters.json, presets/ui/monitor.json and the delivery presets. Any thread. */
    public static MonitorLaunch load() throws PresetsUnreadable {
        try {
            return new MonitorLaunch(UiPresets.load(), PresetCatalog.load(PresetLoader.standard()));
        } catch (IOException | PresetException | RuntimeException e) {
            throw new PresetsUnreadable(e.getMessage());
        }
    }

    /** Opens the monitor on the system's capture devices and starts it. EDT only. */
    public void openAndStart() {
        open(ui, catalog, CaptureDevices::list).start();
    }

    /** Builds the window with the given device lister (tests pass an empty one). EDT only; call start() on it. */
    static MonitorWindow open(UiPresets ui, PresetCatalog catalog, Supplier<List<CaptureDevice>> devices) {
        return open(ui, catalog, new InputOpener(devices));
    }

    /** As above with an opener of one's own (a test's fake capture line). */
    static MonitorWindow open(UiPresets ui, PresetCatalog catalog, InputOpener opener) {
        Theme.install(ui.dark());
        MonitorWindow window = new MonitorWindow(ui, catalog, opener);
        window.setVisible(true);
        return window;
    }

    /** The presets could not be read; the message names the file and what is wrong. */
    public static final class PresetsUnreadable extends Exception {
        private static final long serialVersionUID = 1L;

        PresetsUnreadable(String message) {
            super(message);
        }
    }
}
