package org.headroom.ui;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.headroom.advice.LiveReverb;
import org.headroom.advice.Rt60Estimate;

/**
 * The ROOM card's RT60: the capture thread feeds a {@link LiveReverb} (a few multiplies a
 * sample), and every {@link #PERIOD_SECONDS} one low-priority daemon thread, shared by all
 * inputs, runs the advisor's estimators on a copy of the last 25 s and publishes the result by
 * swapping one reference, which the EDT reads when it paints. Neither the capture thread nor
 * the EDT ever waits for an estimate.
 */
final class ReverbWatch {
    /** Often enough to follow a room, rare enough to cost a small fraction of a core (ReverbWatchBench). */
    static final long PERIOD_SECONDS = 5;
    private static final ScheduledExecutorService ESTIMATOR = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "headroom-rt60");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private final LiveReverb reverb;
    private final AtomicReference<Optional<Rt60Estimate>> latest = new AtomicReference<>(Optional.empty());
    private ScheduledFuture<?> schedule;

    ReverbWatch(int sampleRate) {
        this.reverb = new LiveReverb(sampleRate);
    }

    /** Begins estimating in the background; {@link #stop} ends it. */
    ReverbWatch start() {
        schedule = ESTIMATOR.scheduleWithFixedDelay(this::estimateNow, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        return this;
    }

    /** Capture thread. */
    void accept(float[][] block, int frames) {
        reverb.accept(block, frames);
    }

    /** Runs one estimate on the calling thread; the schedule and the benchmark call it. */
    void estimateNow() {
        try {
            latest.set(reverb.estimate());
        } catch (RuntimeException e) {
            // A failed estimate must not end the schedule (a ScheduledExecutor drops a task that throws);
            // the card keeps its last reading.
        }
    }

    /** The latest estimate, empty until there is enough to go on. Any thread. */
    Optional<Rt60Estimate> latest() {
        return latest.get();
    }

    void stop() {
        if (schedule != null) schedule.cancel(false);
    }
}
