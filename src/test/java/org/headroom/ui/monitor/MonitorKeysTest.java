package org.headroom.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.headroom.ui.common.KeyTable;
import org.headroom.ui.common.LiveKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 point 2 in the monitor: Alt+R records (it reset the loudness meter), and no key bypasses the table. */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class MonitorKeysTest {
    @TempDir
    Path folder;

    private MonitorWindow window;
    private FrameFixture frame;

    @BeforeAll
    static void display() {
        GuiTests.requireDisplay();
    }

    @AfterEach
    void close() {
        if (frame != null) frame.cleanUp();
    }

    @Test
    void altRRecordsAndLeavesTheLoudnessAlone() throws Exception {
        window = GuiTests.openWithoutDevices(UiPresets.load().withRecordingsFolder(folder));
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), window);
        GuiTests.chooseDemo(window);
        assertTrue(GuiTests.waitFor(() -> window.running() != null, 10_000), "an input opens");
        frame.button("clip-L").focus();
        frame.pressKey(KeyEvent.VK_ALT).pressAndReleaseKeys(KeyEvent.VK_R).releaseKey(KeyEvent.VK_ALT);
        assertTrue(GuiTests.waitFor(() -> window.takes().isRecording(), 5_000), "Alt+R starts a take");
        frame.button("record").click();
        assertTrue(GuiTests.waitFor(() -> GuiActionRunner.execute(() -> window.takes().panel().state()) == TakePanel.State.IDLE,
                10_000), "the take is finished");
    }

    @Test
    void everyKeyTheWindowBindsIsInItsTable() throws Exception {
        window = GuiTests.openWithoutDevices(UiPresets.load().withRecordingsFolder(folder));
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), window);
        List<String> wrong = GuiActionRunner.execute(() -> LiveKeys.notInTable(window, KeyTable.MONITOR));
        assertThat(wrong).isEmpty();
    }
}
