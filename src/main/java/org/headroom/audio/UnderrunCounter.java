package org.headroom.audio;

/**
 * Notices when a playback line ran dry: a block arrived after the device had played everything
 * written before it, so the listener heard a gap (a dropout).
 *
 * <p>Java Sound does not report underruns, and on Linux (Java 17, ALSA's pulse plugin) what the
 * line does report around one is no help: a line that ran dry has read as full ({@code
 * available()} 0) or as empty depending on when it was asked, and its position lags behind what
 * it has played by up to a block. So this counts by the clock instead: it keeps the moment at
 * which the audio written so far runs out, and a write that comes later than that (by more than
 * {@link #TOLERANCE_NANOS}) found the line dry.
 *
 * <p>The moment is re-anchored whenever a write had to wait for room: the line was full then, so
 * its audio runs out a whole buffer after the write returned. That keeps the device's clock and
 * the system's from drifting apart over a long playback. Counting starts only at the first such
 * full line: a new ALSA line does not play until its buffer has filled once, so a slow start is
 * latency, not a gap. After a gap the moment restarts from the late write; a line that ALSA keeps
 * silent until it is full again may then show one gap as several, so the count is an upper
 * bound for a starved line and exact (zero) for one that is kept fed.
 */
public final class UnderrunCounter {
    /** A write this much after the queued audio ran out is a gap; less is within the clocks' jitter. */
    static final long TOLERANCE_NANOS = 5_000_000;
    /** A write that took this long waited for room: the line was full. */
    static final long BLOCKED_NANOS = 2_000_000;
    private final double nanosPerFrame;
    private final long bufferNanos;
    private boolean started;
    private boolean dry;
    private long runsOutAt;
    private long underruns;

    /** @param bufferFrames the line's buffer, frames */
    public UnderrunCounter(int sampleRate, int bufferFrames) {
        if (sampleRate <= 0 || bufferFrames <= 0) throw new IllegalArgumentException("rate " + sampleRate + ", buffer " + bufferFrames);
        this.nanosPerFrame = 1e9 / sampleRate;
        this.bufferNanos = Math.round(bufferFrames * nanosPerFrame);
    }

    /**
     * Called just before a write, at {@code nanos} (System.nanoTime).
     *
     * @return true if the line ran dry before this write
     */
    public boolean beforeWrite(long nanos) {
        dry = started && nanos - runsOutAt > TOLERANCE_NANOS;
        if (dry) underruns++;
        return dry;
    }

    /** Called after the write of {@code frames} that began at {@code before} returned at {@code after}. */
    public void afterWrite(int frames, long before, long after) {
        long length = Math.round(frames * nanosPerFrame);
        if (after - before > BLOCKED_NANOS) {
            started = true;
            runsOutAt = after + bufferNanos;
        } else if (dry) {
            runsOutAt = after + length;
        } else {
            runsOutAt += length;
        }
    }

    /** Dropouts counted so far. */
    public long underruns() {
        return underruns;
    }
}
