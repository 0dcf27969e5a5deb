package org.headroom.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders the monitor after about 6 s of the demo input (past the clipped shout) to
 * target/screenshots/monitor.png, in both themes: the picture in the README comes from here,
 * and a person looks at it before a change to the layout is committed.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class MonitorScreenshotTest {
    private MonitorWindow window;

    @BeforeAll
    static void display() {
        GuiTests.requireDisplay();
    }

    @AfterEach
    void close() {
        if (window != null) GuiActionRunner.execute(() -> window.dispose());
    }

    @Test
    void rendersTheMonitorAfterSixSecondsOfDemoInput() throws Exception {
        window = GuiTests.openWithoutDevices();
        GuiActionRunner.execute(() -> window.setSize(1440, 900));
        Thread.sleep(6500);
        Path dark = GuiTests.screenshot(window, "monitor.png");
        GuiActionRunner.execute(HeadroomApp::toggleTheme);
        Thread.sleep(600);
        Path light = GuiTests.screenshot(window, "monitor-light.png");
        GuiActionRunner.execute(HeadroomApp::toggleTheme);
        assertTrue(Files.size(dark) > 20_000, "a real picture, not an empty frame");
        assertTrue(Files.size(light) > 20_000);
    }
}
