package org.headroom.ui;

import java.awt.GraphicsEnvironment;
import javax.swing.SwingUtilities;

import org.headroom.ui.monitor.MonitorLaunch;

/**
 * The window side's entry: checks for a display, reads the presets on the calling thread
 * (before the EDT is involved) and opens the monitor, from which the editor and the advisor
 * are reached.
 */
public final class HeadroomApp {
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
        MonitorLaunch monitor;
        try {
            monitor = MonitorLaunch.load();
        } catch (MonitorLaunch.PresetsUnreadable e) {
            System.err.println("headroom: cannot read the presets: " + e.getMessage());
            return 3;
        }
        SwingUtilities.invokeLater(monitor::openAndStart);
        return 0;
    }
}
