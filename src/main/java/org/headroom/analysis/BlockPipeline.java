package org.headroom.analysis;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.headroom.audio.AudioSource;
import org.headroom.meter.BlockConsumer;

/**
 * Reads a source to its end and feeds every block, in order, to every consumer, spreading the
 * consumers over a few lane threads while the calling thread reads ahead. Which consumer runs on
 * which lane is decided from what each one has cost so far, and decided again every
 * {@link #REBALANCE_BLOCKS} blocks: what costs most changes with the programme (true peak is
 * nearly free on silence, where the loudness filters and sample statistics dominate), and a
 * fixed split left one core idle for long stretches. Blocks come from a small pool and go back
 * once every lane is done with them, so memory stays flat however long the file.
 */
public final class BlockPipeline {
    /** Frames per block: large enough that hand-over costs nothing, small enough to stay in cache. */
    public static final int DEFAULT_BLOCK_FRAMES = 16384;
    /** Decoding on the calling thread plus two lanes keeps two cores busy. */
    public static final int DEFAULT_LANES = 2;
    /** About 90 s of 48 kHz audio: a rebalance (which waits for the lanes to empty) costs well under 1 % of that. */
    static final int REBALANCE_BLOCKS = 256;
    /** The first split is made early, once the consumers' costs are seen on a few blocks. */
    private static final int FIRST_REBALANCE_BLOCKS = 8;
    private static final int POOL_SIZE = 6;

    /** Told after each block has been read. */
    public interface Progress {
        void framesRead(long frames);
    }

    private final int blockFrames;
    private final int laneCount;

    public BlockPipeline(int blockFrames, int laneCount) {
        if (blockFrames <= 0) throw new IllegalArgumentException("block size must be positive");
        if (laneCount <= 0) throw new IllegalArgumentException("lane count must be positive");
        this.blockFrames = blockFrames;
        this.laneCount = laneCount;
    }

    public BlockPipeline(int blockFrames) {
        this(blockFrames, DEFAULT_LANES);
    }

    public BlockPipeline() {
        this(DEFAULT_BLOCK_FRAMES, DEFAULT_LANES);
    }

    /**
     * Runs the source through the consumers and returns the number of frames read. Each consumer
     * sees every block in order, on one thread at a time. A consumer's exception is rethrown here
     * after every thread has stopped.
     */
    public long run(AudioSource source, List<BlockConsumer> consumers, Progress progress) throws IOException {
        int lanes = Math.min(laneCount, consumers.size());
        if (lanes <= 1) return runInline(source, consumers, progress);
        int channels = source.format().channels();
        BlockingQueue<Block> free = new ArrayBlockingQueue<>(POOL_SIZE);
        for (int i = 0; i < POOL_SIZE; i++) free.add(new Block(new float[channels][blockFrames]));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<TimedConsumer> timed = new ArrayList<>();
        for (BlockConsumer c : consumers) timed.add(new TimedConsumer(c));
        List<Lane> running = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            Lane lane = new Lane(free, failure, "headroom-lane-" + i);
            running.add(lane);
        }
        LaneBalancer.assign(timed, running);
        for (Lane lane : running) lane.start();
        long total = 0;
        try {
            for (long blocks = 0; failure.get() == null; blocks++) {
                if (blocks == FIRST_REBALANCE_BLOCKS || blocks % REBALANCE_BLOCKS == 0 && blocks > 0) {
                    drain(free);
                    LaneBalancer.assign(timed, running);
                }
                Block block = free.take();
                int n = source.read(block.samples);
                if (n <= 0) break;
                total += n;
                block.frames = n;
                block.pending.set(running.size());
                for (Lane lane : running) lane.queue.put(block);
                if (progress != null) progress.framesRead(total);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("analysis interrupted");
        } finally {
            for (Lane lane : running) lane.finish();
        }
        rethrow(failure.get());
        return total;
    }

    /**
     * Waits until every lane has finished every block handed out: all blocks are back in the pool.
     * The pool's queue orders each lane's last work before this thread's next step, so consumers
     * can then change lanes safely.
     */
    private static void drain(BlockingQueue<Block> free) throws InterruptedException {
        List<Block> all = new ArrayList<>(POOL_SIZE);
        for (int i = 0; i < POOL_SIZE; i++) all.add(free.take());
        free.addAll(all);
    }

    private long runInline(AudioSource source, List<BlockConsumer> consumers, Progress progress) throws IOException {
        float[][] block = new float[source.format().channels()][blockFrames];
        long total = 0;
        int n;
        while ((n = source.read(block)) > 0) {
            for (BlockConsumer c : consumers) c.accept(block, n);
            total += n;
            if (progress != null) progress.framesRead(total);
        }
        return total;
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t == null) return;
        if (t instanceof IOException) throw (IOException) t;
        if (t instanceof RuntimeException) throw (RuntimeException) t;
        if (t instanceof Error) throw (Error) t;
        throw new IOException(t);
    }

    private static final class Block {
        final float[][] samples;
        final AtomicInteger pending = new AtomicInteger();
        int frames;

        Block(float[][] samples) {
            this.samples = samples;
        }
    }

    /** A consumer and the time it has taken since the last rebalance; touched by one thread at a time. */
    static final class TimedConsumer {
        final BlockConsumer consumer;
        long nanos;

        TimedConsumer(BlockConsumer consumer) {
            this.consumer = consumer;
        }

        void accept(float[][] block, int frames) {
            long t0 = System.nanoTime();
            consumer.accept(block, frames);
            nanos += System.nanoTime() - t0;
        }
    }

    /** One thread that feeds its current consumers every block in order. */
    static final class Lane extends Thread {
        private static final Block END = new Block(new float[0][0]);
        final BlockingQueue<Block> queue = new ArrayBlockingQueue<>(POOL_SIZE + 1);
        private final BlockingQueue<Block> free;
        private final AtomicReference<Throwable> failure;
        /** Replaced only while the lane is idle (after a drain); the queue hand-off makes the new list visible. */
        volatile List<TimedConsumer> consumers = List.of();

        Lane(BlockingQueue<Block> free, AtomicReference<Throwable> failure, String name) {
            super(name);
            setDaemon(true);
            this.free = free;
            this.failure = failure;
        }

        @Override
        public void run() {
            try {
                for (Block block = queue.take(); block != END; block = queue.take()) {
                    if (failure.get() == null) {
                        try {
                            for (TimedConsumer c : consumers) c.accept(block.samples, block.frames);
                        } catch (RuntimeException | Error e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                    if (block.pending.decrementAndGet() == 0) free.put(block);
                }
            } catch (InterruptedException e) {
                failure.compareAndSet(null, e);
            }
        }

        void finish() {
            try {
                queue.put(END);
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
