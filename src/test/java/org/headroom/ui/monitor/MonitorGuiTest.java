package org.headroom.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the monitor's GUI tests share: a display is required, the window opens on the demo input
 * (no capture device) under an AssertJ Swing fixture, and is cleaned up after each test. JUnit
 * does not inherit the condition below: each subclass repeats it.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
abstract class MonitorGuiTest {
    protected MonitorWindow window;
    protected FrameFixture frame;

    @BeforeAll
    static void display() {
        GuiTests.requireDisplay();
    }

    @AfterEach
    void cleanUp() {
        if (frame != null) frame.cleanUp();
    }

    /** Opens the monitor as a user without a sound card sees it and waits for the demo input to run. */
    protected MonitorWindow openOnTheDemo() throws Exception {
        window = GuiTests.openWithoutDevices();
        frame = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), window);
        assertTrue(GuiTests.waitFor(() -> window.running() != null, 10_000), "an input opens");
        return window;
    }
}
