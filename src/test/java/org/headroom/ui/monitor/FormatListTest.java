package org.headroom.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Browsing the Format list opens nothing: only a committed choice (Enter, or the list closed on
 * an entry) asks for the device again. Pressing End used to land on 32-bit/32 ch and open it.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class FormatListTest {
    private static final CaptureFormat REQUEST = new CaptureFormat(48000, 24, 2);
    private final List<InputSpec> opened = new CopyOnWriteArrayList<>();
    private FrameFixture frame;

    @BeforeAll
    static void display() {
        GuiTests.requireDisplay();
    }

    @AfterEach
    void close() {
        if (frame != null) frame.cleanUp();
    }

    private JComboBoxFixture openOnTheDevice() throws InterruptedException {
        return openOnTheDevice(List.of(new CaptureFormat(44100, 16, 2), new CaptureFormat(48000, 16, 2),
                REQUEST, new CaptureFormat(48000, 32, 8), new CaptureFormat(48000, 32, 32)));
    }

    private JComboBoxFixture openOnTheDevice(List<CaptureFormat> formats) throws InterruptedException {
        CaptureDevice device = new CaptureDevice("Fake interface", "for the test", formats);
        JFrame window = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("formats");
            InputChooser chooser = new InputChooser(() -> List.of(device), REQUEST, opened::add);
            f.add(chooser);
            f.pack();
            chooser.refresh();
            return f;
        });
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), window);
        frame.show();
        assertTrue(GuiTests.waitFor(() -> GuiActionRunner.execute(() -> frame.comboBox("input").target().getItemCount()) > 2, 5_000),
                "the device is listed");
        frame.comboBox("input").selectItem("Fake interface");
        assertThat(opened).as("choosing the device opens it").hasSize(1);
        return frame.comboBox("format");
    }

    /**
     * Issue 11 point 9: Java Sound reports a sound server's line as "any rate, any channels"; the
     * list offered only the request's 48 kHz. It offers the common rates, 96 kHz too, and listing
     * them opens nothing.
     */
    @Test
    void aDeviceThatTakesAnyRateIsOfferedNinetySixKilohertz() throws InterruptedException {
        JComboBoxFixture formats = openOnTheDevice(List.of(new CaptureFormat(CaptureFormat.ANY, 16, CaptureFormat.ANY),
                new CaptureFormat(CaptureFormat.ANY, 24, CaptureFormat.ANY)));
        List<CaptureFormat> listed = GuiActionRunner.execute(() -> {
            List<CaptureFormat> all = new java.util.ArrayList<>();
            for (int i = 0; i < formats.target().getItemCount(); i++) all.add((CaptureFormat) formats.target().getItemAt(i));
            return all;
        });
        assertThat(listed).contains(new CaptureFormat(96000, 24, 2), new CaptureFormat(96000, 16, 2),
                new CaptureFormat(44100, 24, 2), new CaptureFormat(88200, 24, 2), REQUEST);
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(opened).as("listing the formats opened nothing more").hasSize(1);
    }

    @Test
    void arrowKeysAndEndBrowseWithoutOpeningAndEnterOpensOnce() throws InterruptedException {
        JComboBoxFixture formats = openOnTheDevice();
        formats.focus();
        formats.pressAndReleaseKeys(KeyEvent.VK_DOWN, KeyEvent.VK_UP, KeyEvent.VK_UP, KeyEvent.VK_END);
        frame.robot().waitForIdle();
        assertThat(opened).as("browsing opened nothing").hasSize(1);
        if (GuiActionRunner.execute(() -> formats.target().isPopupVisible())) {
            assertThat(opened).hasSize(1);
        }
        formats.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        frame.robot().waitForIdle();
        assertThat(opened).as("Enter commits the entry browsed to").hasSize(2);
        assertThat(((InputSpec.Device) opened.get(1)).format()).isEqualTo(new CaptureFormat(48000, 32, 32));
        formats.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        frame.robot().waitForIdle();
        assertThat(opened).as("Enter on the format already open opens nothing").hasSize(2);
    }

    @Test
    void clickingAnEntryInTheOpenListOpensItOnceAndEscapeUndoesBrowsing() throws InterruptedException {
        JComboBoxFixture formats = openOnTheDevice();
        CaptureFormat second = GuiActionRunner.execute(() -> formats.target().getItemAt(1)) instanceof CaptureFormat f ? f : null;
        formats.selectItem(1); // the list opened and clicked: a committed choice
        frame.robot().waitForIdle();
        assertThat(opened).hasSize(2);
        assertThat(((InputSpec.Device) opened.get(1)).format()).isEqualTo(second);
        formats.focus();
        GuiActionRunner.execute(() -> formats.target().showPopup());
        formats.pressAndReleaseKeys(KeyEvent.VK_DOWN, KeyEvent.VK_DOWN, KeyEvent.VK_ESCAPE);
        frame.robot().waitForIdle();
        assertThat(opened).as("Escape opens nothing").hasSize(2);
        assertThat(GuiActionRunner.execute(() -> formats.target().getSelectedItem())).as("and puts the open format back")
                .isEqualTo(second);
    }
}
