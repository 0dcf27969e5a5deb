package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.headroom.edit.EditProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the editor as a user would, under a (virtual) display: open the dialogue take, drag a
 * selection, cut it, undo, fade in, step through the findings, save, and export with a preset
 * to see the delivery check. The mouse and keys go through the AWT robot, so the listeners and
 * key bindings are what is tested, not the methods behind them.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class EditorWindowTest {
    private static final int RATE = 48000;
    /** AssertJ Swing's KeyPressInfo takes the old modifier masks (CTRL_MASK = 2, SHIFT_MASK = 1), not the *_DOWN_MASK ones. */
    @SuppressWarnings("deprecation")
    private static final int SHIFT_OLD = InputEvent.SHIFT_MASK;
    @SuppressWarnings("deprecation")
    private static final int MENU_OLD = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMask();

    @TempDir
    Path temp;

    private EditorWindow window;
    private FrameFixture frame;

    @BeforeAll
    static void display() {
        EditorGui.requireDisplay();
    }

    private void open() throws Exception {
        window = EditorGui.open(EditorGui.DIALOGUE, temp);
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        frame = new FrameFixture(robot, window);
    }

    @AfterEach
    void close() {
        if (frame != null) frame.cleanUp();
    }

    private EditorSession session() {
        return window.pane().session();
    }

    private long frames() {
        return EditorGui.onEdt(() -> session().map().frames());
    }

    /** Drags across the waveform from x0 to x1 (pixels) with the real mouse. */
    private void drag(int x0, int x1) {
        var wave = frame.robot().finder().findByName(window, "waveform", WaveformView.class);
        Robot r = frame.robot();
        r.pressMouse(wave, new Point(x0, 200), MouseButton.LEFT_BUTTON);
        r.moveMouse(wave, new Point((x0 + x1) / 2, 200));
        r.moveMouse(wave, new Point(x1, 200));
        r.releaseMouse(MouseButton.LEFT_BUTTON);
        r.waitForIdle();
    }

    @Test
    void opensShowsTheFindingsAndTheSuggestedEditPoints() throws Exception {
        open();
        assertEquals(EditorGui.onEdt(() -> session().format().frames()), frames(), "nothing edited yet");
        assertTrue(EditorGui.onEdt(() -> session().placedMarks().stream().anyMatch(p -> p.mark().isClip())), "the clipped shout is found");
        assertTrue(EditorGui.onEdt(() -> window.pane().points().count()) > 3, "pauses between the lines are suggested");
        frame.button("nextFinding").click();
        String counter = EditorGui.onEdt(() -> window.pane().findings().counterText());
        assertTrue(counter.matches("1 of \\d+"), counter);
        frame.button("nextFinding").click();
        assertTrue(EditorGui.onEdt(() -> window.pane().findings().counterText()).startsWith("2 of "));
    }

    @Test
    void selectCutUndoRedoWithMouseAndKeys() throws Exception {
        open();
        long before = frames();
        drag(300, 500);
        assertTrue(EditorGui.waitFor(() -> session().hasSelection(), 2000), "the drag selects");
        Thread.sleep(400); // the zero-crossing snap arrives from its worker
        long[] sel = EditorGui.onEdt(() -> new long[] {session().selStart(), session().selEnd()});
        assertTrue(sel[1] - sel[0] > RATE / 10, "a sizeable selection: " + (sel[1] - sel[0]));
        frame.button("cut").click();
        assertTrue(EditorGui.waitFor(() -> session().map().frames() == before - (sel[1] - sel[0]), 2000),
                "the programme is shorter by the selection: " + frames() + " vs " + (before - (sel[1] - sel[0])));
        frame.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(MENU_OLD));
        assertTrue(EditorGui.waitFor(() -> session().map().frames() == before, 2000), "undo restores the length");
        frame.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(MENU_OLD | SHIFT_OLD));
        assertTrue(EditorGui.waitFor(() -> session().map().frames() == before - (sel[1] - sel[0]), 2000), "redo cuts again");
        assertTrue(EditorGui.waitFor(() -> Files.exists(EditProject.autosaveFile(session().audio())), 3000), "the edit is autosaved");
    }

    @Test
    void shiftArrowNudgesTheSelectionEnd() throws Exception {
        open();
        GuiActionRunner.execute(() -> session().select(RATE, 2 * RATE));
        frame.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_RIGHT).modifiers(SHIFT_OLD));
        assertTrue(EditorGui.onEdt(() -> session().selEnd()) > 2 * RATE);
        assertEquals(RATE, EditorGui.onEdt(() -> session().selStart()));
    }

    @Test
    void fadeInFromTheToolbarAndSaveTheProject() throws Exception {
        open();
        GuiActionRunner.execute(() -> session().select(0, RATE / 2));
        frame.button("fadeIn").click();
        assertTrue(EditorGui.waitFor(() -> session().map().timeline().fadeIn().frames() == RATE / 2, 2000), "half a second fade-in");
        frame.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_S).modifiers(MENU_OLD));
        Path project = EditProject.projectFile(EditorGui.onEdt(() -> session().audio()));
        assertTrue(EditorGui.waitFor(() -> Files.exists(project), 2000), "the project file is next to the audio");
        assertTrue(Files.readString(project).contains("fadeIn"));
        assertFalse(EditorGui.onEdt(() -> session().isModified()));
    }

    @Test
    void exportWithAPresetShowsTheDeliveryCheck() throws Exception {
        open();
        GuiActionRunner.execute(() -> session().select(7 * RATE, 8 * RATE));
        frame.button("cut").click();
        frame.button("export").click();
        DialogFixture dialog = WindowFinder.findDialog("exportDialog").using(frame.robot());
        dialog.comboBox("preset").selectItem(java.util.regex.Pattern.compile(".*FLAC.*|.*flac.*"));
        Path out = temp.resolve("out.flac");
        dialog.textBox("target").setText(out.toString());
        dialog.button("export").click();
        assertTrue(EditorGui.waitFor(() -> dialog.label("verdict").target().getText().startsWith("Delivery check"), 60_000),
                "the export finishes and is checked: " + dialog.label("verdict").target().getText());
        assertTrue(Files.exists(out));
        var rows = EditorGui.onEdt(() -> ((ExportDialog) dialog.target()).results());
        assertTrue(rows.size() >= 3, rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("codec=")), rows.toString());
        dialog.close();
    }

    @Test
    void timesReadAsMillisecondsAndTheBoxSwitchesEveryReadoutToTimecode() throws Exception {
        open();
        GuiActionRunner.execute(() -> TimeDisplay.choose(org.headroom.analysis.TimeFormat.MILLISECONDS));
        GuiActionRunner.execute(() -> session().select((long) (5.62 * RATE), (long) (6.5 * RATE)));
        assertTrue(EditorGui.waitFor(() -> "0:00:05.620".equals(frame.label("selStart").target().getText()), 2000),
                "5.62 s reads as clock time, not 5 s + 29760 samples: " + frame.label("selStart").text());
        try {
            frame.comboBox("timeFormat").selectItem(org.headroom.analysis.TimeFormat.SMPTE_25.ordinal());
            // 5.62 s is 140.5 frames at 25 fps: frame 140 is 5 s and 15 frames
            assertTrue(EditorGui.waitFor(() -> "00:00:05:15".equals(frame.label("selStart").target().getText()), 2000),
                    frame.label("selStart").text());
            assertEquals(org.headroom.analysis.TimeFormat.SMPTE_25, EditorGui.onEdt(TimeDisplay::current));
            assertEquals("SMPTE_25", java.util.prefs.Preferences.userRoot().node("org/headroom/editor").get("timeFormat", ""),
                    "the choice is kept for the next session");
        } finally {
            GuiActionRunner.execute(() -> TimeDisplay.choose(org.headroom.analysis.TimeFormat.MILLISECONDS));
        }
        assertEquals(org.headroom.analysis.TimeFormat.MILLISECONDS, EditorGui.onEdt(() -> frame.comboBox("timeFormat").target().getSelectedItem()),
                "a choice made elsewhere (the View menu) shows in the box");
    }

    @Test
    void spacePlaysOrSaysThereIsNoOutputAndSpaceAgainStops() throws Exception {
        open();
        GuiActionRunner.execute(() -> session().select(RATE, 3 * RATE));
        frame.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_SPACE));
        var label = frame.label("playTime");
        assertTrue(EditorGui.waitFor(() -> label.target().getText().startsWith("\u25B6") || window.pane().playback().lastError() != null, 5000),
                "either the playhead moves or the editor says why it cannot play: " + label.target().getText());
        if (EditorGui.onEdt(() -> window.pane().playback().lastError()) != null) {
            assertTrue(EditorGui.waitFor(() -> window.pane().statusLabel().getText().contains("audio output"), 2000),
                    window.pane().statusLabel().getText());
            return;
        }
        assertTrue(EditorGui.waitFor(() -> window.pane().playback().playhead() > RATE + RATE / 10, 3000), "the playhead moves");
        frame.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_SPACE));
        assertTrue(EditorGui.waitFor(() -> !window.pane().playback().isPlaying(), 2000), "space pauses");
        long at = EditorGui.onEdt(() -> session().selStart());
        assertTrue(at > RATE && at < 3 * RATE, "the cursor waits where playback paused: " + at);
    }

    @Test
    void offersToRecoverTheAutosaveACrashLeft() throws Exception {
        Path take = temp.resolve("take.wav");
        Files.copy(EditorGui.DIALOGUE, take);
        var crashed = org.headroom.edit.EditList.of(new org.headroom.edit.Edit.Cut(1, 2));
        EditProject.autosave(take, crashed); // what a killed editor leaves: an autosave and no project
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        window = GuiActionRunner.execute(() -> {
            org.headroom.ui.common.Theme.install(true);
            return EditorWindow.open(take);
        });
        frame = new FrameFixture(robot, window);
        var question = org.assertj.swing.finder.JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
        assertTrue(question.target().getMessage().toString().contains("Recover them?"));
        // pressed on the EDT rather than by moving the mouse: other tests' windows may still be closing over it
        GuiActionRunner.execute(() -> question.yesButton().target().doClick());
        assertTrue(EditorGui.waitFor(() -> window.pane() != null, 10_000));
        assertEquals(crashed, EditorGui.onEdt(() -> session().edits()), "the autosaved edits are back");
        assertEquals(EditorGui.onEdt(() -> session().format().frames()) - RATE, frames(), "the recovered cut is applied");
        assertTrue(EditorGui.onEdt(() -> session().history().canUndo()), "undo goes back to the saved project");
    }
}
