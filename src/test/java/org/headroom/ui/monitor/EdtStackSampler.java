package org.headroom.ui.monitor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.swing.SwingUtilities;

/**
 * The other half of the threads rule, watched: while running, samples the EDT's stack every few
 * milliseconds and records each sample in which the EDT is inside a forbidden frame (reading a
 * source, joining a capture thread, running an RT60 estimate), for a test to assert there were
 * none. A sampler can miss a short wait; it never reports one that did not happen.
 */
final class EdtStackSampler implements AutoCloseable {
    private static final long EVERY_MS = 3;
    private final Thread edt;
    private final Predicate<StackTraceElement> forbidden;
    private final List<String> waits = new CopyOnWriteArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile int samples;

    private EdtStackSampler(Thread edt, Predicate<StackTraceElement> forbidden) {
        this.edt = edt;
        this.forbidden = forbidden;
        this.sampler = new Thread(this::sample, "edt-stack-sampler");
        sampler.setDaemon(true);
    }

    static EdtStackSampler start(Predicate<StackTraceElement> forbidden) throws Exception {
        Thread[] edt = new Thread[1];
        SwingUtilities.invokeAndWait(() -> edt[0] = Thread.currentThread());
        EdtStackSampler s = new EdtStackSampler(edt[0], forbidden);
        s.sampler.start();
        return s;
    }

    private void sample() {
        while (running) {
            for (StackTraceElement e : edt.getStackTrace()) {
                if (forbidden.test(e)) {
                    waits.add(e.getClassName() + "." + e.getMethodName());
                    break;
                }
            }
            samples++;
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Forbidden frames seen on the EDT, one per sample that caught it. */
    List<String> waits() {
        return List.copyOf(waits);
    }

    int samples() {
        return samples;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join(1000);
    }
}
