package org.headroom.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.Recorder;
import org.headroom.audio.SourceFormat;
import org.headroom.audio.TakeInfo;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.headroom.ui.common.Readout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records the demo input through the window as a user would: scene and take typed in, Record
 * pressed (button and R key), Stop, and the file checked as any other program would read it.
 * Timing tolerances: the recorded length is compared with the recorder's own count, which is
 * exact; the wall-clock ~2 s only decides how long the test waits.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class RecordingWindowTest {
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

    /** The window without devices, on the demo input as the user chose it (a stand-in demo is not recorded). */
    private void open() throws Exception {
        openStandIn();
        GuiTests.chooseDemo(window);
    }

    /** The window without devices: the demo stands in for the default device the window asked for. */
    private void openStandIn() throws Exception {
        window = GuiTests.openWithoutDevices(UiPresets.load().withRecordingsFolder(folder));
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), window);
        assertTrue(GuiTests.waitFor(() -> window.running() != null, 10_000), "an input opens");
    }

    @Test
    void theDemoStandingInForAMissingDeviceIsNotRecorded() throws Exception {
        openStandIn();
        frame.button("record").click();
        Thread.sleep(500); // a start would have put the in-progress file there by now
        assertThat(state()).isEqualTo(TakePanel.State.IDLE);
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".wav")
                    || f.getFileName().toString().endsWith(Recorder.IN_PROGRESS_SUFFIX)).count()).isZero();
        }
    }

    private TakePanel.State state() {
        return GuiActionRunner.execute(() -> window.takes().panel().state());
    }

    @Test
    void recordsTheDemoInputToAValidSceneTakeFileAndCountsTakes() throws Exception {
        open();
        frame.textBox("scene").setText("12");
        frame.textBox("notes").setText("plane overhead at 0:01");
        frame.spinner("take").enterTextAndCommit("3");
        frame.button("record").click();
        assertTrue(GuiTests.waitFor(() -> window.takes().isRecording(), 5_000), "recording starts");
        assertThat(Files.exists(folder.resolve("S12-T03.wav" + Recorder.IN_PROGRESS_SUFFIX)))
                .as("written under its in-progress name while it runs").isTrue();
        assertThat(frame.label("rec-file").text()).isEqualTo("S12-T03.wav");
        // the take's clock, not the wall's: a loaded machine may take longer to get there
        assertTrue(GuiTests.waitFor(() -> frame.label("rec-time").text().equals("0:00:02"), 60_000),
                "the take's clock reaches 0:00:02: " + frame.label("rec-time").text());
        assertThat(frame.label("rec-space").text()).as("disk readout while recording").isNotEqualTo(Readout.NONE);
        frame.button("record").click();
        assertTrue(GuiTests.waitFor(() -> state() == TakePanel.State.IDLE, 10_000), "the take is finished");
        double recorded = GuiActionRunner.execute(() -> window.takes().stoppedAtSeconds());

        Path take = folder.resolve("S12-T03.wav");
        assertThat(take).exists();
        assertThat(folder.resolve("S12-T03.wav" + Recorder.IN_PROGRESS_SUFFIX)).doesNotExist();
        try (AudioSource in = AudioFiles.open(take)) {
            SourceFormat f = in.format();
            assertThat(f.sampleRate()).isEqualTo(48000);
            assertThat(f.channels()).isEqualTo(2);
            assertThat(f.durationSeconds()).as("stopped after the clock showed 0:00:02").isGreaterThanOrEqualTo(2.0);
            assertThat(f.durationSeconds()).as("what the recorder counted when Stop was pressed")
                    .isCloseTo(recorded, org.assertj.core.data.Offset.offset(0.2));
            Map<String, String> fields = TakeInfo.fieldsOf(f.metadata());
            assertThat(fields).containsEntry("scene", "12").containsEntry("take", "3")
                    .containsEntry("notes", "plane overhead at 0:01");
            assertThat(fields.get("description")).as("the bext says it is the demo take")
                    .isEqualTo(org.headroom.audio.DemoInput.TAKE_DESCRIPTION);
        }
        assertThat(GuiActionRunner.execute(() -> window.takes().panel().takeShown())).as("next take").isEqualTo(4);
        assertThat(frame.label("status").text()).contains("Saved S12-T03.wav");

        // R (with focus off the text fields) records the next take, and again stops it
        frame.button("clip-L").focus();
        frame.pressAndReleaseKeys(KeyEvent.VK_R);
        assertTrue(GuiTests.waitFor(() -> window.takes().isRecording(), 5_000), "R starts the next take");
        assertThat(frame.label("rec-file").text()).isEqualTo("S12-T04.wav");
        Thread.sleep(500);
        frame.pressAndReleaseKeys(KeyEvent.VK_R);
        assertTrue(GuiTests.waitFor(() -> state() == TakePanel.State.IDLE, 10_000));
        assertThat(folder.resolve("S12-T04.wav")).exists();
        assertThat(GuiActionRunner.execute(() -> window.takes().panel().takeShown())).isEqualTo(5);
    }

    @Test
    void switchingInputStopsTheTakeCleanlyAndSaysSo() throws Exception {
        open();
        frame.textBox("scene").setText("7");
        frame.button("record").click();
        assertTrue(GuiTests.waitFor(() -> window.takes().isRecording(), 5_000));
        Thread.sleep(500);
        GuiActionRunner.execute(() -> window.switchTo(new InputSpec.Demo()));
        assertTrue(GuiTests.waitFor(() -> state() == TakePanel.State.IDLE && window.running() != null, 10_000));
        assertThat(folder.resolve("S7-T01.wav")).exists();
        assertThat(frame.label("banner").text()).contains("Recording stopped because the input changed");
    }

    @Test
    void anInterruptedTakeInTheFolderIsRepairedAndAnnouncedAtStartUp() throws Exception {
        int rate = 8000;
        Path target = folder.resolve("S12-T03.wav");
        Path left = Recorder.inProgressFile(target);
        // what a power cut leaves: a header last refreshed at 2 min, 14 s of audio after it
        Path work = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-work"));
        Path scratch = work.resolve("S12-T03.wav");
        WavWriter w = WavWriter.recording(scratch, Recorder.inProgressFile(scratch), rate, 1, WavWriter.SampleFormat.PCM_16,
                new byte[0]);
        float[][] tone = {TestSignals.quantise(TestSignals.sine(rate, 134, 440, -20), 16)};
        w.write(tone, 120 * rate);
        w.sync();
        w.write(new float[][] {java.util.Arrays.copyOfRange(tone[0], 120 * rate, 134 * rate)}, 14 * rate);
        Files.copy(Recorder.inProgressFile(scratch), left);
        w.abort();

        openStandIn(); // the banner keeps the stand-in note beside the repair
        assertTrue(GuiTests.waitFor(() -> frame.label("banner").text().contains("Recovered"), 5_000),
                frame.label("banner").text());
        assertThat(frame.label("banner").text())
                .contains("Recovered S12-T03.wav (2 min 14 s) from an interrupted recording")
                .as("the input's own note stays").contains("No capture device found");
        assertThat(left).doesNotExist();
        try (AudioSource in = AudioFiles.open(target)) {
            assertThat(in.format().durationSeconds()).isCloseTo(134, org.assertj.core.data.Offset.offset(1e-9));
        }
        // the recovered take keeps its name: the next recording of that scene moves on
        GuiTests.chooseDemo(window);
        frame.textBox("scene").setText("12");
        frame.spinner("take").enterTextAndCommit("3");
        frame.button("record").click();
        assertTrue(GuiTests.waitFor(() -> window.takes().isRecording(), 5_000));
        assertThat(frame.label("rec-file").text()).isEqualTo("S12-T04.wav");
        frame.button("record").click();
        assertTrue(GuiTests.waitFor(() -> state() == TakePanel.State.IDLE, 10_000));
    }
}
