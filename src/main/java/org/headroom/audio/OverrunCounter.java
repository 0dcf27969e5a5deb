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
 */
public final class OverrunCounter {
    private final int bufferFrames;
    private final double framesPerNano;
    private long startNanos = Long.MIN_VALUE;
    private long overruns;
    private long dropped;

    public OverrunCounter(int bufferFrames, int sampleRate) {
        if (bufferFrames <= 0) throw new IllegalArgumentException("buffer must hold frames: " + bufferFrames);
        this.bufferFrames = bufferFrames;
        this.framesPerNano = sampleRate / 1e9;
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
     * @return true if the buffer was full, i.e. frames were lost since the last call
     */
    public boolean observe(int availableFrames, long framesRead, long nanos) {
        if (availableFrames < bufferFrames) return false;
        overruns++;
        long expected = startNanos == Long.MIN_VALUE ? 0 : Math.round((nanos - startNanos) * framesPerNano);
        long missing = expected - (framesRead + availableFrames + dropped);
        if (missing > 0) dropped += missing;
        return true;
    }

    /** How many times the buffer was found full. */
    public long overruns() {
        return overruns;
    }

    /** Frames lost, estimated from the clock; 0 while there were no overruns. */
    public long droppedFramesEstimate() {
        return dropped;
    }
}
