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
 * Reads a source to its end and feeds every block, in order, to one or more lanes, each lane on
 * its own thread, while the calling thread reads ahead. With two lanes and the reader, a file's
 * analysis keeps both cores busy: decoding overlaps metering, and heavy meters are split
 * between lanes. Blocks come from a small pool and go back once every lane is done with them,
 * so memory stays flat however long the file.
 */
public final class BlockPipeline {
    /** Frames per block: large enough that hand-over costs nothing, small enough to stay in cache. */
    public static final int DEFAULT_BLOCK_FRAMES = 16384;
    private static final int POOL_SIZE = 6;

    /** Told after each block has been read. */
    public interface Progress {
        void framesRead(long frames);
    }

    private final int blockFrames;

    public BlockPipeline(int blockFrames) {
        if (blockFrames <= 0) throw new IllegalArgumentException("block size must be positive");
        this.blockFrames = blockFrames;
    }

    public BlockPipeline() {
        this(DEFAULT_BLOCK_FRAMES);
    }

    /**
     * Runs the source through the lanes and returns the number of frames read. A lane's exception
     * is rethrown here after every thread has stopped.
     */
    public long run(AudioSource source, List<BlockConsumer> lanes, Progress progress) throws IOException {
        if (lanes.size() == 1) {
            return runInline(source, lanes.get(0), progress);
        }
        int channels = source.format().channels();
        BlockingQueue<Block> free = new ArrayBlockingQueue<>(POOL_SIZE);
        for (int i = 0; i < POOL_SIZE; i++) free.add(new Block(new float[channels][blockFrames]));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Lane> running = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = new Lane(lanes.get(i), free, failure, "headroom-lane-" + i);
            running.add(lane);
            lane.start();
        }
        long total = 0;
        try {
            while (failure.get() == null) {
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

    private long runInline(AudioSource source, BlockConsumer consumer, Progress progress) throws IOException {
        float[][] block = new float[source.format().channels()][blockFrames];
        long total = 0;
        int n;
        while ((n = source.read(block)) > 0) {
            consumer.accept(block, n);
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

    /** One thread that feeds its consumer every block in order. */
    private static final class Lane extends Thread {
        private static final Block END = new Block(new float[0][0]);
        final BlockingQueue<Block> queue = new ArrayBlockingQueue<>(POOL_SIZE + 1);
        private final BlockConsumer consumer;
        private final BlockingQueue<Block> free;
        private final AtomicReference<Throwable> failure;

        Lane(BlockConsumer consumer, BlockingQueue<Block> free, AtomicReference<Throwable> failure, String name) {
            super(name);
            setDaemon(true);
            this.consumer = consumer;
            this.free = free;
            this.failure = failure;
        }

        @Override
        public void run() {
            try {
                for (Block block = queue.take(); block != END; block = queue.take()) {
                    if (failure.get() == null) {
                        try {
                            consumer.accept(block.samples, block.frames);
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
