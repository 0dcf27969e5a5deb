package org.headroom.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;

import org.assertj.swing.edt.GuiActionRunner;
import org.headroom.detect.FindingKind;
import org.headroom.ui.common.Readout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The ROOM card and the QC log beside it read the same detector state, so they cannot disagree:
 * on the demo input (speech over 50 Hz mains hum), from the moment the log holds a HUM row the
 * card's Hum line names a hum. Both are read in one EDT task, between two screen refreshes, so
 * what the test sees is what one screen showed.
 */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true") // not inherited from MonitorGuiTest
class RoomCardAgreesWithQcLogTest extends MonitorGuiTest {
    /** The demo loops every 9.8 s: two loops are enough for the hum to be found and watched. */
    private static final long WATCH_MS = 20_000;
    /** Watch the two side by side this long after the first HUM row. */
    private static final long AFTER_FIRST_ROW_MS = 4_000;

    @Test
    void onceTheLogHoldsAHumRowTheRoomCardNamesAHum() throws Exception {
        openOnTheDemo();
        JLabel hum = frame.label("Hum").target();
        List<String> disagreements = new ArrayList<>();
        long deadline = System.currentTimeMillis() + WATCH_MS;
        long firstRowAt = -1;
        while (System.currentTimeMillis() < deadline
                && (firstRowAt < 0 || System.currentTimeMillis() - firstRowAt < AFTER_FIRST_ROW_MS)) {
            String seen = GuiActionRunner.execute(() -> {
                boolean humRow = window.qcLog().model().rows().stream().anyMatch(r -> r.finding().kind() == FindingKind.HUM);
                if (!humRow) return null;
                double take = window.lastFrame().snapshot().seconds();
                return String.format(java.util.Locale.ROOT, "%.2f s: %s", take, hum.getText());
            });
            if (seen != null) {
                if (firstRowAt < 0) firstRowAt = System.currentTimeMillis();
                String card = seen.substring(seen.indexOf(": ") + 2);
                if (card.equals("none") || card.equals(Readout.NONE)) disagreements.add(seen);
            }
            Thread.sleep(20);
        }
        assertTrue(firstRowAt >= 0, "the demo's hum reaches the QC log");
        assertTrue(disagreements.isEmpty(), "the QC log holds a HUM row while the ROOM card says: " + disagreements);
    }
}
