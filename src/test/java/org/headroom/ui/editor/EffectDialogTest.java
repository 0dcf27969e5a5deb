package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JComboBox;
import org.assertj.swing.edt.GuiActionRunner;
import org.headroom.edit.Edit;
import org.headroom.ui.monitor.GuiTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Effect menu's dialogs on the dialogue take: a reverb set to a room over the selection is
 * applied as a reverb edit whose range is the selection's source times; the noise-reduction
 * dialog offers the selection as the profile. Screenshots of both dialogs go to
 * target/screenshots/ for a person to look at.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class EffectDialogTest {
    @TempDir
    Path temp;

    private EditorWindow window;

    @BeforeAll
    static void display() {
        EditorGui.requireDisplay();
    }

    /** The first component of {@code kind} under {@code c} that {@code which} accepts, or null. */
    private static <T> T find(java.awt.Container c, Class<T> kind, java.util.function.Predicate<T> which) {
        for (java.awt.Component k : c.getComponents()) {
            if (kind.isInstance(k) && which.test(kind.cast(k))) return kind.cast(k);
            if (k instanceof java.awt.Container inner) {
                T found = find(inner, kind, which);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static JButton button(java.awt.Container c, String text) {
        return find(c, JButton.class, b -> text.equals(b.getText()));
    }

    @SuppressWarnings("unchecked")
    private static JComboBox<String> combo(java.awt.Container c, String name) {
        return find(c, JComboBox.class, b -> name.equals(b.getName()));
    }

    private static JButton named(java.awt.Container c, String name) {
        return find(c, JButton.class, b -> name.equals(b.getName()));
    }

    @Test
    void reverbOverTheSelectionIsAppliedAsARangedEdit() throws Exception {
        window = EditorGui.open(EditorGui.DIALOGUE, temp);
        EffectDialog dialog = GuiActionRunner.execute(() -> {
            window.pane().session().select(2 * 48000, 4 * 48000);
            EffectDialog d = EffectDialog.reverb(window.pane());
            combo(d.getContentPane(), "room").setSelectedItem("church-hall");
            return d;
        });
        Thread.sleep(300);
        Path shot = GuiTests.screenshot(dialog, "effect-reverb.png");
        assertTrue(Files.size(shot) > 3_000, "a real picture");
        GuiActionRunner.execute(() -> button(dialog.getContentPane(), "Apply").doClick());
        Edit last = GuiActionRunner.execute(() -> {
            var edits = window.pane().session().edits().edits();
            return edits.get(edits.size() - 1);
        });
        assertTrue(last instanceof Edit.Reverb, String.valueOf(last));
        Edit.Reverb r = (Edit.Reverb) last;
        assertEquals("church-hall", r.room());
        assertEquals(2.0, r.start(), 1e-6, "the selection's source start");
        assertEquals(4.0, r.end(), 1e-6, "the selection's source end");
    }

    @Test
    void noiseReductionOffersTheSelectionAsItsProfile() throws Exception {
        window = EditorGui.open(EditorGui.DIALOGUE, temp);
        EffectDialog dialog = GuiActionRunner.execute(() -> {
            window.pane().session().select((long) (0.1 * 48000), (long) (0.6 * 48000));
            return EffectDialog.noiseReduction(window.pane(), null);
        });
        Thread.sleep(300);
        GuiTests.screenshot(dialog, "effect-denoise.png");
        GuiActionRunner.execute(() -> button(dialog.getContentPane(), "Apply").doClick());
        Edit last = GuiActionRunner.execute(() -> {
            var edits = window.pane().session().edits().edits();
            return edits.get(edits.size() - 1);
        });
        assertEquals(new Edit.Denoise(12, 0.1, 0.6), last);
    }

    @Test
    void aHumFindingOffersTheNotch() throws Exception {
        window = EditorGui.open(EditorGui.DIALOGUE, temp);
        String offered = GuiActionRunner.execute(() -> {
            FindingsPanel f = window.pane().findings();
            for (int i = 0; i < 50; i++) {
                f.step(1);
                JButton fix = named(f, "fixFinding");
                if (fix.isVisible() && fix.getText().contains("hum")) {
                    fix.doClick();
                    return fix.getText();
                }
            }
            return null;
        });
        assertEquals("Notch the hum", offered, "the dialogue take has a 50 Hz hum finding");
        Edit last = GuiActionRunner.execute(() -> {
            var edits = window.pane().session().edits().edits();
            return edits.get(edits.size() - 1);
        });
        assertEquals(new Edit.HumNotch(50, 4, 30), last);
        GuiTests.screenshot(window, "editor-hum-fix.png");
    }
}
