package org.headroom.ui.common;

import java.awt.GraphicsEnvironment;
import java.awt.Window;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Disposes every window still open after each test. All GUI tests share one JVM, and a window
 * an earlier test left open (a monitor still metering, an editor still analysing, a modal
 * question nobody answered) kept its timers and its EDT work going into the next test, whose
 * checks then failed now and then. Registered for every test by JUnit's extension
 * auto-detection (src/test/resources/META-INF/services and junit-platform.properties), so no
 * GUI test can forget it; in a headless JVM it does nothing.
 */
public final class DisposeWindowsAfterEach implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (GraphicsEnvironment.isHeadless() || !awtInUse()) return;
        SwingUtilities.invokeAndWait(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isDisplayable()) w.dispose();
            }
        });
    }

    /** True once something has started AWT's event thread: a test that never touched a window costs nothing here. */
    private static boolean awtInUse() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("AWT-EventQueue"));
    }
}
