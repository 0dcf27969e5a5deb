package org.headroom.audio;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Records live blocks to a Broadcast Wave file the way a field recorder does.
 *
 * <p>Two threads meet here. The capture thread calls {@link #offer}, which copies the block into
 * a slot of a fixed ring of preallocated buffers and returns at once: no lock, no allocation, no
 * disk. The writer thread drains the ring into a {@link WavWriter}. If the disk stalls long enough
 * for the ring to fill (ten seconds by default), further blocks are dropped and counted, capture
 * and metering carry on, and when the writer catches up it writes silence of the lost length so
 * the file stays in time with the take (and with its bext time reference).
 *
 * <p>Crash safety: the take is written under a visible name, {@code NAME.wav.recording}, and at
 * least every {@link #DEFAULT_SYNC_SECONDS} the header is rewritten to cover the audio so far and
 * the file is forced to disk. A kill or a power cut leaves a playable file short by at most that
 * much (and {@link RecordingRepair} recovers the rest that reached the disk). {@link #close} writes
 * the final header and renames the file to {@code NAME.wav}.
 */
public final class Recorder implements Closeable {
    /** Suffix of a take being written; what {@link RecordingRepair} looks for. */
    public static final String IN_PROGRESS_SUFFIX = ".recording";
    /** Half the one-second bound, so a slow fsync still keeps the promise. */
    public static final double DEFAULT_SYNC_SECONDS = 0.5;
    /** How long the disk may stall before audio is lost from the recording. */
    public static final double DEFAULT_QUEUE_SECONDS = 10.0;
    /** The writer looks for new blocks this often when the ring is empty: a few blocks per wake-up. */
    private static final long IDLE_NANOS = 20_000_000L;

    /** Where the writer thread puts the audio: a {@link WavWriter} in use; a stalling fake in tests. */
    interface Sink {
        void write(float[][] block, int frames) throws IOException;

        /** Header over everything so far, forced to disk. */
        void sync() throws IOException;

        long framesWritten();

        /** Final header, renamed into place. */
        void close() throws IOException;
    }

    private final Path target;
    private final Path inProgress;
    private final Sink writer;
    private final int channels;
    private final int sampleRate;
    private final long bytesPerSecond;
    private final long syncNanos;
    private final Thread thread;

    // The ring: slot i holds slotFrames[i] frames, preceded in the file by gapBefore[i] frames of silence.
    private final float[][][] slots;
    private final int[] slotFrames;
    private final long[] gapBefore;
    private final int slotCapacity;
    /** Next slot the capture thread fills; written only by it. */
    private final AtomicLong head = new AtomicLong();
    /** Next slot the writer empties; written only by it. */
    private final AtomicLong tail = new AtomicLong();

    // Capture-thread state; pendingGap is volatile so close() can write a loss at the very end too.
    private volatile long pendingGap;
    private boolean dropping;
    private final AtomicLong droppedFrames = new AtomicLong();
    private final AtomicLong dropEvents = new AtomicLong();
    private final AtomicLong framesOffered = new AtomicLong();

    // Writer-thread state, published for readers on other threads.
    private volatile long framesOnDisk;
    private volatile long usableBytes = Long.MAX_VALUE;
    /** Looked up once: finding a path's store reads the mount table, asking it for space is one statvfs. */
    private FileStore store;
    private volatile IOException failure;
    private volatile boolean stopping;
    private volatile boolean closed;
    private final float[][] silence;

    Recorder(Path target, Path inProgress, Sink writer, int sampleRate, int channels, int bytesPerSample,
                     double queueSeconds, double syncSeconds) {
        this.target = target;
        this.inProgress = inProgress;
        this.writer = writer;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.bytesPerSecond = (long) sampleRate * channels * bytesPerSample;
        this.syncNanos = Math.max(1, Math.round(syncSeconds * 1e9));
        this.slotCapacity = Math.max(1, sampleRate / 100); // the live session's 10 ms blocks fill a slot exactly
        int slotCount = Math.max(2, (int) Math.ceil(queueSeconds * sampleRate / slotCapacity));
        this.slots = new float[slotCount][channels][slotCapacity];
        this.slotFrames = new int[slotCount];
        this.gapBefore = new long[slotCount];
        this.silence = new float[channels][slotCapacity];
        this.thread = new Thread(this::drain, "headroom-recorder");
        this.thread.setDaemon(true);
        this.thread.setPriority(Thread.NORM_PRIORITY + 1);
    }

    /**
     * Starts recording to {@code target} (a .wav name): the audio goes to
     * {@code target + ".recording"} until {@link #close}. Refuses to overwrite a take, finished or not.
     */
    public static Recorder start(Path target, int sampleRate, int channels, WavWriter.SampleFormat format,
                                 TakeInfo info) throws IOException {
        return start(target, sampleRate, channels, format, info, LocalDateTime.now(), DEFAULT_QUEUE_SECONDS,
                DEFAULT_SYNC_SECONDS);
    }

    /** As above with the start time (for bext), the ring's length and the sync interval given. */
    public static Recorder start(Path target, int sampleRate, int channels, WavWriter.SampleFormat format,
                                 TakeInfo info, LocalDateTime startTime, double queueSeconds, double syncSeconds)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        Path inProgress = inProgressFile(absolute);
        if (Files.exists(absolute)) throw new IOException(target + ": already exists; a take is never recorded over");
        if (Files.exists(inProgress)) {
            throw new IOException(inProgress + ": an unfinished recording is in the way; repair it first");
        }
        byte[] chunks = BroadcastChunks.build(info, startTime, sampleRate, channels, format.bits());
        WavWriter writer = WavWriter.recording(absolute, inProgress, sampleRate, channels, format, chunks);
        try {
            writer.sync(); // the empty take is on disk under its known name before the first block arrives
        } catch (IOException e) {
            writer.abort();
            throw e;
        }
        Sink sink = new Sink() {
            @Override
            public void write(float[][] block, int frames) throws IOException {
                writer.write(block, frames);
            }

            @Override
            public void sync() throws IOException {
                writer.sync();
            }

            @Override
            public long framesWritten() {
                return writer.framesWritten();
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
        return new Recorder(absolute, inProgress, sink, sampleRate, channels, format.bytes, queueSeconds, syncSeconds).begin();
    }

    /** Starts the writer thread; package-private constructor plus this is how tests fake the disk. */
    Recorder begin() {
        try {
            store = Files.getFileStore(inProgress);
            usableBytes = store.getUsableSpace();
        } catch (IOException e) {
            store = null; // no readout rather than no recording
        }
        thread.start();
        return this;
    }

    /** Where a take for {@code target} is written while it runs. */
    public static Path inProgressFile(Path target) {
        return target.resolveSibling(target.getFileName() + IN_PROGRESS_SUFFIX);
    }

    /**
     * Copies the first {@code frames} frames of {@code block[channel][frame]} for the writer and
     * returns without waiting. Call from one thread only (the capture thread).
     */
    public void offer(float[][] block, int frames) {
        if (stopping || failure != null) return;
        framesOffered.addAndGet(frames);
        int done = 0;
        while (done < frames) {
            int n = Math.min(frames - done, slotCapacity);
            long h = head.get();
            if (h - tail.get() >= slots.length) {
                lose(frames - done);
                return;
            }
            int i = (int) (h % slots.length);
            float[][] slot = slots[i];
            for (int ch = 0; ch < channels; ch++) System.arraycopy(block[ch], done, slot[ch], 0, n);
            slotFrames[i] = n;
            gapBefore[i] = pendingGap;
            pendingGap = 0;
            dropping = false;
            head.lazySet(h + 1); // publishes the slot's contents to the writer
            done += n;
        }
    }

    private void lose(int frames) {
        pendingGap += frames;
        droppedFrames.addAndGet(frames);
        if (!dropping) dropEvents.incrementAndGet();
        dropping = true;
    }

    private void drain() {
        long nextSync = System.nanoTime() + syncNanos;
        try {
            while (true) {
                long t = tail.get();
                if (t == head.get()) {
                    if (stopping && t == head.get()) {
                        writeSilence(pendingGap); // lost at the very end: the file still lasts as long as the take
                        break;
                    }
                    LockSupport.parkNanos(this, IDLE_NANOS);
                } else {
                    int i = (int) (t % slots.length);
                    writeSilence(gapBefore[i]);
                    writer.write(slots[i], slotFrames[i]);
                    tail.lazySet(t + 1);
                }
                if (System.nanoTime() - nextSync >= 0) {
                    sync();
                    nextSync = System.nanoTime() + syncNanos;
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e.toString(), e);
            try {
                writer.sync(); // keep what was written playable, if the disk lets us
            } catch (IOException ignored) {
                // the file stays as the last sync left it; RecordingRepair can still fix it
            }
        }
    }

    private void sync() throws IOException {
        writer.sync();
        framesOnDisk = writer.framesWritten();
        if (store == null) return;
        try {
            usableBytes = store.getUsableSpace();
        } catch (IOException e) {
            // keep the last reading: the readout is a convenience, the audio is not
        }
    }

    private void writeSilence(long frames) throws IOException {
        while (frames > 0) {
            int n = (int) Math.min(frames, slotCapacity);
            writer.write(silence, n);
            frames -= n;
        }
    }

    /**
     * Stops taking blocks, writes everything queued, finishes the header and renames the take to
     * its final name. Waits for the disk as long as it takes: a take is never cut short on purpose.
     *
     * @throws IOException if the disk failed during the take or at the end; what was written is
     *                     kept, finished if possible, else under its in-progress name for {@link RecordingRepair}
     */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        stopping = true;
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(inProgress.getFileName() + ": interrupted while finishing the recording; it stays unfinished");
        }
        // Even after a failure, finishing the header and renaming is worth a try: a full disk still
        // allows rewriting the header in place, and then the take is complete up to where it stopped.
        IOException problem = failure;
        try {
            writer.close();
            framesOnDisk = writer.framesWritten();
        } catch (IOException e) {
            if (problem == null) problem = e;
            else problem.addSuppressed(e);
        }
        if (problem != null) throw problem;
    }

    /** The finished take's name. */
    public Path target() {
        return target;
    }

    /**
     * Where the take is on disk now: its final name once finished (even after a failure, when the
     * header could still be finished), else its in-progress name, which RecordingRepair finishes.
     */
    public Path fileOnDisk() {
        return java.nio.file.Files.exists(target) ? target : inProgress;
    }

    /** The file being written now. */
    public Path inProgressFile() {
        return inProgress;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** Frames handed to {@link #offer}. */
    public long framesOffered() {
        return framesOffered.get();
    }

    /** Frames that did not fit the ring and are silence in the file. */
    public long droppedFrames() {
        return droppedFrames.get();
    }

    /** Times the ring filled up (a run of dropped blocks counts once). */
    public long dropEvents() {
        return dropEvents.get();
    }

    /** Frames covered by the header on disk: what survives a crash now. */
    public long framesOnDisk() {
        return framesOnDisk;
    }

    /** Why the writer stopped early (a full or failed disk), or null. */
    public IOException failure() {
        return failure;
    }

    /** Seconds of this take's audio the disk still has room for, as of the last sync. */
    public double secondsOfSpaceLeft() {
        long bytes = usableBytes;
        return bytes == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : (double) bytes / bytesPerSecond;
    }
}
