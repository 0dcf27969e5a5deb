package org.headroom.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Point;
import java.awt.event.InputEvent;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicSplitPaneUI;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 11 point 3 on the 1920×1080 test screen: the QC log shows at least eight rows when the
 * monitor opens, the splitter cannot squeeze the spectrum away, and the log's height is kept
 * for the next start. Preferences go to a node of the test's own, emptied before each test.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class MonitorLayoutTest {
    /** Below this the spectrum card shows no usable plot (its axis labels alone take ~40 px). */
    private static final int READABLE_SPECTRUM_PX = 100;

    private MonitorWindow window;
    private FrameFixture frame;

    @BeforeAll
    static void display() throws Exception {
        GuiTests.requireDisplay();
        System.setProperty(SplitMemory.NODE_PROPERTY, "org/headroom/test/monitor-layout");
    }

    @AfterAll
    static void forget() throws Exception {
        SplitMemory.prefs().removeNode();
        System.clearProperty(SplitMemory.NODE_PROPERTY);
    }

    @BeforeEach
    void clean() throws Exception {
        SplitMemory.prefs().clear();
    }

    @AfterEach
    void close() {
        if (frame != null) frame.cleanUp();
    }

    private void open() throws Exception {
        window = GuiTests.openWithoutDevices();
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), window);
        frame.robot().waitForIdle();
    }

    @Test
    void theLogShowsEightRowsOnAnHdScreen() throws Exception {
        open();
        assertThat(GuiActionRunner.execute(() -> window.getHeight())).as("window height").isLessThanOrEqualTo(1080);
        assertThat(GuiActionRunner.execute(() -> window.qcLog().visibleRows())).as("QC log rows").isGreaterThanOrEqualTo(8);
        assertThat(GuiActionRunner.execute(() -> spectrum().getHeight())).isGreaterThanOrEqualTo(READABLE_SPECTRUM_PX);
    }

    @Test
    void draggingTheSplitterUpLeavesTheSpectrumReadable() throws Exception {
        open();
        drag(2000); // from the log's smallest, whatever height the first layout gave it
        int before = GuiActionRunner.execute(() -> window.qcLog().visibleRows());
        drag(-2000);
        assertThat(GuiActionRunner.execute(() -> window.qcLog().visibleRows())).as("the log grew").isGreaterThan(before);
        assertThat(GuiActionRunner.execute(() -> split().getTopComponent().getHeight()))
                .isGreaterThanOrEqualTo(MonitorWindow.METERS_MIN_HEIGHT);
        assertThat(GuiActionRunner.execute(() -> spectrum().getHeight())).isGreaterThanOrEqualTo(READABLE_SPECTRUM_PX);
        drag(2000);
        assertThat(GuiActionRunner.execute(() -> window.qcLog().visibleRows())).as("the log keeps three rows")
                .isGreaterThanOrEqualTo(QcLogTable.MIN_ROWS);
    }

    @Test
    void theLogKeepsTheHeightItWasGiven() throws Exception {
        open();
        drag(-150);
        int height = GuiActionRunner.execute(() -> split().getBottomComponent().getHeight());
        frame.close();
        assertTrue(GuiTests.waitFor(() -> !window.isDisplayable(), 5_000), "the window closed");
        frame.cleanUp();
        open();
        assertThat(GuiActionRunner.execute(() -> split().getBottomComponent().getHeight())).isEqualTo(height);
    }

    private JSplitPane split() {
        return frame.robot().finder().findByName(window, "qc-split", JSplitPane.class);
    }

    private Component spectrum() {
        return frame.robot().finder().findByName(window, "spectrum");
    }

    /** Drags the divider by dy pixels with the mouse, as a person would. */
    private void drag(int dy) {
        Robot robot = frame.robot();
        Component divider = GuiActionRunner.execute(() -> ((BasicSplitPaneUI) split().getUI()).getDivider());
        Point centre = GuiActionRunner.execute(() -> {
            Point p = new Point(divider.getWidth() / 2, divider.getHeight() / 2);
            SwingUtilities.convertPointToScreen(p, divider);
            return p;
        });
        robot.moveMouse(centre);
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        int target = Math.max(0, Math.min(1079, centre.y + dy));
        for (int i = 1; i <= 10; i++) robot.moveMouse(new Point(centre.x, centre.y + (target - centre.y) * i / 10));
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }
}
