package org.headroom.ui.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.headroom.advice.MicType;
import org.headroom.advice.Recommendation;
import org.headroom.advice.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the advisor as a user would, under a (virtual) display. Waits cover the 150 ms debounce
 * and a slow CI machine, not advice that never comes.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class AdvisorWindowTest {
    private static final long WAIT_MS = 5_000;

    @TempDir
    Path temp;

    private AdvisorWindow window;
    private FrameFixture frame;

    @BeforeAll
    static void display() {
        AdvisorGui.requireDisplay();
    }

    @BeforeEach
    void open() throws Exception {
        window = AdvisorGui.open();
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        frame = new FrameFixture(robot, window);
    }

    @AfterEach
    void close() {
        if (frame != null) frame.cleanUp();
    }

    private List<Recommendation> advice() {
        return GuiActionRunner.execute(() -> window.advise.recommendations());
    }

    @Test
    void aReverberantHallAtTwoMetresGetsADirectionalMic() throws Exception {
        frame.comboBox("environment").selectItem("Church or hall");
        frame.spinner("distance").enterTextAndCommit("2");
        assertTrue(AdvisorGui.waitFor(() -> window.advise.situation().distanceMetres() == 2.0
                && window.advise.situation().environment() != null, WAIT_MS), "the advice follows the answers");
        Recommendation top = advice().get(0);
        assertNotEquals("omni", top.pattern(), "in a 2.5 s hall at 2 m an omni hears mostly room: " + top);
        assertFalse(frame.label("topTitle").text().toLowerCase().startsWith("omni"), frame.label("topTitle").text());
        assertTrue(frame.label("Critical distance").text().contains("m"), "critical distance is shown");
    }

    /** Rain on a walk where no mic may show: the boom a dry day gives yields to a mic worn under the coat. */
    @Test
    void rainTurnsAWalkToAWornMic() throws Exception {
        frame.comboBox("environment").selectItem("Exterior in the rain");
        frame.checkBox("moving").check();
        frame.checkBox("onCamera").check();
        frame.spinner("distance").enterTextAndCommit("3");
        assertTrue(AdvisorGui.waitFor(() -> window.advise.situation().distanceMetres() == 3.0 && window.advise.situation().moving()
                && !advice().isEmpty() && advice().get(0).micType().equals("boom"), WAIT_MS), "dry: " + advice().get(0));
        frame.checkBox("rain").requireEnabled().check();
        assertTrue(AdvisorGui.waitFor(() -> window.advise.situation().rain() && advice().get(0).micType().equals("lavalier"), WAIT_MS),
                "raining (ticked " + GuiActionRunner.execute(() -> window.advise.form.rain.isSelected()) + ", situation " + window.advise.situation().rain() + "): " + advice().get(0));
        assertTrue(advice().stream().filter(r -> r.micType().equals("boom")).allMatch(r -> r.parts().containsKey("rain on the cover")));
    }

    @Test
    void onCameraWithoutAVisibleMicLeavesOnlyHiddenOnes() throws Exception {
        assertTrue(advice().stream().anyMatch(r -> r.micType().equals("handheld")), "off camera a handheld is a candidate");
        frame.checkBox("onCamera").check();
        frame.checkBox("micMayShow").requireNotSelected();
        assertTrue(AdvisorGui.waitFor(() -> window.advise.situation().onCamera(), WAIT_MS));
        List<Recommendation> recs = advice();
        assertFalse(recs.isEmpty());
        for (Recommendation r : recs) {
            MicType type = MicType.byId(r.micType()).orElseThrow();
            assertTrue(!type.inShot() || type == MicType.LAVALIER, "a visible mic was offered: " + r.name() + " " + r.micType());
        }
        assertEquals(recs.size() - 1, frame.table("runnersUp").rowCount(), "the table lists every other candidate");
    }

    @Test
    void onMyOwnOrAtALiveEventNobodyHoldsABoom() throws Exception {
        frame.comboBox("environment").selectItem("Church or hall");
        frame.checkBox("onCamera").check();
        frame.checkBox("moving").check();
        frame.spinner("distance").enterTextAndCommit("4");
        assertTrue(AdvisorGui.waitFor(() -> window.advise.situation().moving() && window.advise.situation().distanceMetres() == 4.0, WAIT_MS));
        assertEquals("boom", advice().get(0).micType(), "with a crew on a set, the boom follows the walker out of shot");
        assertTrue(frame.checkBox("liveEvent").target().getToolTipText().contains("boom pole"));
        frame.checkBox("liveEvent").check();
        assertTrue(AdvisorGui.waitFor(() -> window.advise.situation().liveEvent(), WAIT_MS));
        assertTrue(advice().stream().noneMatch(r -> r.micType().equals("boom")), "a live event: " + advice());
        assertEquals("lavalier", advice().get(0).micType());
        assertTrue(frame.label("topTitle").text().toLowerCase().contains("lavalier"), frame.label("topTitle").text());

        frame.checkBox("liveEvent").uncheck();
        assertTrue(frame.checkBox("solo").target().getToolTipText().contains("Nobody is with you"));
        frame.checkBox("solo").check();
        assertTrue(AdvisorGui.waitFor(() -> window.advise.situation().solo() && !window.advise.situation().liveEvent(), WAIT_MS));
        assertTrue(advice().stream().noneMatch(r -> r.micType().equals("boom")), "no crew: " + advice());
    }

    @Test
    void thePolarPlotHasOneSeriesPerCandidateAndTheNoiseMarker() throws Exception {
        PolarChart polar = window.advise.polar;
        long distinct = advice().stream().map(Recommendation::microphone).distinct().count();
        int shown = (int) Math.min(PolarChart.MAX_SHOWN, distinct);
        assertEquals(shown, (int) GuiActionRunner.execute(polar::seriesCount), "no noise marker until a direction is given");
        frame.checkBox("noiseFromOneSide").check();
        frame.spinner("noiseDirection").enterTextAndCommit("135");
        assertTrue(AdvisorGui.waitFor(() -> polar.hasNoiseMarker()
                && Double.valueOf(135).equals(window.advise.situation().noiseDirectionDegrees()), WAIT_MS));
        assertEquals(shown + 1, (int) GuiActionRunner.execute(polar::seriesCount));
        assertEquals(shown, (int) GuiActionRunner.execute(polar::candidateCount));
    }

    @Test
    void theTrainerScoresAnAnswerAndKeepsASessionScore() throws Exception {
        frame.tabbedPane("advisorTabs").selectTab("Trainer");
        frame.list("scenarios").selectItem(0);
        assertFalse(frame.textBox("brief").text().isBlank(), "the brief is shown");
        frame.comboBox("trainerPattern").selectItem("Supercardioid");
        frame.comboBox("trainerType").selectItem("On a boom");
        frame.button("check").click();
        Verdict first = GuiActionRunner.execute(() -> window.trainer.session().verdicts().get(0));
        assertEquals(String.valueOf(Math.round(first.score())), frame.label("verdictScore").text());
        assertTrue(frame.label("headroomChoice").text().contains(Words.title(first.top())), frame.label("headroomChoice").text());
        assertEquals((int) Math.round(first.score()), (int) GuiActionRunner.execute(() -> window.trainer.sessionBar.getValue()));
        frame.button("check").requireDisabled();

        frame.button("next").click();
        frame.comboBox("trainerPattern").selectItem("Omni");
        frame.comboBox("trainerType").selectItem("On the camera");
        frame.button("check").requireEnabled().click();
        List<Verdict> both = GuiActionRunner.execute(() -> window.trainer.session().verdicts());
        assertEquals(2, both.size());
        int mean = (int) Math.round((both.get(0).score() + both.get(1).score()) / 2);
        assertEquals(mean, (int) GuiActionRunner.execute(() -> window.trainer.sessionBar.getValue()), "the session score is the average");
        assertTrue(frame.label("sessionText").text().startsWith("2 scenarios"), frame.label("sessionText").text());
    }

    @Test
    void measuringAGeneratedRecordingFillsTheFigures() throws Exception {
        Path file = AdvisorGui.location(temp);
        GuiActionRunner.execute(() -> window.advise.measureBar.measure(file));
        assertTrue(AdvisorGui.waitFor(() -> window.advise.measured().isPresent(), 20_000), "the measurement finishes");
        assertTrue(frame.label("Noise floor").text().endsWith("dBFS"), frame.label("Noise floor").text());
        assertTrue(frame.label("Speech over noise").text().endsWith("dB"), frame.label("Speech over noise").text());
        assertTrue(frame.label("RT60 (echo)").text().contains("confidence"), frame.label("RT60 (echo)").text());
        assertTrue(frame.label("Hum").text().startsWith("yes"), frame.label("Hum").text());
        assertTrue(Double.isFinite(GuiActionRunner.execute(() -> window.advise.figures.octaves.bandValue(3))), "500 Hz band measured");
        assertTrue(frame.checkBox("useMeasurement").target().isSelected(), "the measurement goes into the advice");
        assertTrue(AdvisorGui.waitFor(() -> window.advise.situation().rt60Seconds() != null, WAIT_MS));
        assertTrue(frame.label("Critical distance").text().contains("measured"), frame.label("Critical distance").text());
        assertFalse(GuiActionRunner.execute(() -> window.advise.figures.cautions.isVisible()), "a good take shows no caution");
    }

    /** Six seconds of room tone, no talking: the figures still show, under a caution that says what to do. */
    @Test
    void aShortTakeWithoutSpeechShowsWhatToDoAboveTheFigures() throws Exception {
        Path file = temp.resolve("room-tone-6s.wav");
        org.headroom.audio.WavWriter.write(file, 48_000, org.headroom.audio.WavWriter.SampleFormat.PCM_24,
                new float[][] {org.headroom.testsupport.TestSignals.whiteNoise(48_000, 6, -50, 8)});
        GuiActionRunner.execute(() -> window.advise.measureBar.measure(file));
        assertTrue(AdvisorGui.waitFor(() -> window.advise.measured().isPresent(), 20_000), "the measurement finishes");
        frame.textBox("cautions").requireVisible();
        String text = frame.textBox("cautions").text();
        assertTrue(text.contains("Only 6.0 s recorded") && text.contains("No speech heard"), text);
        assertTrue(frame.label("Noise floor").text().endsWith("dBFS"), "the figures are still shown");
        AdvisorGui.screenshot(window, "advisor-cautions.png");
    }

    @Test
    void yourRecordingComparesGuessesAndOnlyThenShowsTheFigures() throws Exception {
        Path file = AdvisorGui.location(temp);
        frame.tabbedPane("advisorTabs").selectTab("Your recording");
        GuiActionRunner.execute(() -> window.recording.measureBar.measure(file));
        assertTrue(AdvisorGui.waitFor(() -> window.recording.compare.isEnabled(), 20_000));
        assertFalse(GuiActionRunner.execute(window.recording::figuresShown), "no peeking before guessing");
        frame.textBox("floorGuess").enterText("\u221260");
        frame.textBox("snrGuess").enterText("25");
        frame.textBox("rt60Guess").enterText("0.8");
        frame.button("compare").click();
        assertTrue(GuiActionRunner.execute(window.recording::figuresShown));
        String score = frame.label("guessScore").text();
        assertTrue(score.matches("\\d+"), score);
        assertTrue(frame.textBox("guessLines").text().contains("RT60"), "one line per guess");
    }
}
