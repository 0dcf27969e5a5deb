package org.headroom.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JLabel;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.headroom.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 point 9: an 8- and a 16-channel input in the monitor. The levels panel lays out a
 * column per channel at the monitor's default size on a 1920×1080 screen, names each channel,
 * and shows every figure whole (it kept its stereo width: labels and figures read "…").
 * Screenshots in both themes go to target/screenshots.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class MultichannelLevelsTest {
    /** The five loudness figures with their units side by side need about this much. */
    private static final int MIDDLE_MIN_PX = 560;

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
        GuiActionRunner.execute(() -> Theme.install(true));
    }

    @Test
    void eightChannels() throws Exception {
        check(8, List.of("L", "R", "C", "LFE", "Ls", "Rs", "7", "8"));
    }

    @Test
    void sixteenChannels() throws Exception {
        List<String> names = new ArrayList<>(List.of("L", "R", "C", "LFE", "Ls", "Rs"));
        for (int ch = 7; ch <= 16; ch++) names.add(String.valueOf(ch));
        check(16, names);
    }

    private void check(int channels, List<String> names) throws Exception {
        Path file = folder.resolve(channels + "ch.wav");
        float[][] samples = new float[channels][];
        for (int ch = 0; ch < channels; ch++) {
            // each channel at its own level, the last one clipping, so every figure has something to show
            samples[ch] = ch == channels - 1 ? TestSignals.square(48000, 20, 100, 1.0)
                    : TestSignals.sine(48000, 20, 300 + 50 * ch, -3 - 2.5 * ch);
        }
        WavWriter.write(file, 48000, WavWriter.SampleFormat.PCM_24, samples);
        MonitorWindow window = GuiTests.openWithoutDevices();
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), window);
        GuiActionRunner.execute(() -> window.openFile(file));
        assertTrue(GuiTests.waitFor(() -> GuiActionRunner.execute(() -> window.levels().channelCount()) == channels,
                10_000), channels + " level columns");
        Thread.sleep(1500); // a second and a half of readings: held peaks, clip counts, true peaks, RMS
        frame.robot().waitForIdle();
        for (String name : names) frame.robot().finder().findByName(window, "bar-" + name);
        // the rest of the window keeps its room: loudness, history and spectrum are not pushed out
        assertThat(GuiActionRunner.execute(() -> frame.robot().finder().findByName(window, "loudness-card").getWidth()))
                .as("loudness card width").isGreaterThanOrEqualTo(MIDDLE_MIN_PX);
        assertThat(GuiActionRunner.execute(() -> frame.robot().finder().findByName(window, "spectrum").getWidth()))
                .as("spectrum width").isGreaterThanOrEqualTo(MIDDLE_MIN_PX - 60);
        assertThat(GuiActionRunner.execute(window::getWidth)).as("the window fits the screen").isLessThanOrEqualTo(1920);
        List<String> cut = GuiActionRunner.execute(() -> cutTexts(window.levels()));
        assertThat(cut).as("figures and names drawn shorter than their text").isEmpty();
        GuiTests.screenshot(window, "monitor-" + channels + "ch-dark.png");
        GuiActionRunner.execute(Theme::toggle);
        frame.robot().waitForIdle();
        Thread.sleep(300);
        assertThat(GuiActionRunner.execute(() -> cutTexts(window.levels()))).as("light theme").isEmpty();
        GuiTests.screenshot(window, "monitor-" + channels + "ch-light.png");
    }

    /** Every label and button in the panel whose text needs more width than it was given. */
    private static List<String> cutTexts(Container panel) {
        List<String> cut = new ArrayList<>();
        for (Component c : panel.getComponents()) {
            String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
            if (text == null || text.isEmpty() || !c.isShowing()) continue;
            if (c.getPreferredSize().width > c.getWidth()) cut.add(c.getName() + " '" + text + "' " + c.getWidth() + " < " + c.getPreferredSize().width);
        }
        return cut;
    }
}
