package org.headroom.ui.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.headroom.advice.Location;
import org.headroom.advice.LocationMeasurement;
import org.headroom.advice.TuningPresets;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.MemorySource;
import org.headroom.preset.PresetLoader;
import org.headroom.ui.monitor.GuiTests;
import org.headroom.ui.common.SwingThreadWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor running on the demo input (no capture device), its Tools → Mic advisor…, and
 * Listen… there: the advisor must hear the monitor's feed through a tap, not open a device.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class ListenThroughMonitorTest {
    private static final int SECONDS = 10;
    private static final String DEMO_TAKE = "/demo/dialogue-clipped-hum-48000-2-24.wav";
    /** Start points tried for the demo's reference figures; the take is 9.82 s long. */
    private static final double OFFSET_STEP_SECONDS = 0.1;
    /**
     * The tapped samples are the take's own, in 10 ms blocks instead of 4096 frames: only float
     * rounding may differ from the file measurement at the same start (as ListenButtonTest).
     */
    private static final double SAME_SAMPLES_DB = 0.01;

    @TempDir
    Path dir;

    private FrameFixture monitorFrame;
    private FrameFixture advisorFrame;
    private AutoCloseable closeLater;

    @BeforeAll
    static void display() {
        AdvisorGui.requireDisplay();
    }

    @AfterEach
    void close() throws Exception {
        if (advisorFrame != null) advisorFrame.cleanUp();
        if (monitorFrame != null) monitorFrame.cleanUp();
        if (closeLater != null) closeLater.close();
    }

    @Test
    void listenInTheMonitorsAdvisorMeasuresTheDemoTakeTheMonitorIsPlaying() throws Exception {
        double[] floor = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] snr = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        demoFigures(floor, snr);

        SwingThreadWatch threads = SwingThreadWatch.install();
        closeLater = threads;
        AtomicInteger deviceLists = new AtomicInteger();
        JFrame monitor = GuiTests.openMonitor(() -> {
            deviceLists.incrementAndGet();
            return List.of();
        });
        monitorFrame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), monitor);
        assertTrue(GuiTests.waitFor(() -> monitor.getTitle().contains("Demo input"), 10_000), "the monitor runs the demo");
        // the monitor's own start lists the devices twice: to choose its first input, and for the input chooser
        assertTrue(GuiTests.waitFor(() -> deviceLists.get() == 2, 5_000), "the monitor has listed its devices");
        Object running = GuiTests.runningInput(monitor);

        monitorFrame.menuItemWithPath("Tools", "Mic advisor\u2026").click();
        AdvisorWindow window = AdvisorGui.opened(10_000);
        assertNotNull(window, "Tools \u2192 Mic advisor\u2026 opens the advisor");
        advisorFrame = new FrameFixture(monitorFrame.robot(), window);
        advisorFrame.spinner("advise.listenSeconds").enterTextAndCommit(String.valueOf(SECONDS));
        advisorFrame.button("advise.listen").click();
        String prompt = advisorFrame.textBox("advise.input").text(); // the name while opening, the demo's notice once the first block is in
        assertTrue(prompt.startsWith("Listening through the demo input (the monitor's input)")
                || prompt.startsWith("Not this place"), prompt);
        assertTrue(AdvisorGui.waitFor(() -> window.advise.measureBar.progress.getValue() >= 40, 15_000), "listening is under way");
        assertEquals("Not this place: the monitor is on its demo take.", advisorFrame.textBox("advise.input").text());
        assertEquals(1, GuiTests.captureListeners(monitor), "one tap on the monitor's capture");
        AdvisorGui.screenshot(window, "advisor-listening-through-monitor.png");
        assertTrue(AdvisorGui.waitFor(() -> window.advise.measured().isPresent(), 15_000), "the listening finishes");

        Location heard = GuiActionRunner.execute(() -> window.advise.measured().orElseThrow());
        System.out.printf(Locale.ROOT, "through the monitor: floor %.3f dBFS (demo take %.3f to %.3f), SNR %.3f dB (%.3f to %.3f)%n",
                heard.noiseFloorDbfs().orElseThrow(), floor[0], floor[1], heard.snrDb().orElseThrow(), snr[0], snr[1]);
        assertEquals(SECONDS, heard.seconds(), 1e-9);
        assertWithin(heard.noiseFloorDbfs().orElseThrow(), floor, "noise floor");
        assertWithin(heard.snrDb().orElseThrow(), snr, "SNR");
        assertEquals("Listened to the demo input (the monitor's input) for 10.0 s. Not this place: the monitor is on its demo take.",
                advisorFrame.textBox("advise.status").text());
        assertFalse(advisorFrame.checkBox("useMeasurement").target().isSelected(),
                "the demo take is not the place: its figures are shown, not ticked in");
        assertEquals(2, deviceLists.get(), "the advisor looked for no device, so it opened none");
        assertSame(running, GuiTests.runningInput(monitor), "the monitor's input kept running, untouched");
        assertTrue(GuiTests.waitFor(() -> GuiTests.captureListeners(monitor) == 0, 2_000), "the tap is gone afterwards");
        assertEquals(List.of(), threads.violations(), "Swing touched only on the EDT, by the capture thread and the listening alike");
    }

    private static void assertWithin(double value, double[] range, String what) {
        assertTrue(value >= range[0] - SAME_SAMPLES_DB && value <= range[1] + SAME_SAMPLES_DB,
                what + " " + value + " is not what " + SECONDS + " s of the demo take give: " + range[0] + " to " + range[1]);
    }

    /**
     * The floor and SNR of {@value #SECONDS} s of the looping demo take from each start point:
     * where in the loop the listening begins is up to the clock, and the SNR depends on it
     * (38.4 to 41.6 dB) while the floor hardly does.
     */
    private void demoFigures(double[] floor, double[] snr) throws Exception {
        Path take = dir.resolve("demo.wav");
        try (InputStream in = getClass().getResourceAsStream(DEMO_TAKE)) {
            Files.copy(in, take, StandardCopyOption.REPLACE_EXISTING);
        }
        float[][] all;
        int rate;
        try (AudioSource s = AudioFiles.open(take)) {
            rate = s.format().sampleRate();
            all = new float[s.format().channels()][(int) s.format().frames()];
            float[][] b = new float[all.length][4096];
            int at = 0;
            for (int n; (n = s.read(b)) > 0; at += n) {
                for (int c = 0; c < all.length; c++) System.arraycopy(b[c], 0, all[c], at, n);
            }
        }
        int length = all[0].length;
        int wanted = SECONDS * rate;
        var criteria = TuningPresets.noiseCriteria(PresetLoader.of(List.of()));
        for (double start = 0; start * rate < length; start += OFFSET_STEP_SECONDS) {
            int from = (int) Math.round(start * rate);
            float[][] w = new float[all.length][wanted];
            for (int c = 0; c < all.length; c++) {
                for (int i = 0; i < wanted; i++) w[c][i] = all[c][(from + i) % length];
            }
            Location l = LocationMeasurement.measure(MemorySource.of(rate, w), 1.0, criteria);
            double f = l.noiseFloorDbfs().orElseThrow();
            double s = l.snrDb().orElseThrow();
            floor[0] = Math.min(floor[0], f);
            floor[1] = Math.max(floor[1], f);
            snr[0] = Math.min(snr[0], s);
            snr[1] = Math.max(snr[1], s);
        }
    }
}
