package org.headroom.ui.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.headroom.advice.Location;
import org.headroom.advice.Situation;
import org.headroom.ui.common.Readout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The advisor's words and layout (issue 11, points 5 and 6): hyphens stay hyphens, the headline
 * score is the "Why" text's, the noisiness reads as the command line says it, Listen… through the
 * demo take does not pass for the place, its notice wraps, and "Your recording" uses its width.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class AdvisorTextTest {
    /** A minus sign touching a letter is a hyphen drawn wrong ("off−axis"). */
    private static final Pattern MINUS_IN_A_WORD = Pattern.compile("\\p{L}\u2212|\u2212\\p{L}");
    private static final String DEMO_NOTICE = "Not this place: the monitor is on its demo take.";

    @TempDir
    Path temp;

    private AdvisorWindow window;
    private FrameFixture frame;

    @BeforeAll
    static void display() {
        AdvisorGui.requireDisplay();
    }

    @AfterEach
    void close() {
        if (frame != null) frame.cleanUp();
    }

    private void open(MonitorLink monitor) throws Exception {
        window = AdvisorGui.open(monitor);
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), window);
        GuiActionRunner.execute(() -> window.setSize(1440, 900));
    }

    @Test
    void proseKeepsItsHyphensAndTheScoreIsTheWhyTextsScore() throws Exception {
        open(MonitorLink.NONE);
        Path file = AdvisorGui.location(temp);
        GuiActionRunner.execute(() -> {
            window.advise.form.selectEnvironment("studio");
            window.advise.form.distance.setValue(0.5);
            window.advise.measureBar.measure(file);
        });
        assertTrue(AdvisorGui.waitFor(() -> window.advise.measured().isPresent(), 20_000), "the measurement finishes");
        GuiActionRunner.execute(() -> window.advise.recompute());
        TopChoiceCard top = window.advise.top;
        String shown = GuiActionRunner.execute(() -> top.placement.getText() + "\n" + top.kit.getText() + "\n"
                + top.figures.getText() + "\n" + top.reasons.getDocument().getText(0, top.reasons.getDocument().getLength()));
        assertFalse(MINUS_IN_A_WORD.matcher(shown).find(), "a hyphen drawn as a minus: " + shown);
        assertTrue(shown.contains("-"), "the advice has hyphenated prose to keep: " + shown);

        Matcher points = Pattern.compile("\\((\\d+) vs (\\d+) points\\)").matcher(shown);
        assertTrue(points.find(), shown);
        assertEquals(GuiActionRunner.execute(() -> top.score.getText()), points.group(1), "headline and Why text give one score");

        Location l = GuiActionRunner.execute(() -> window.advise.measured().orElseThrow());
        String noisiness = frame.textBox("Noisiness").text();
        // the command line prints l.rating().words(), which holds exactly these figures
        assertTrue(l.rating().words().contains(l.rating().figures()), l.rating().words());
        assertTrue(noisiness.contains(Readout.minusSign(l.rating().figures())), noisiness + " vs " + l.rating().figures());
    }

    @Test
    void listeningToTheDemoTakeIsShownButDoesNotStandInForThePlace() throws Exception {
        float[] x = ListenButtonTest.room();
        FakeMonitor monitor = new FakeMonitor(16_000, x);
        monitor.notice = DEMO_NOTICE;
        open(monitor);
        GuiActionRunner.execute(() -> window.advise.form.selectEnvironment("classroom"));
        Situation before = GuiActionRunner.execute(() -> window.advise.form.situation(Optional.empty()));
        frame.spinner("advise.listenSeconds").enterTextAndCommit("10");
        frame.button("advise.listen").click();
        assertTrue(AdvisorGui.waitFor(() -> window.advise.measured().isPresent(), 25_000), "the listening finishes");
        GuiActionRunner.execute(() -> window.advise.recompute());

        assertFalse(frame.checkBox("useMeasurement").target().isSelected(), "the demo's figures are not ticked in");
        assertTrue(frame.checkBox("useMeasurement").target().isEnabled(), "but they are there to choose");
        Situation after = GuiActionRunner.execute(() -> window.advise.situation());
        assertEquals(before.noiseFloorDbfs(), after.noiseFloorDbfs(), "the place's figures stay");
        assertEquals(before.rt60Seconds(), after.rt60Seconds(), "the place's figures stay");

        String status = frame.textBox("advise.status").text();
        assertTrue(status.endsWith(DEMO_NOTICE), status);
        assertWhole(window.advise.measureBar.status);
        AdvisorGui.screenshot(window, "advisor-listen-demo.png");
    }

    /** Point 6: the tab's two halves share the width, step 3 explains itself before Compare, and the instructions show whole. */
    @Test
    void yourRecordingUsesItsSpaceAndShowsItsInstructionsWhole() throws Exception {
        open(MonitorLink.NONE);
        frame.tabbedPane("advisorTabs").selectTab("Your recording");
        Thread.sleep(300);
        RecordingPanel panel = window.recording;
        int width = GuiActionRunner.execute(() -> panel.getWidth());
        Rectangle guess = GuiActionRunner.execute(() -> bounds(panel.floorGuess, panel));
        Rectangle lines = GuiActionRunner.execute(() -> bounds(panel.lines, panel));
        assertTrue(lines.x > width / 2 - 40 && lines.width > width / 3, "step 3 fills the right half: " + lines + " in " + width);
        assertTrue(guess.x < width / 2, "the guesses are on the left: " + guess);
        String waiting = GuiActionRunner.execute(() -> panel.lines.getDocument().getText(0, panel.lines.getDocument().getLength()));
        assertTrue(waiting.contains("press Compare"), "step 3 says what will appear there: " + waiting);
        assertWhole(panel.measureBar.status);
        AdvisorGui.screenshot(window, "advisor-recording.png");

        Path file = AdvisorGui.location(temp);
        GuiActionRunner.execute(() -> panel.measureBar.measure(file));
        assertTrue(AdvisorGui.waitFor(() -> panel.compare.isEnabled(), 20_000));
        frame.textBox("floorGuess").enterText("-60");
        frame.button("compare").click();
        Thread.sleep(300);
        Rectangle figures = GuiActionRunner.execute(() -> bounds(panel.figures, panel));
        assertTrue(figures.x > width / 2 - 40 && figures.width > width / 3, "the figures appear on the right: " + figures);
        AdvisorGui.screenshot(window, "advisor-recording-compared.png");
    }

    private static Rectangle bounds(Component c, Component in) {
        return SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), in);
    }

    /** Every line of the caption is on screen: as tall as its wrapped text needs, no wider than its column. */
    private static void assertWhole(JComponent caption) throws Exception {
        int[] size = GuiActionRunner.execute(() -> new int[] {caption.getWidth(), caption.getHeight(),
                caption.getPreferredSize().height, caption.getParent().getWidth(), caption.getVisibleRect().height});
        assertTrue(size[0] > 0 && size[0] <= size[3], "within its column: " + size[0] + " of " + size[3]);
        assertTrue(size[1] >= size[2], "tall enough for every line: " + size[1] + " < " + size[2]);
        assertEquals(size[1], size[4], "not cut off by its scroll pane");
    }
}
