package org.headroom.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.event.ComponentEvent;
import java.awt.event.ComponentListener;
import java.util.concurrent.TimeUnit;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import org.headroom.ui.common.Prefs;
import org.headroom.ui.common.ThreadRecordingPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The QC log's remembered height is read and written on the preferences' own thread: the
 * monitor builds its split and closes it on the EDT, which never waits on the preferences'
 * file. The split is never shown; its resize is sent to its listeners as AWT would.
 */
class SplitMemoryOffTheEdtTest {
    private final ThreadRecordingPreferences store = new ThreadRecordingPreferences();

    @AfterEach
    void userStoreAgain() {
        Prefs.useUserRoot();
    }

    @Test
    void theHeightIsReadAndWrittenOffTheEdtAndStillPlacesTheDivider() throws Exception {
        Prefs.useRoot(() -> store);
        String node = System.getProperty(SplitMemory.NODE_PROPERTY, "org/headroom/monitor");
        store.node(node).putInt("testLog", 180);
        int before = store.log().size();
        Thread[] edt = new Thread[1];
        JSplitPane[] split = new JSplitPane[1];
        SplitMemory[] memory = new SplitMemory[1];
        SwingUtilities.invokeAndWait(() -> {
            edt[0] = Thread.currentThread();
            memory[0] = new SplitMemory("testLog");
            JPanel top = new JPanel();
            JPanel bottom = new JPanel();
            bottom.setPreferredSize(new Dimension(100, 60));
            split[0] = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, bottom);
            split[0].setDividerSize(6);
            split[0].setBorder(null);
            memory[0].restore(split[0]);
        });
        Prefs.settled().get(10, TimeUnit.SECONDS); // the remembered height is in before the first layout
        SwingUtilities.invokeAndWait(() -> {
            split[0].setSize(400, 600);
            for (ComponentListener l : split[0].getComponentListeners()) {
                l.componentResized(new ComponentEvent(split[0], ComponentEvent.COMPONENT_RESIZED));
            }
            split[0].doLayout();
        });
        Prefs.settled().get(10, TimeUnit.SECONDS);
        SwingUtilities.invokeAndWait(() -> {
            assertEquals(600 - 6 - 180, split[0].getDividerLocation(), "the log gets its remembered 180 px");
            split[0].getBottomComponent().setSize(400, 222); // the user dragged it; the window closes
            memory[0].save(split[0]);
        });
        Prefs.settled().get(10, TimeUnit.SECONDS);
        assertEquals(222, store.node(node).getInt("testLog", -1), "the new height reached the store");
        var log = store.log().subList(before, store.log().size());
        assertTrue(log.stream().anyMatch(a -> a.what().startsWith("get testLog")), "it was read: " + log);
        assertTrue(log.stream().anyMatch(a -> a.what().startsWith("flush")), "and flushed: " + log);
        for (ThreadRecordingPreferences.Access a : log) assertFalse(a.thread() == edt[0], "the EDT touched the preferences: " + a.what());
    }
}
