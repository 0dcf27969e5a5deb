package org.headroom.advice;

import static org.headroom.testsupport.TestSignals.*;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the ROOM card's RT60 costs: the capture thread's share (feeding the mid band) per second
 * of 48 kHz stereo, and one background estimate over a full 25 s window of reverberant speech,
 * spread over {@link ReverbWatch#PERIOD_SECONDS}. Run by hand:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.headroom.advice.ReverbWatchBench}.
 */
public final class ReverbWatchBench {
    private static final int RATE = 48_000;

    public static void main(String[] args) {
        float[] h = roomImpulse(RATE, 0.8, 0, 1);
        float[] x = mix(convolve(speechLike(RATE, 30, -20, 1), h), pinkNoise(RATE, 30.8, -60, 2));
        x = Arrays.copyOf(x, 30 * RATE);
        float[][] block = new float[2][RATE / 100];
        double feedNanosPerSecond = 0;
        double estimateMillis = 0;
        for (int round = 0; round < 6; round++) {
            ReverbWatch watch = new ReverbWatch(RATE);
            long t0 = System.nanoTime();
            for (int i = 0; i + block[0].length <= x.length; i += block[0].length) {
                System.arraycopy(x, i, block[0], 0, block[0].length);
                System.arraycopy(x, i, block[1], 0, block[1].length);
                watch.accept(block, block[0].length);
            }
            long t1 = System.nanoTime();
            watch.estimateNow();
            long t2 = System.nanoTime();
            if (round < 2) continue; // warm-up
            feedNanosPerSecond += (t1 - t0) / 30.0 / 4;
            estimateMillis += (t2 - t1) / 1e6 / 4;
            if (round == 5) System.out.println("estimate: " + watch.latest().map(e -> e.seconds() + " s, " + e.detail()).orElse("none"));
        }
        double capturePercent = 100 * feedNanosPerSecond / 1e9;
        double backgroundPercent = 100 * estimateMillis / 1e3 / ReverbWatch.PERIOD_SECONDS;
        System.out.printf(Locale.ROOT, "capture thread: %.3f ms per second of audio (%.3f %% of a core)%n", feedNanosPerSecond / 1e6, capturePercent);
        System.out.printf(Locale.ROOT, "estimate over 25 s: %.1f ms every %d s (%.3f %% of a core)%n", estimateMillis,
                ReverbWatch.PERIOD_SECONDS, backgroundPercent);
        System.out.printf(Locale.ROOT, "total: %.3f %% of a core%n", capturePercent + backgroundPercent);
    }
}
