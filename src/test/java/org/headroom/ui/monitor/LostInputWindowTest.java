package org.headroom.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.headroom.analysis.LiveSession;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureFormat;
import org.headroom.audio.LostLines;
import org.headroom.audio.Recorder;
import org.headroom.detect.FindingKind;
import org.headroom.detect.Severity;
import org.headroom.ui.common.Readout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capture device that goes away mid-take in the window: the fake line of the command line's
 * test (LostLines), paced like a sound card, is lost a second after Record was pressed. The take
 * must be finished and playable, the banner and the QC log must say when, and the window goes on.
 * Tolerances: the take's first frame is only known to lie between the frames delivered when Record
 * was clicked (less one 10 ms block the capture thread may have had in hand) and those delivered
 * when the window showed the take running; the wall clock decides only how long the test waits.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class LostInputWindowTest {
    private static final int BLOCK = 480;
    /** The fake line's tone: amplitude 8000 of 32768 at 1 kHz, 48 kHz. */
    private static final double AMPLITUDE = 8000;

    @TempDir
    Path folder;

    private FrameFixture frame;

    @BeforeAll
    static void display() {
        GuiTests.requireDisplay();
    }

    @AfterEach
    void close() {
        if (frame != null) frame.cleanUp();
    }

    @Test
    void aLostInputFinishesTheTakeAndTheBannerAndQcLogSayWhen() throws Exception {
        LostLines.Paced line = new LostLines.Paced(true);
        CaptureDevice device = new CaptureDevice("fake interface", "a line that goes away", List.of(CaptureFormat.parse("48000:16:2")));
        EdtStackSampler edt = EdtStackSampler.start(MonitorThreadsTest::inputWait);
        MonitorWindow window = GuiTests.openOnDevice(UiPresets.load().withRecordingsFolder(folder), device,
                (name, format) -> line.source());
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), window);
        assertTrue(GuiTests.waitFor(() -> window.running() != null, 10_000), "the fake device opens");
        assertThat(GuiActionRunner.execute(() -> window.running().input().isDemo())).as("the device, not the demo").isFalse();

        frame.textBox("scene").setText("7");
        long beforeClick = line.delivered();
        frame.button("record").click();
        assertTrue(GuiTests.waitFor(() -> window.takes().isRecording(), 10_000), "recording starts");
        long whenShown = line.delivered();
        long lostAt = whenShown + 48_000; // a second into the take
        line.lostAfter(lostAt);

        LiveSession session = GuiActionRunner.execute(() -> window.running().session());
        assertTrue(GuiTests.waitFor(() -> session.end() == LiveSession.End.FAILED
                && window.takes().panel().state() == TakePanel.State.IDLE, 20_000), "the take is finished after the loss");

        edt.close();
        assertThat(edt.waits()).as("the EDT never waited on the line, the session or the recorder").isEmpty();

        // (1) the take: finished under its own name, every frame that came after Record up to the loss
        Path take = folder.resolve("S7-T01.wav");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("S7-T01.wav");
        }
        assertThat(folder.resolve("S7-T01.wav" + Recorder.IN_PROGRESS_SUFFIX)).doesNotExist();
        long frames;
        float[][] all;
        try (AudioSource s = AudioFiles.open(take)) {
            frames = s.format().frames();
            assertThat(frames).as("frames from the click to the loss")
                    .isBetween(lostAt - whenShown, lostAt - beforeClick + BLOCK);
            all = new float[2][(int) frames];
            float[][] block = new float[2][4800];
            int at = 0;
            for (int n; (n = s.read(block)) > 0; at += n) {
                for (int ch = 0; ch < 2; ch++) System.arraycopy(block[ch], 0, all[ch], at, n);
            }
            assertEquals(frames, at);
        }
        // the file ends where the line stopped: sample i is the line's sample lostAt - frames + i, with no gap
        long first = lostAt - frames;
        for (int i = 0; i < frames; i++) {
            double expected = Math.round(AMPLITUDE * Math.sin(2 * Math.PI * 1000 * (first + i) / 48000.0));
            for (int ch = 0; ch < 2; ch++) {
                assertEquals(expected, all[ch][i] * 32768.0, 0.5, "16-bit sample " + i + " of channel " + ch + " (half an LSB)");
            }
        }

        // (2) the banner: lost, when in take time, what to do; the saved take named as on disk
        String when = Readout.takeTime(lostAt / 48000.0);
        String banner = frame.label("banner").text();
        assertThat(banner).contains("Input lost at " + when + " of the take").contains("fake interface")
                .contains("Check the cable").contains("another input")
                .contains("Recording stopped because the input was lost; S7-T01.wav is saved");

        // (3) the QC log: one INPUT_FAILED error at that time
        List<QcRow> lost = GuiActionRunner.execute(() -> window.qcLog().model().rows()).stream()
                .filter(r -> r.finding().kind() == FindingKind.INPUT_FAILED).toList();
        assertThat(lost).hasSize(1);
        assertThat(lost.get(0).finding().severity()).isEqualTo(Severity.ERROR);
        assertThat(lost.get(0).finding().startSeconds()).isEqualTo(lostAt / 48000.0);
        int row = GuiActionRunner.execute(() -> window.qcLog().model().rows().indexOf(lost.get(0)));
        assertThat(frame.table("qc-log").valueAt(org.assertj.swing.data.TableCell.row(row).column(1))).isEqualTo(when);

        // (4) the window goes on: the record button is idle again and a second Record does not start a take on the dead input
        assertThat(frame.button("record").text()).isEqualTo("\u25cf  Record");
        assertThat(frame.button("record").isEnabled()).isTrue();
        frame.button("record").click();
        assertThat(GuiActionRunner.execute(() -> window.takes().panel().state())).isEqualTo(TakePanel.State.IDLE);
        // (5) the level meters do not freeze at their last reading: greyed, "no input" (issue 10's left-over)
        assertTrue(GuiTests.waitFor(() -> GuiActionRunner.execute(() -> frame.robot().finder()
                .findByName(window, "bar-L", LevelMeter.class).showsNoInput()), 2_000), "bar L says no input");
        assertThat(GuiActionRunner.execute(() -> frame.robot().finder().findByName(window, "bar-R", LevelMeter.class)
                .showsNoInput())).isTrue();
        assertThat(frame.label("rms-L").text()).isEqualTo(LevelsPanel.NO_INPUT);
        GuiTests.screenshot(window, "monitor-input-lost.png");
    }
}
