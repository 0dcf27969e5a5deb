package org.headroom.audio;

/**
 * Notices when a capture line's buffer filled up, which means the device had nowhere to put
 * new frames and dropped them, and estimates how many were lost.
 *
 * <p>A full buffer says that frames were lost but not how many: the line may have been full
 * for a moment or for a second. The estimate compares the frames the clock says should have
 * arrived since capture started with those accounted for (read, waiting in the buffer, or
 * already counted as lost); the difference at the moment of a full buffer is taken as lost.
 * The system clock and the device clock drift apart by some parts per million, so the
 * estimate is good to a few frames per minute of capture, enough to say how long a dropout was.
 *
 * <p>Two things seen on Linux (ALSA pulse plugin, Java 17): a full line reports one frame less
 * than its buffer size, so "full" allows a margin of a thousandth of the buffer; and the line
 * stays full for several reads while the backlog drains, so a run of full observations is
 * one overrun, not many.
 */
public final class OverrunCounter {
    private final int bufferFrames;
    private final double framesPerNano;
    private final int fullThreshold;
    private long startNanos = Long.MIN_VALUE;
    private boolean wasFull;
    private long overruns;
    private long dropped;

    public OverrunCounter(int bufferFrames, int sampleRate) {
        if (bufferFrames <= 0) throw new IllegalArgumentException("buffer must hold frames: " + bufferFrames);
        this.bufferFrames = bufferFrames;
        this.framesPerNano = sampleRate / 1e9;
        this.fullThreshold = bufferFrames - Math.max(1, bufferFrames / 1000);
    }

    /** Capture started at this time (System.nanoTime); frames arrive from here on. */
    public void start(long nanos) {
        startNanos = nanos;
    }

    /**
     * Called before each read.
     *
     * @param availableFrames frames waiting in the line's buffer now
     * @param framesRead      frames read from the line so far
     * @param nanos           System.nanoTime now
     * @return true if this observation starts an overrun: the buffer is full and was not at the
     *         previous call, i.e. frames were lost since then
     */
    public boolean observe(int availableFrames, long framesRead, long nanos) {
        boolean full = availableFrames >= fullThreshold;
        boolean starts = full && !wasFull;
        wasFull = full;
        if (!starts) return false;
        overruns++;
        long expected = startNanos == Long.MIN_VALUE ? 0 : Math.round((nanos - startNanos) * framesPerNano);
        long missing = expected - (framesRead + availableFrames + dropped);
        if (missing > 0) dropped += missing;
        return true;
    }

    /** How many times the buffer filled up (a run of full observations counts once). */
    public long overruns() {
        return overruns;
    }

    /** Frames lost, estimated from the clock; 0 while there were no overruns. */
    public long droppedFramesEstimate() {
        return dropped;
    }
}
