package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.headroom.audio.MemorySource;
import org.headroom.meter.BlockConsumer;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

class BlockPipelineTest {

    /** Copies whatever it is fed, so the order and content of blocks can be compared exactly. */
    private static final class Recorder implements BlockConsumer {
        final float[][] copy;
        int at;

        Recorder(int channels, int frames) {
            copy = new float[channels][frames];
        }

        @Override
        public void accept(float[][] block, int frames) {
            for (int c = 0; c < copy.length; c++) System.arraycopy(block[c], 0, copy[c], at, frames);
            at += frames;
        }
    }

    @Test
    void everyLaneSeesEveryBlockInOrder() throws IOException {
        float[] left = TestSignals.whiteNoise(48000, 3.3, -20, 1);
        float[] right = TestSignals.whiteNoise(48000, 3.3, -20, 2);
        Recorder a = new Recorder(2, left.length);
        Recorder b = new Recorder(2, left.length);
        long frames = new BlockPipeline(1000).run(MemorySource.of(48000, left, right), List.of(a, b), null);
        assertEquals(left.length, frames);
        for (Recorder r : List.of(a, b)) {
            assertArrayEquals(left, r.copy[0]);
            assertArrayEquals(right, r.copy[1]);
        }
    }

    @Test
    void aLaneFailureReachesTheCaller() {
        float[] x = TestSignals.silence(48000, 2);
        BlockConsumer failing = (block, frames) -> {
            throw new IllegalStateException("meter broke");
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BlockPipeline(512).run(MemorySource.of(48000, x), List.of(failing, (b, n) -> { }), null));
        assertEquals("meter broke", e.getMessage());
    }

    @Test
    void progressCountsUpToTheLength() throws IOException {
        float[] x = TestSignals.silence(44100, 1.5);
        long[] last = {0};
        new BlockPipeline(4096).run(MemorySource.of(44100, x), List.of((b, n) -> { }), f -> last[0] = f);
        assertEquals(x.length, last[0]);
    }

    /**
     * Consumers change lanes when the pipeline rebalances (after the first blocks, then every
     * REBALANCE_BLOCKS): across many rebalances, with one consumer far costlier than the others so
     * the split really moves, each must still see every block, in order.
     */
    @Test
    void consumersMovedBetweenLanesStillSeeEveryBlockInOrder() throws IOException {
        float[] x = TestSignals.whiteNoise(48000, 2.0, -20, 3);
        int block = 64;
        assertTrue(x.length / block > 5 * BlockPipeline.REBALANCE_BLOCKS);
        List<Recorder> recorders = List.of(new Recorder(1, x.length), new Recorder(1, x.length), new Recorder(1, x.length));
        List<BlockConsumer> consumers = new java.util.ArrayList<>(recorders);
        consumers.add((b, n) -> {
            double sink = 0;
            for (int k = 0; k < 200; k++) for (int i = 0; i < n; i++) sink += Math.sqrt(Math.abs(b[0][i]) + k);
            if (sink < 0) throw new AssertionError();
        });
        long frames = new BlockPipeline(block, 2).run(MemorySource.of(48000, x), consumers, null);
        assertEquals(x.length, frames);
        for (Recorder r : recorders) assertArrayEquals(x, r.copy[0]);
    }
}
