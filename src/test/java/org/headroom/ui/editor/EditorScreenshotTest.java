package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.edt.GuiActionRunner;
import org.headroom.audio.WavWriter;
import org.headroom.edit.Edit;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the editor on the dialogue take to target/screenshots/editor.png: the clipped shout
 * in red, suggested edit points, a selection, a fade-in and a cut, a music bed ducked under the
 * voice in its lane, and the hum notched with a touch of presence EQ, all in the Applied list.
 * The README's picture comes from here, and a person looks at it before a change to the layout
 * is committed.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class EditorScreenshotTest {
    @TempDir
    Path temp;

    private EditorWindow window;

    @BeforeAll
    static void display() {
        EditorGui.requireDisplay();
    }

    @Test
    void rendersTheEditorOnTheDialogueTake() throws Exception {
        window = EditorGui.open(EditorGui.DIALOGUE, temp);
        Path bed = temp.resolve("music-bed.wav"); // a soft G-major chord standing in for a music bed
        float[] chord = TestSignals.mix(TestSignals.sine(44100, 12, 196, -22), TestSignals.sine(44100, 12, 247, -26),
                TestSignals.sine(44100, 12, 294, -26));
        WavWriter.write(bed, 44100, WavWriter.SampleFormat.PCM_24, new float[][] {chord, chord});
        GuiActionRunner.execute(() -> {
            TimeDisplay.choose(org.headroom.analysis.TimeFormat.MILLISECONDS); // the README shows the default, whatever this user chose
            EditorPane p = window.pane();
            EditorSession s = p.session();
            s.select(7 * 48000, (long) (7.6 * 48000));
            p.commands().cut();
            p.commands().fade(true, 0.4, org.headroom.edit.FadeShape.S_CURVE);
            p.commands().fade(false, 0.8, org.headroom.edit.FadeShape.EQUAL_POWER);
            s.select(0, 0);
            assertNull(p.commands().insertSound(bed, true));
            assertNull(p.commands().effect(new Edit.HumNotch(50, 4, 30)));
            assertNull(p.commands().effect(new Edit.Eq(null, "presence", null, null)));
            p.findings().step(1);
            s.select((long) (5.62 * 48000), (long) (6.5 * 48000));
            p.view().fit();
        });
        Thread.sleep(4000); // the layer lane's duck and the findings' second analysis arrive from workers
        Path shot = EditorGui.screenshot(window, "editor.png");
        assertTrue(Files.size(shot) > 30_000, "a real picture, not an empty frame");
    }
}
