package org.headroom.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;

/**
 * The threads rule, watched: while installed, every layout or repaint request that reaches Swing
 * from a thread other than the EDT (a capture thread, a worker) is recorded with the thread and
 * the component, for a test to assert there were none. Nothing is thrown on the offending
 * thread, which would only kill a capture loop and hide the cause.
 */
public final class SwingThreadWatch extends RepaintManager implements AutoCloseable {
    private final RepaintManager previous;
    private final List<String> violations = new CopyOnWriteArrayList<>();

    private SwingThreadWatch(RepaintManager previous) {
        this.previous = previous;
    }

    /** Installs on the EDT; close to put the previous manager back. */
    public static SwingThreadWatch install() throws Exception {
        SwingThreadWatch[] w = new SwingThreadWatch[1];
        SwingUtilities.invokeAndWait(() -> {
            w[0] = new SwingThreadWatch(RepaintManager.currentManager(null));
            RepaintManager.setCurrentManager(w[0]);
        });
        return w[0];
    }

    /** "thread-name: ComponentClass(name)" for each request made off the EDT. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public synchronized void addInvalidComponent(JComponent c) {
        note(c);
        super.addInvalidComponent(c);
    }

    @Override
    public void addDirtyRegion(JComponent c, int x, int y, int w, int h) {
        note(c);
        super.addDirtyRegion(c, x, y, w, h);
    }

    private void note(JComponent c) {
        if (!SwingUtilities.isEventDispatchThread()) {
            violations.add(Thread.currentThread().getName() + ": " + c.getClass().getSimpleName() + "(" + c.getName() + ")");
        }
    }

    @Override
    public void close() throws Exception {
        SwingUtilities.invokeAndWait(() -> RepaintManager.setCurrentManager(previous));
    }
}
