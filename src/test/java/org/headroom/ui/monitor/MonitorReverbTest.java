package org.headroom.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.assertj.swing.edt.GuiActionRunner;
import org.headroom.ui.common.Readout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The ROOM card's RT60 on the demo input (speech with pauses, played live): "—" at first, then
 * an estimate with its method and confidence in the tooltip, computed on the low-priority
 * headroom-rt60 thread, whose CPU time is printed as a share of a core.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true") // not inherited from MonitorGuiTest
class MonitorReverbTest extends MonitorGuiTest {
    @Test
    void theRoomCardShowsAnRt60OnceThereIsEnough() throws Exception {
        long started = System.nanoTime();
        openOnTheDemo();
        assertEquals(Readout.NONE, frame.label("RT60").text(), "nothing until enough has been heard");
        // MIN_SECONDS of input, then up to two estimate periods, and slack for a slow machine
        long wait = (long) (1000 * (org.headroom.advice.LiveReverb.MIN_SECONDS + 2 * org.headroom.advice.ReverbWatch.PERIOD_SECONDS + 5));
        assertTrue(GuiTests.waitFor(() -> !Readout.NONE.equals(frame.label("RT60").target().getText()), wait),
                "an RT60 appears");
        String text = frame.label("RT60").text();
        assertTrue(text.matches("\\d\\.\\d\\d s"), text);
        double seconds = Double.parseDouble(text.substring(0, text.length() - 2));
        assertTrue(seconds > 0.1 && seconds < 2.5, "a room, not nonsense: " + text);
        String tip = GuiActionRunner.execute(() -> frame.label("RT60").target().getToolTipText());
        assertTrue(tip.contains("confidence") && (tip.contains("speech") || tip.contains("clap")), tip);

        double wall = (System.nanoTime() - started) / 1e9;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("headroom-rt60"))
                .mapToLong(t -> threads.getThreadCpuTime(t.getId())).sum();
        System.out.printf(Locale.ROOT, "RT60 %s; headroom-rt60 thread: %.1f ms CPU in %.1f s (%.3f %% of a core); tooltip: %s%n",
                text, cpu / 1e6, wall, 100 * cpu / 1e9 / wall, tip);
    }
}
