package org.headroom.meter;

import java.util.function.IntSupplier;

/** Test helper: pushes a whole signal through a consumer in blocks, the way a source would. */
final class Feed {
    private Feed() {
    }

    static void all(BlockConsumer meter, float[][] signal) {
        all(meter, signal, 4096);
    }

    static void all(BlockConsumer meter, float[][] signal, int blockSize) {
        blocks(meter, signal, () -> blockSize);
    }

    /**
     * Copies each block into a reused buffer (so a meter that kept a reference to it would
     * read garbage), with block sizes from {@code sizes}.
     */
    static void blocks(BlockConsumer meter, float[][] signal, IntSupplier sizes) {
        int channels = signal.length;
        int n = signal[0].length;
        float[][] block = new float[channels][];
        int at = 0;
        while (at < n) {
            int size = Math.min(n - at, Math.max(1, sizes.getAsInt()));
            for (int c = 0; c < channels; c++) {
                if (block[c] == null || block[c].length < size) block[c] = new float[Math.max(size, 64)];
                System.arraycopy(signal[c], at, block[c], 0, size);
                java.util.Arrays.fill(block[c], size, block[c].length, Float.NaN);
            }
            meter.accept(block, size);
            at += size;
        }
    }
}
