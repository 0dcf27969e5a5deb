package org.headroom.ui.monitor;

import org.headroom.ui.common.Theme;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the monitor after about 6 s of the demo input (past the clipped shout), recording
 * scene 12 take 3 for most of it, to target/screenshots/monitor.png, in both themes: the
 * picture in the README comes from here, and a person looks at it before a change to the
 * layout is committed.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class MonitorScreenshotTest {
    @TempDir
    Path folder;

    private MonitorWindow window;

    @BeforeAll
    static void display() {
        GuiTests.requireDisplay();
    }

    @Test
    void rendersTheMonitorAfterSixSecondsOfDemoInput() throws Exception {
        window = GuiTests.openWithoutDevices(UiPresets.load().withRecordingsFolder(folder));
        // the size the window opens at on the 1920x1080 test screen (1600x1040): the README shows the default layout
        assertTrue(GuiTests.waitFor(() -> window.running() != null, 10_000));
        GuiTests.chooseDemo(window); // the demo standing in for a missing device is not recorded
        GuiActionRunner.execute(() -> {
            window.takes().panel().fill("12", 3, "boom op on the left, traffic outside");
            window.takes().toggle();
        });
        Thread.sleep(6500);
        Path dark = GuiTests.screenshot(window, "monitor.png");
        GuiActionRunner.execute(Theme::toggle);
        Thread.sleep(600);
        Path light = GuiTests.screenshot(window, "monitor-light.png");
        GuiActionRunner.execute(Theme::toggle);
        GuiActionRunner.execute(() -> window.takes().toggle());
        assertTrue(GuiTests.waitFor(() -> !window.takes().isRecording() && Files.exists(folder.resolve("S12-T03.wav")), 10_000));
        assertTrue(Files.size(dark) > 20_000, "a real picture, not an empty frame");
        assertTrue(Files.size(light) > 20_000);
    }
}
