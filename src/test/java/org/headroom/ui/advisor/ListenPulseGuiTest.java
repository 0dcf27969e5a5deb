package org.headroom.ui.advisor;

import java.util.List;
import static org.headroom.testsupport.TestSignals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.headroom.advice.Location;
import org.headroom.advice.LocationMeasurement;
import org.headroom.advice.TuningPresets;
import org.headroom.preset.PresetLoader;
import org.headroom.audio.CaptureDevices;
import org.headroom.audio.MemorySource;
import org.headroom.audio.WavWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Listen… button on a real capture device: paplay plays a synthesised room into the
 * PulseAudio null sink, the advisor on its own listens to the default device (its untouched
 * {@code ListenInput.from(MonitorLink.NONE)}), and the figures must match the file's; then the same with
 * the monitor capturing that device, where the advisor must listen through the monitor's capture
 * instead of opening the device again. Needs both
 * -Dheadroom.gui=true (under a display) and -Dheadroom.pulse=true (after start-null-sink.sh);
 * with them set, a missing display or device fails.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
@EnabledIfSystemProperty(named = "headroom.pulse", matches = "true")
class ListenPulseGuiTest {
    private static final int RATE = 48_000;
    private static final double FILE_SECONDS = 16;
    /** As AdvisePulseTest: 10 s heard, from about 1–2 s into the 16 s take (see listeningTake). */
    private static final double FLOOR_TOLERANCE_DB = 0.5;
    private static final double SNR_TOLERANCE_DB = 1.2;

    @TempDir
    Path dir;

    private FrameFixture frame;
    private FrameFixture monitorFrame;

    @BeforeAll
    static void display() {
        AdvisorGui.requireDisplay();
    }

    @AfterEach
    void close() {
        if (frame != null) frame.cleanUp();
        if (monitorFrame != null) monitorFrame.cleanUp();
    }

    private Path room() throws Exception {
        float[] x = listeningTake(RATE, FILE_SECONDS, 5, -45, 31);
        Path wav = dir.resolve("room-48000-2-16.wav");
        WavWriter.write(wav, RATE, WavWriter.SampleFormat.PCM_16, new float[][] {x, x});
        return wav;
    }

    private static Location fileFigures() throws Exception {
        float[] x = listeningTake(RATE, FILE_SECONDS, 5, -45, 31);
        return LocationMeasurement.measure(MemorySource.of(RATE, x, x), 1.0, TuningPresets.noiseCriteria(PresetLoader.of(List.of())));
    }

    /** Plays the room into the null sink, clicks Listen… a second in, and waits for the result. */
    private void playAndListen(Path wav, AdvisorWindow window, FrameFixture advisor) throws Exception {
        advisor.spinner("advise.listenSeconds").enterTextAndCommit("10");
        Process player = new ProcessBuilder("paplay", "--device=vsink", wav.toString()).redirectErrorStream(true).start();
        try {
            Thread.sleep(1000);
            advisor.button("advise.listen").click();
            assertTrue(AdvisorGui.waitFor(() -> !window.advise.measureBar.busy(), 20_000), "the listening finishes");
        } finally {
            player.destroy();
            player.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void withTheMonitorCapturingTheButtonListensThroughItsCapture() throws Exception {
        if (CaptureDevices.list().isEmpty()) {
            fail("headroom.pulse=true but javax.sound sees no capture device: did start-null-sink.sh run?");
        }
        Path wav = room();
        Location file = fileFigures();
        javax.swing.JFrame monitor = org.headroom.ui.monitor.GuiTests.openMonitor(CaptureDevices::list);
        monitorFrame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), monitor);
        assertTrue(AdvisorGui.waitFor(() -> monitor.getTitle().contains("Default capture device"), 10_000),
                "the monitor captures the default device: " + monitor.getTitle());
        Object running = org.headroom.ui.monitor.GuiTests.runningInput(monitor);
        monitorFrame.menuItemWithPath("Tools", "Mic advisor\u2026").click();
        AdvisorWindow window = AdvisorGui.opened(10_000);
        frame = new FrameFixture(monitorFrame.robot(), window);
        playAndListen(wav, window, frame);

        String status = frame.textBox("advise.status").text();
        assertTrue(status.startsWith("Listened to the default capture device (the monitor's input) for 10.0 s."), status);
        Location heard = GuiActionRunner.execute(() -> window.advise.measured().orElseThrow());
        System.out.printf("GUI listen through the monitor: floor file %.2f live %.2f dBFS, SNR file %.2f live %.2f dB%n",
                file.noiseFloorDbfs().orElseThrow(), heard.noiseFloorDbfs().orElseThrow(), file.snrDb().orElseThrow(), heard.snrDb().orElseThrow());
        assertEquals(file.noiseFloorDbfs().orElseThrow(), heard.noiseFloorDbfs().orElseThrow(), FLOOR_TOLERANCE_DB);
        assertEquals(file.snrDb().orElseThrow(), heard.snrDb().orElseThrow(), SNR_TOLERANCE_DB);
        assertSame(running, org.headroom.ui.monitor.GuiTests.runningInput(monitor), "the monitor kept its input running");
        assertTrue(AdvisorGui.waitFor(() -> org.headroom.ui.monitor.GuiTests.captureListeners(monitor) == 0, 2_000), "the tap is gone");
    }

    @Test
    void theButtonHearsAPlayedRoomAsTheFileMeasures() throws Exception {
        if (CaptureDevices.list().isEmpty()) {
            fail("headroom.pulse=true but javax.sound sees no capture device: did start-null-sink.sh run?");
        }
        float[] x = listeningTake(RATE, FILE_SECONDS, 5, -45, 31);
        Path wav = dir.resolve("room-48000-2-16.wav");
        WavWriter.write(wav, RATE, WavWriter.SampleFormat.PCM_16, new float[][] {x, x});
        Location file = LocationMeasurement.measure(MemorySource.of(RATE, x, x), 1.0,
                TuningPresets.noiseCriteria(PresetLoader.of(List.of())));

        AdvisorWindow window = AdvisorGui.open();
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), window);
        frame.spinner("advise.listenSeconds").enterTextAndCommit("10");
        Process player = new ProcessBuilder("paplay", "--device=vsink", wav.toString()).redirectErrorStream(true).start();
        try {
            Thread.sleep(1000);
            frame.button("advise.listen").click();
            assertTrue(AdvisorGui.waitFor(() -> !window.advise.measureBar.busy(), 20_000), "the listening finishes");
        } finally {
            player.destroy();
            player.waitFor(5, TimeUnit.SECONDS);
        }
        String status = frame.textBox("advise.status").text();
        assertTrue(status.startsWith("Listened to 'default' for 10.0 s."), status);
        Location heard = GuiActionRunner.execute(() -> window.advise.measured().orElseThrow());
        System.out.printf("GUI listen: floor file %.2f live %.2f dBFS, SNR file %.2f live %.2f dB%n",
                file.noiseFloorDbfs().orElseThrow(), heard.noiseFloorDbfs().orElseThrow(), file.snrDb().orElseThrow(), heard.snrDb().orElseThrow());
        assertEquals(file.noiseFloorDbfs().orElseThrow(), heard.noiseFloorDbfs().orElseThrow(), FLOOR_TOLERANCE_DB);
        assertEquals(file.snrDb().orElseThrow(), heard.snrDb().orElseThrow(), SNR_TOLERANCE_DB);
    }
}
