package org.headroom.ui.advisor;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.headroom.analysis.LiveSession;
import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.SourceFormat;

/**
 * The monitor's running capture as a source for Listen…: a tap on the capture thread copies each
 * block into a bounded queue, and {@link #read} on the listening worker takes them out. The device
 * is not opened a second time, so a raw ALSA device the monitor holds can be heard too. The capture
 * thread never waits: when the queue is full the block is dropped and counted as an overrun.
 * Closing removes the tap.
 */
final class TappedSource implements AudioSource, LiveSession.BlockTap {
    /** Four seconds of the session's 10 ms blocks: the listening worker may fall that far behind (GC, a busy machine). */
    private static final int QUEUE_BLOCKS = 400;
    /** How long one wait for a block lasts before the capture's state is looked at again. */
    private static final long POLL_MILLIS = 100;
    /** No block for this long while the capture says it runs: say so instead of waiting for ever. */
    static final long STALL_MILLIS = 2000;

    private final MonitorLink.Capture capture;
    private final SourceFormat format;
    private final BlockingQueue<float[][]> queue = new ArrayBlockingQueue<>(QUEUE_BLOCKS);
    private final AtomicLong dropped = new AtomicLong();
    private float[][] pending;
    private int pendingAt;

    private TappedSource(MonitorLink.Capture capture) {
        this.capture = capture;
        this.format = capture.format().withFrames(-1);
    }

    /** Starts copying the capture's blocks; what came before is not heard. */
    static TappedSource attach(MonitorLink.Capture capture) {
        TappedSource s = new TappedSource(capture);
        capture.attach(s);
        return s;
    }

    /** Capture thread: copy and go. */
    @Override
    public void offer(float[][] block, int frames) {
        float[][] copy = new float[block.length][];
        for (int c = 0; c < block.length; c++) copy[c] = Arrays.copyOf(block[c], frames);
        if (!queue.offer(copy)) dropped.incrementAndGet();
    }

    /** Listening worker: fills the block from the queue, waiting for the capture as a line read would. */
    @Override
    public int read(float[][] block) throws IOException {
        int wanted = block[0].length;
        int got = 0;
        long lastBlock = System.nanoTime();
        while (got < wanted) {
            if (pending == null) {
                pending = next();
                pendingAt = 0;
                if (pending == null) {
                    if (capture.ended()) {
                        if (got > 0) return got;
                        throw new IOException("The monitor's input stopped while listening (it was switched or closed): listen again.");
                    }
                    if (System.nanoTime() - lastBlock > STALL_MILLIS * 1_000_000) {
                        throw new IOException("The monitor's input sent no audio for " + STALL_MILLIS / 1000
                                + " s: check it in the monitor and listen again.");
                    }
                    continue;
                }
                lastBlock = System.nanoTime();
            }
            int n = Math.min(wanted - got, pending[0].length - pendingAt);
            for (int c = 0; c < block.length; c++) System.arraycopy(pending[c], pendingAt, block[c], got, n);
            got += n;
            pendingAt += n;
            if (pendingAt == pending[0].length) pending = null;
        }
        return got;
    }

    private float[][] next() throws InterruptedIOException {
        try {
            return queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped listening");
        }
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public BitRate bitRate() {
        Integer bits = format.bitsPerSample();
        return BitRate.pcm(format.sampleRate(), bits == null ? 32 : bits, format.channels());
    }

    /** Blocks the listening fell too far behind to take. */
    @Override
    public long overruns() {
        return dropped.get();
    }

    @Override
    public void close() {
        capture.detach(this);
        queue.clear();
    }
}
