package org.headroom.audio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;

/**
 * Plays another source at the speed of a sound card: each read returns no earlier than the
 * moment its audio would have arrived live. The demo input and "a file played as live" use
 * it, so the monitor behaves exactly as it does on a real device. Optionally loops by
 * reopening the source when it ends.
 */
public final class PacedSource implements AudioSource {
    /** Opens the underlying source again for the next loop. */
    public interface Opener {
        AudioSource open() throws IOException;
    }

    private final Opener opener;
    private final boolean loop;
    private final boolean paced;
    private AudioSource current;
    private final SourceFormat format;
    private long framesDelivered;
    private long startNanos = -1;

    public PacedSource(Opener opener, boolean loop) throws IOException {
        this(opener, loop, true);
    }

    private PacedSource(Opener opener, boolean loop, boolean paced) throws IOException {
        this.opener = opener;
        this.loop = loop;
        this.paced = paced;
        this.current = opener.open();
        this.format = current.format().withFrames(-1);
    }

    /**
     * The same source without the waiting: a file replayed as live (unknown length, notices
     * and bit rate passed on) as fast as the reader of its blocks takes them, for a soak test
     * or a quick look at what the monitor would have flagged.
     */
    public static PacedSource unpaced(Opener opener) throws IOException {
        return new PacedSource(opener, false, false);
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public int read(float[][] block) throws IOException {
        if (startNanos < 0) startNanos = System.nanoTime();
        int n = current.read(block);
        if (n <= 0 && loop) {
            current.close();
            current = opener.open();
            n = current.read(block);
        }
        if (n <= 0) return 0;
        framesDelivered += n;
        if (paced) waitUntilDue();
        return n;
    }

    private void waitUntilDue() throws InterruptedIOException {
        sleepUntil(startNanos + framesDelivered * 1_000_000_000L / format.sampleRate());
    }

    /** Sleeps until {@code System.nanoTime()} reaches {@code due}: a source keeping to real time. */
    public static void sleepUntil(long due) throws InterruptedIOException {
        long wait = due - System.nanoTime();
        if (wait <= 0) return;
        try {
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("playback interrupted");
        }
    }

    @Override
    public List<ReadNotice> notices() {
        return current.notices();
    }

    @Override
    public BitRate bitRate() {
        return current.bitRate();
    }

    @Override
    public void close() throws IOException {
        current.close();
    }
}
