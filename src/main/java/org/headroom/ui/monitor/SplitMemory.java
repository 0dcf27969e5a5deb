package org.headroom.ui.monitor;

import java.awt.Component;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import org.headroom.ui.common.Prefs;

/**
 * Remembers the height the user gave the lower side of a split (the QC log) from one session
 * to the next, in the user's preferences as the editor keeps its time format. The height, not
 * the divider's position, is kept, so it means the same in a window of another size.
 */
final class SplitMemory {
    /** Where the monitor's choices are kept; tests point it elsewhere so they leave the user's alone. */
    static final String NODE_PROPERTY = "headroom.monitor.prefs";
    private final String key;
    /** The remembered height, read on the preferences' thread from the moment the window is built. */
    private final CompletableFuture<Integer> remembered;

    SplitMemory(String key) {
        this.key = key;
        this.remembered = Prefs.get(node(), key, "-1").thenApply(SplitMemory::height);
    }

    private static String node() {
        return System.getProperty(NODE_PROPERTY, "org/headroom/monitor");
    }

    /** Tests: the store itself, to clear it before a run. */
    static Preferences prefs() {
        return Preferences.userRoot().node(node());
    }

    private static int height(String saved) {
        try {
            return Integer.parseInt(saved.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Once the split first has its size: the divider goes where the lower side gets the remembered
     * height, or else its preferred one, as far as the upper side's minimum allows. (Left to
     * JSplitPane, the first layout shares out a shortfall as it likes and squeezed the log.) The
     * height is read off the EDT; if it is not in yet, the divider is placed again when it is.
     */
    void restore(JSplitPane split) {
        split.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (split.getHeight() <= 0) return;
                split.removeComponentListener(this);
                if (remembered.isDone()) {
                    place(split, remembered.join());
                } else {
                    place(split, -1);
                    remembered.thenAccept(h -> SwingUtilities.invokeLater(() -> {
                        if (h > 0) place(split, h);
                    }));
                }
            }
        });
    }

    private static void place(JSplitPane split, int remembered) {
        Component top = split.getTopComponent();
        Component bottom = split.getBottomComponent();
        Insets in = split.getInsets();
        int wanted = Math.max(remembered > 0 ? remembered : bottom.getPreferredSize().height, bottom.getMinimumSize().height);
        int location = split.getHeight() - in.bottom - split.getDividerSize() - wanted;
        split.setDividerLocation(Math.max(location, in.top + top.getMinimumSize().height));
    }

    /** When the window closes: the lower side's height as the user left it, written on the preferences' thread. */
    void save(JSplitPane split) {
        int height = split.getBottomComponent().getHeight();
        if (height > 0) Prefs.put(node(), key, Integer.toString(height));
    }
}
