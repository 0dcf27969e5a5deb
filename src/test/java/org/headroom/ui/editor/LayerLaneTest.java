package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.edt.GuiActionRunner;
import org.headroom.audio.WavWriter;
import org.headroom.edit.LayerShape;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's mixing commands on the dialogue take: Insert → Sound… lays a ducked bed at the
 * cursor and the layer lane draws it with its duck envelope (worked out off the EDT); "Use
 * selection as room tone", "Fill with room tone" and "Lengthen pause…" change the programme.
 * Writes target/screenshots/editor-layers.png for a person to look at.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class LayerLaneTest {
    private static final int RATE = 48000;

    @TempDir
    Path temp;

    private EditorWindow window;

    @BeforeAll
    static void display() {
        EditorGui.requireDisplay();
    }

    @Test
    void aDuckedBedShowsInItsLaneAndTheRoomToneCommandsEditTheProgramme() throws Exception {
        window = EditorGui.open(EditorGui.DIALOGUE, temp);
        Path bed = temp.resolve("bed.wav");
        float[] chord = TestSignals.mix(TestSignals.sine(44100, 30, 196, -20), TestSignals.sine(44100, 30, 294, -24));
        WavWriter.write(bed, 44100, WavWriter.SampleFormat.PCM_24, new float[][] {chord, chord});
        EditorPane p = window.pane();
        long before = GuiActionRunner.execute(() -> p.session().map().frames());
        GuiActionRunner.execute(() -> {
            TimeDisplay.choose(org.headroom.analysis.TimeFormat.MILLISECONDS);
            EditorSession s = p.session();
            s.select(RATE / 2, RATE / 2);
            assertNull(p.commands().insertSound(bed, true));
            s.select((long) (0.0 * RATE), (long) (0.4 * RATE));
            assertNull(p.commands().useAsRoomTone());
            s.select((long) (2.0 * RATE), (long) (2.5 * RATE));
            assertNull(p.commands().fillWithRoomTone());
            s.select(4 * RATE, 4 * RATE);
            assertNull(p.commands().lengthenPause(0.75));
            p.view().fit();
        });
        assertTrue(EditorGui.waitFor(() -> !GuiActionRunner.execute(() -> p.layerLane().shapes()).isEmpty(), 30_000),
                "the lane works out the layer");
        LayerShape shape = GuiActionRunner.execute(() -> p.layerLane().shapes().get(0));
        assertEquals(RATE / 2, shape.start(), "at the cursor");
        assertEquals(before + (long) (0.75 * RATE), (long) GuiActionRunner.execute(() -> p.session().map().frames()), "the pause lengthened it");
        double lowest = 0;
        for (long f = shape.start(); f < shape.end(); f += RATE / 100) lowest = Math.min(lowest, shape.gainDbAt(f));
        assertEquals(-10, lowest, 0.01, "the bed ducks under the dialogue by the default 10 dB");
        assertTrue(GuiActionRunner.execute(() -> p.layerLane().isShowing() && p.layerLane().getHeight() > 20), "the lane is on screen");
        Thread.sleep(800);
        Path shot = EditorGui.screenshot(window, "editor-layers.png");
        assertTrue(Files.size(shot) > 30_000, "a real picture, not an empty frame");
    }
}
