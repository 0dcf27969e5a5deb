package org.headroom.ui.editor;

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
import org.headroom.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 points 2 and 7 in the editor: Ctrl+T switches the one theme, and no key bypasses the table. */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class EditorKeysTest {
    @TempDir
    Path folder;

    private FrameFixture frame;

    @BeforeAll
    static void display() {
        EditorGui.requireDisplay();
    }

    @AfterEach
    void close() {
        if (frame != null) frame.cleanUp();
    }

    @Test
    void ctrlTSwitchesTheThemeAndEveryKeyIsInTheTable() throws Exception {
        EditorWindow w = EditorGui.open(EditorGui.DIALOGUE, folder);
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), w);
        assertThat(GuiActionRunner.execute(() -> LiveKeys.notInTable(w, KeyTable.EDITOR))).isEqualTo(List.of());
        boolean dark = GuiActionRunner.execute(Theme::isDark);
        frame.pressKey(KeyEvent.VK_CONTROL).pressAndReleaseKeys(KeyEvent.VK_T).releaseKey(KeyEvent.VK_CONTROL);
        assertTrue(EditorGui.waitFor(() -> GuiActionRunner.execute(Theme::isDark) != dark, 2_000), "Ctrl+T switches the theme");
        GuiActionRunner.execute(() -> Theme.install(true));
    }
}
