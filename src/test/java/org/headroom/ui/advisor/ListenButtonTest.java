package org.headroom.ui.advisor;

import static org.headroom.testsupport.TestSignals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.headroom.advice.Location;
import org.headroom.advice.LocationMeasurement;
import org.headroom.advice.TuningPresets;
import org.headroom.preset.PresetLoader;
import org.headroom.audio.MemorySource;
import org.headroom.audio.PacedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The advisor's Listen… button, driven as a user would, with a generated room played at the
 * speed of a sound card in place of the device (so it runs without one; ListenPulseGuiTest does
 * the same on a real device when -Dheadroom.pulse=true).
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class ListenButtonTest {
    private static final int RATE = 16_000;
    private static final int SECONDS = 10;
    /**
     * The window hears exactly the samples the file measurement reads, only in 100 ms blocks
     * instead of 4096 frames; the detectors frame the audio themselves, so only float rounding
     * may differ.
     */
    private static final double SAME_SAMPLES_DB = 0.01;

    private AdvisorWindow window;
    private FrameFixture frame;

    @BeforeAll
    static void display() {
        AdvisorGui.requireDisplay();
    }

    @BeforeEach
    void open() throws Exception {
        window = AdvisorGui.open();
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), window);
    }

    @AfterEach
    void close() {
        if (frame != null) frame.cleanUp();
    }

    /** 4 s of room tone (pink noise at −50 dBFS), then speech at −20 dBFS through a 0.6 s room. */
    static float[] room() {
        float[] h = roomImpulse(RATE, 0.6, 3, 11);
        float[] speech = placeAt(RATE, convolve(speechLike(RATE, 7, -20, 11), h), 4, SECONDS);
        return mix(speech, pinkNoise(RATE, SECONDS, -50, 111));
    }

    private void inject(float[] x) {
        GuiActionRunner.execute(() -> window.advise.measureBar.listenInput = () -> () -> new PacedSource(() -> MemorySource.of(RATE, x), false));
    }

    @Test
    void listeningCountsDownShowsTheLevelAndGivesTheFileFigures() throws Exception {
        float[] x = room();
        Location file = LocationMeasurement.measure(MemorySource.of(RATE, x), 1.0,
                TuningPresets.noiseCriteria(PresetLoader.of(List.of())));
        inject(x);
        frame.spinner("advise.listenSeconds").enterTextAndCommit(String.valueOf(SECONDS));
        frame.button("advise.listen").click();
        frame.button("advise.measure").requireDisabled();
        frame.button("advise.cancel").requireEnabled();
        List<String> countdown = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        AtomicReference<Integer> loudest = new AtomicReference<>(Integer.MIN_VALUE);
        assertTrue(AdvisorGui.waitFor(() -> {
            MeasureBar bar = window.advise.measureBar;
            if (bar.level.isVisible()) {
                countdown.add(bar.progress.getString());
                cues.add(bar.status.getText());
                loudest.set(Math.max(loudest.get(), bar.level.getValue()));
            }
            return window.advise.measured().isPresent();
        }, 20_000), "the listening finishes");
        assertTrue(countdown.contains("9 s left") && countdown.contains("3 s left"), "the countdown runs: " + countdown.stream().distinct().toList());
        assertTrue(cues.stream().anyMatch(c -> c.startsWith("Quiet")) && cues.stream().anyMatch(c -> c.startsWith("Now talk")),
                "the prompt follows the time: " + cues.stream().distinct().toList());
        // speech peaks near −20 dBFS RMS + crest; the bar must have moved well above the −50 dBFS room tone
        assertTrue(loudest.get() > -30, "the level bar showed the speech: " + loudest.get());

        Location heard = GuiActionRunner.execute(() -> window.advise.measured().orElseThrow());
        assertEquals(SECONDS, heard.seconds(), 1e-9);
        assertEquals(file.noiseFloorDbfs().orElseThrow(), heard.noiseFloorDbfs().orElseThrow(), SAME_SAMPLES_DB);
        assertEquals(file.snrDb().orElseThrow(), heard.snrDb().orElseThrow(), SAME_SAMPLES_DB);
        assertTrue(frame.label("Noise floor").text().endsWith("dBFS"), frame.label("Noise floor").text());
        assertTrue(frame.textBox("advise.status").text().startsWith("Listened"), frame.textBox("advise.status").text());
        frame.button("advise.listen").requireEnabled();
        assertFalse(GuiActionRunner.execute(() -> window.advise.measureBar.level.isShowing()), "the meters go when done");
        AdvisorGui.screenshot(window, "advisor-listened.png");
    }

    @Test
    void cancelStopsListeningAndKeepsNoResult() throws Exception {
        inject(room());
        frame.button("advise.listen").click();
        assertTrue(AdvisorGui.waitFor(() -> window.advise.measureBar.progress.getValue() > 5, 10_000), "listening has begun");
        AdvisorGui.screenshot(window, "advisor-listening.png");
        frame.button("advise.cancel").click();
        assertTrue(AdvisorGui.waitFor(() -> !window.advise.measureBar.busy(), 2_000), "a cancel ends within a block");
        assertEquals("Listening cancelled.", frame.textBox("advise.status").text());
        assertTrue(GuiActionRunner.execute(() -> window.advise.measured().isEmpty()));
        frame.button("advise.listen").requireEnabled();
    }

    @Test
    void closingTheWindowStopsListening() throws Exception {
        inject(room());
        frame.button("advise.listen").click();
        assertTrue(AdvisorGui.waitFor(() -> window.advise.measureBar.progress.getValue() > 0, 10_000), "listening has begun");
        GuiActionRunner.execute(() -> window.dispose());
        assertTrue(AdvisorGui.waitFor(() -> !window.advise.measureBar.busy(), 2_000), "the device is let go with the window");
    }

    /** Opens the advisor as a monitor would, with {@code monitor} standing for the monitor window. */
    private void reopenFrom(MonitorLink monitor) throws Exception {
        frame.cleanUp();
        window = AdvisorGui.open(monitor);
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), window);
    }

    @Test
    void listensThroughTheMonitorsCaptureAndLetsGoOfItAfterwards() throws Exception {
        float[] x = room();
        Location file = LocationMeasurement.measure(MemorySource.of(RATE, x), 1.0,
                TuningPresets.noiseCriteria(PresetLoader.of(List.of())));
        FakeMonitor monitor = new FakeMonitor(RATE, x);
        reopenFrom(monitor);
        frame.spinner("advise.listenSeconds").enterTextAndCommit(String.valueOf(SECONDS));
        frame.button("advise.listen").click();
        String prompt = frame.textBox("advise.input").text(); // "…" while opening, "." once the first block is in
        assertTrue(prompt.startsWith("Listening through 'Test USB' (the monitor's input)"), prompt);
        List<String> said = new ArrayList<>();
        assertTrue(AdvisorGui.waitFor(() -> {
            MeasureBar bar = window.advise.measureBar;
            if (bar.input.isShowing()) said.add(bar.input.getText());
            return window.advise.measured().isPresent();
        }, 20_000), "the listening finishes");
        assertTrue(said.contains("Listening through 'Test USB' (the monitor's input)."),
                "the input is named while listening: " + said.stream().distinct().toList());

        Location heard = GuiActionRunner.execute(() -> window.advise.measured().orElseThrow());
        assertEquals(file.noiseFloorDbfs().orElseThrow(), heard.noiseFloorDbfs().orElseThrow(), SAME_SAMPLES_DB);
        assertEquals(file.snrDb().orElseThrow(), heard.snrDb().orElseThrow(), SAME_SAMPLES_DB);
        assertEquals("Listened to 'Test USB' (the monitor's input) for 10.0 s.", frame.textBox("advise.status").text());
        assertEquals(1, monitor.attaches.get(), "one tap on the capture");
        assertEquals(0, monitor.attachesOnEdt.get(), "the tap is attached by the listening worker, not the EDT");
        assertEquals(0, monitor.deviceLists.get(), "no device was looked for, let alone opened");
        assertTrue(AdvisorGui.waitFor(() -> monitor.attached() == 0, 2_000), "the tap is removed when the listening ends");
    }

    @Test
    void cancellingOrClosingRemovesTheTap() throws Exception {
        FakeMonitor monitor = new FakeMonitor(RATE, room());
        reopenFrom(monitor);
        frame.button("advise.listen").click();
        assertTrue(AdvisorGui.waitFor(() -> window.advise.measureBar.progress.getValue() > 5, 10_000), "listening has begun");
        assertEquals(1, monitor.attached());
        frame.button("advise.cancel").click();
        assertTrue(AdvisorGui.waitFor(() -> monitor.attached() == 0, 2_000), "a cancel removes the tap within a block");
        assertEquals("Listening cancelled.", frame.textBox("advise.status").text());

        frame.button("advise.listen").click();
        assertTrue(AdvisorGui.waitFor(() -> monitor.attached() == 1, 5_000), "listening again taps again");
        GuiActionRunner.execute(() -> window.dispose());
        assertTrue(AdvisorGui.waitFor(() -> monitor.attached() == 0, 2_000), "closing the advisor removes the tap");
        assertEquals(2, monitor.attaches.get());
        assertEquals(0, monitor.deviceLists.get());
    }

    @Test
    void theMonitorStoppingMidwayIsSaidInOneLine() throws Exception {
        FakeMonitor monitor = new FakeMonitor(RATE, room());
        reopenFrom(monitor);
        frame.button("advise.listen").click();
        assertTrue(AdvisorGui.waitFor(() -> window.advise.measureBar.progress.getValue() > 5, 10_000), "listening has begun");
        monitor.end();
        // the last queued blocks are heard first, then one poll notices the end
        assertTrue(AdvisorGui.waitFor(() -> !window.advise.measureBar.busy(), 2_000), "the listening ends");
        assertEquals("The monitor's input stopped while listening (it was switched or closed): listen again.",
                frame.textBox("advise.status").text());
        assertTrue(GuiActionRunner.execute(() -> window.advise.measured().isEmpty()), "no figures from half a listening");
        assertTrue(AdvisorGui.waitFor(() -> monitor.attached() == 0, 2_000));
    }

    @Test
    void aChosenDeviceThatIsGoneFallsBackToTheDefaultAndSaysSo() throws Exception {
        float[] x = room();
        List<String> opened = new ArrayList<>();
        var other = new org.headroom.audio.CaptureDevice("Other mic", "", List.of(org.headroom.audio.CaptureFormat.DEFAULT));
        GuiActionRunner.execute(() -> window.advise.measureBar.listenInput = () -> new DeviceInput("Test USB",
                org.headroom.audio.CaptureFormat.DEFAULT, () -> List.of(other), (name, format, buffer) -> {
                    opened.add(name + (javax.swing.SwingUtilities.isEventDispatchThread() ? " on the EDT" : ""));
                    return new PacedSource(() -> MemorySource.of(RATE, x), false);
                }));
        frame.spinner("advise.listenSeconds").enterTextAndCommit(String.valueOf(SECONDS));
        frame.button("advise.listen").click();
        String prompt = frame.textBox("advise.input").text(); // the name until the device is open, then the notice
        assertTrue(prompt.startsWith("Listening through 'Test USB' (the monitor's choice)") || prompt.contains("is gone"), prompt);
        String gone = "'Test USB', chosen in the monitor, is gone: listening through the default capture device.";
        assertTrue(AdvisorGui.waitFor(() -> window.advise.measureBar.input.getText().equals(gone), 5_000),
                "the notice shows while listening: " + frame.textBox("advise.input").text());
        assertTrue(AdvisorGui.waitFor(() -> !window.advise.measureBar.busy(), 20_000), "the listening finishes");
        assertEquals(List.of("null"), opened, "the default device was opened, once, off the EDT");
        assertEquals("Listened to the default capture device for 10.0 s. " + gone, frame.textBox("advise.status").text());
    }

    @Test
    void withoutACaptureDeviceOneLineSaysSo() throws Exception {
        frame.tabbedPane("advisorTabs").selectTab("Your recording");
        GuiActionRunner.execute(() -> window.recording.measureBar.listenInput = () -> ListenInput.defaultDevice(List::of));
        frame.button("recording.listen").click();
        assertTrue(AdvisorGui.waitFor(() -> !window.recording.measureBar.busy(), 5_000));
        String said = frame.textBox("recording.status").text();
        assertTrue(said.startsWith("No capture device found") && !said.contains("\n") && !said.contains("Exception"), said);
        frame.button("recording.listen").requireEnabled();
        AdvisorGui.screenshot(window, "advisor-listen-no-device.png");
        long showing = GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows()).filter(w -> w.isShowing()).count());
        assertEquals(1, showing, "no dialog: the advisor is the only window");
    }
}
