package org.headroom.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C and SIGTERM as a polite request. The JVM runs shutdown hooks on those signals and halts
 * when the hooks return, so the hook only asks the main thread to stop and then waits for it to
 * finish the recording and print the summary. The main thread is never interrupted: an interrupt
 * closes a FileChannel in the middle of a write.
 */
final class StopSignal implements AutoCloseable {
    /** Long enough to write out a queue of buffered audio to a slow card and finish its header. */
    private static final long FINISH_SECONDS = 30;

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean bySignal;

    private StopSignal() {
        hook = new Thread(() -> {
            bySignal = true;
            requested.countDown();
            try {
                finished.await(FINISH_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "headroom-stop");
    }

    static StopSignal install() {
        StopSignal s = new StopSignal();
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    /** Waits up to {@code millis} for a stop request; true once one has come. */
    boolean await(long millis) throws InterruptedException {
        return requested.await(millis, TimeUnit.MILLISECONDS);
    }

    boolean requested() {
        return requested.getCount() == 0;
    }

    boolean bySignal() {
        return bySignal;
    }

    /** The main thread has finished: let a waiting hook return, or take the hook away if no signal came. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (a signal came): the hook is running and now returns
        }
    }
}
