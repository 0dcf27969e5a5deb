package org.headroom.meter;

import java.util.function.DoubleSupplier;

/** Feeds a meter a signal in display-sized blocks and records its reading over time. */
final class BallisticsProbe {
    private BallisticsProbe() {
    }

    /** Feeds the whole signal to channel 0 in blocks of {@code blockSize}. */
    static void feed(BlockConsumer meter, float[] signal, int blockSize) {
        float[] block = new float[blockSize];
        for (int at = 0; at < signal.length; at += blockSize) {
            int n = Math.min(blockSize, signal.length - at);
            System.arraycopy(signal, at, block, 0, n);
            meter.accept(new float[][] {block}, n);
        }
    }

    /**
     * Feeds one sample at a time and returns the first time, in seconds from the start of
     * the signal, at which {@code condition} holds, or NaN if it never does.
     */
    static double firstTime(BlockConsumer meter, float[] signal, int rate, DoubleSupplier reading,
                            java.util.function.DoublePredicate condition) {
        float[][] one = new float[1][1];
        for (int i = 0; i < signal.length; i++) {
            one[0][0] = signal[i];
            meter.accept(one, 1);
            if (condition.test(reading.getAsDouble())) return (i + 1) / (double) rate;
        }
        return Double.NaN;
    }
}
