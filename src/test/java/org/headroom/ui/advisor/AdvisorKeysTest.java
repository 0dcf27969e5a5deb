package org.headroom.ui.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.util.List;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.headroom.ui.common.KeyTable;
import org.headroom.ui.common.LiveKeys;
import org.headroom.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Issue 11 points 2 and 7 in the advisor: Ctrl+T switches the one theme, and no key bypasses the table. */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class AdvisorKeysTest {
    private FrameFixture frame;

    @BeforeAll
    static void display() {
        AdvisorGui.requireDisplay();
    }

    @AfterEach
    void close() {
        if (frame != null) frame.cleanUp();
    }

    @Test
    void ctrlTSwitchesTheThemeAndEveryKeyIsInTheTable() throws Exception {
        AdvisorWindow w = AdvisorGui.open();
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), w);
        assertThat(GuiActionRunner.execute(() -> LiveKeys.notInTable(w, KeyTable.ADVISOR))).isEqualTo(List.of());
        boolean dark = GuiActionRunner.execute(Theme::isDark);
        frame.pressKey(KeyEvent.VK_CONTROL).pressAndReleaseKeys(KeyEvent.VK_T).releaseKey(KeyEvent.VK_CONTROL);
        assertTrue(AdvisorGui.waitFor(() -> GuiActionRunner.execute(Theme::isDark) != dark, 2_000), "Ctrl+T switches the theme");
        GuiActionRunner.execute(() -> Theme.install(true));
    }
}
