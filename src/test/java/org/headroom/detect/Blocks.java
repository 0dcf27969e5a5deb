package org.headroom.detect;

import org.headroom.meter.BlockConsumer;

/** Feeds a whole signal to a consumer in blocks of a given size through one reused buffer, as the Analyzer does. */
final class Blocks {
    private Blocks() {
    }

    static <T extends BlockConsumer> T feed(T consumer, float[][] signal, int blockSize) {
        int channels = signal.length;
        int n = signal[0].length;
        float[][] block = new float[channels][blockSize];
        for (int at = 0; at < n; at += blockSize) {
            int frames = Math.min(blockSize, n - at);
            for (int c = 0; c < channels; c++) System.arraycopy(signal[c], at, block[c], 0, frames);
            consumer.accept(block, frames);
            // poison what is left so a consumer that reads past 'frames' or keeps the block fails tests
            for (int c = 0; c < channels; c++) java.util.Arrays.fill(block[c], 0, blockSize, Float.NaN);
        }
        return consumer;
    }

    static <T extends BlockConsumer> T feed(T consumer, float[] mono, int blockSize) {
        return feed(consumer, new float[][] {mono}, blockSize);
    }
}
