package org.headroom.ui.monitor;

import org.headroom.ui.common.SwingThreadWatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assertj.swing.edt.GuiActionRunner;
import org.headroom.analysis.LiveSnapshot;
import org.headroom.ui.common.Readout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The live path's threads: the session's capture thread computes every figure and never touches
 * Swing; the EDT reads snapshots and never waits on the input (a read, a capture thread's end,
 * an RT60 estimate), also while the input is switched. Every view runs: all four ballistics,
 * the spectrum, the ROOM card, the QC log.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true") // not inherited from MonitorGuiTest
class MonitorThreadsTest extends MonitorGuiTest {
    /** Frames of the input side: reading a source, the capture loop, joining or closing a session, an estimate. */
    static boolean inputWait(StackTraceElement e) {
        String c = e.getClassName();
        String m = e.getMethodName();
        return c.startsWith("org.headroom.audio.") && (m.equals("read") || m.equals("close") || m.equals("open"))
                || c.equals("org.headroom.analysis.LiveSession") && (m.equals("close") || m.equals("awaitEnd"))
                || c.equals("org.headroom.advice.ReverbWatch") && m.equals("estimateNow")
                || c.equals("java.lang.Thread") && m.equals("join");
    }

    @Test
    void theCaptureThreadNeverTouchesSwingAndTheEdtNeverWaitsOnTheInput() throws Exception {
        try (SwingThreadWatch swing = SwingThreadWatch.install();
             EdtStackSampler edt = EdtStackSampler.start(MonitorThreadsTest::inputWait)) {
            openOnTheDemo();
            for (Ballistics b : Ballistics.values()) {
                GuiActionRunner.execute(() -> window.setBallistics(b));
                assertTrue(GuiTests.waitFor(() -> window.lastFrame() != null && window.lastFrame().ballistics() == b, 2_000));
                Thread.sleep(700);
                // the bar shows the session's own reading for that ballistics, nothing computed on the EDT
                MeterFrame f = GuiActionRunner.execute(window::lastFrame);
                LiveSnapshot.ChannelMeters m = f.snapshot().channels().get(0);
                double expected = switch (b) {
                    case SAMPLE_PEAK -> m.peakDbfs();
                    case PPM_I -> m.ppmTypeIDbfs();
                    case PPM_IIA -> m.ppmTypeIIaDbfs();
                    case VU -> m.vuDbfs();
                };
                assertEquals(expected, f.barDb(0), 0.0, b.name());
            }
            assertTrue(GuiTests.waitFor(() -> window.lastFrame().snapshot().spectrum() != null, 2_000), "the spectrum runs");
            assertTrue(GuiTests.waitFor(() -> !Readout.NONE.equals(frame.label("Noise floor").target().getText()), 5_000),
                    "the ROOM card runs");
            Object first = GuiActionRunner.execute(window::running);
            // switching closes the old session (joins its capture thread) and opens a new input: not on the EDT
            GuiActionRunner.execute(() -> window.switchTo(new InputSpec.Demo()));
            assertTrue(GuiTests.waitFor(() -> window.running() != null && window.running() != first, 10_000), "switched");
            assertNotSame(first, GuiActionRunner.execute(window::running));
            assertTrue(GuiTests.waitFor(() -> window.lastFrame().snapshot().seconds() > 1, 5_000), "the new input runs");
            assertTrue(edt.samples() > 100, "the EDT was watched: " + edt.samples() + " samples");
            assertEquals(List.of(), swing.violations(), "Swing touched off the EDT");
            assertEquals(List.of(), edt.waits(), "the EDT waited on the input");
            assertNotNull(window.lastFrame().rt60());
        }
    }
}
