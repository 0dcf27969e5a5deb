package org.headroom.advice;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A live room's RT60, followed while it is monitored: a live session's capture thread feeds a
 * {@link LiveReverb} through {@link #accept} (a few multiplies a sample), and every
 * {@link #PERIOD_SECONDS} one low-priority daemon thread, shared by all watches, runs the
 * advisor's estimators on a copy of the last 25 s and publishes the result by swapping one
 * reference, which any reader (the monitor window's timer) takes without waiting. Neither the
 * capture thread nor a reader ever waits for an estimate.
 *
 * <p>It lives here, beside the estimators, rather than inside {@code analysis.LiveSession}: the
 * estimators are the advisor's, and analysis does not depend on advice (they sit on the same
 * layer). Whoever runs a session attaches a watch as one of its block listeners.
 */
public final class ReverbWatch {
    /** Often enough to follow a room, rare enough to cost a small fraction of a core (ReverbWatchBench). */
    public static final long PERIOD_SECONDS = 5;
    private static final ScheduledExecutorService ESTIMATOR = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "headroom-rt60");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private final LiveReverb reverb;
    private final AtomicReference<Optional<Rt60Estimate>> latest = new AtomicReference<>(Optional.empty());
    private ScheduledFuture<?> schedule;

    public ReverbWatch(int sampleRate) {
        this.reverb = new LiveReverb(sampleRate);
    }

    /** Begins estimating in the background; {@link #stop} ends it. */
    public ReverbWatch start() {
        schedule = ESTIMATOR.scheduleWithFixedDelay(this::estimateNow, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        return this;
    }

    /** The capture thread: one block, copied into the estimator's window. */
    public void accept(float[][] block, int frames) {
        reverb.accept(block, frames);
    }

    /** Runs one estimate on the calling thread; the schedule and the benchmark call it. */
    public void estimateNow() {
        try {
            latest.set(reverb.estimate());
        } catch (RuntimeException e) {
            // A failed estimate must not end the schedule (a ScheduledExecutor drops a task that throws);
            // the card keeps its last reading.
        }
    }

    /** The latest estimate, empty until there is enough to go on. Any thread. */
    public Optional<Rt60Estimate> latest() {
        return latest.get();
    }

    /** Ends the schedule; an estimate under way finishes and is dropped with the watch. */
    public void stop() {
        if (schedule != null) schedule.cancel(false);
    }
}
