package org.headroom.bench;

import java.util.Locale;
import org.headroom.meter.LoudnessMeter;
import org.headroom.testsupport.TestSignals;

/**
 * What a live snapshot's loudness query (I + LRA, asked after every 10 ms block as
 * {@code LiveSession} does) costs after 1, 2, 4, 8 and 12 hours of programme, for histogram
 * gating (live) and for exact gating (file analysis, what live used before). Programme: 8 kHz
 * mono speech-like audio fed as fast as the meter takes it; the rate does not matter to the
 * query, only the number of 100 ms gating blocks does.
 *
 * <p>Run: {@code mvn -q -o test-compile && java -cp "target/test-classes:target/classes:$(cat target/cp.txt)"
 * org.headroom.bench.LiveLoudnessProbe [HOURS]} (cp.txt as for MeterBenchmark).
 */
public final class LiveLoudnessProbe {
    private static final int RATE = 8000;
    private static final int BLOCK = RATE / 100;
    /** One minute of programme, replayed: a longer loop changes nothing the query sees but LRA's content. */
    private static final float[] MINUTE = TestSignals.speechLike(RATE, 60, -20, 11);

    private LiveLoudnessProbe() {
    }

    public static void main(String[] args) {
        int hours = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        for (LoudnessMeter.Gating gating : LoudnessMeter.Gating.values()) {
            LoudnessMeter meter = new LoudnessMeter(RATE, new double[] {1.0}, gating);
            meter.keepStepHistory(false);
            float[][] block = new float[1][BLOCK];
            long at = 0;
            for (int hour = 1; hour <= hours; hour++) {
                long hourEnd = (long) hour * 3600 * RATE;
                while (at < hourEnd - 60L * RATE) at = feed(meter, block, at);
                // The last minute of the hour: query after every block as a snapshot does (the
                // exact store is slow, so it is measured on fewer blocks).
                int calls = gating == LoudnessMeter.Gating.EXACT ? 200 : 6000;
                long nanos = 0;
                double sink = 0;
                for (int i = 0; i < 6000; i++) {
                    at = feed(meter, block, at);
                    if (i < calls) {
                        long t0 = System.nanoTime();
                        sink += meter.integrated().orElse(0) + meter.loudnessRange().orElse(0);
                        nanos += System.nanoTime() - t0;
                    }
                }
                if (hour == 1 || hour == 2 || hour == 4 || hour == 8 || hour == 12 || hour == hours) {
                    System.out.printf(Locale.ROOT, "%-9s hour %2d: %9.2f µs per snapshot query (I %.2f LUFS, LRA %.2f LU)%s%n",
                            gating, hour, nanos / 1000.0 / calls, meter.integrated().orElse(Double.NaN),
                            meter.loudnessRange().orElse(Double.NaN), sink == 42 ? "!" : "");
                }
            }
        }
    }

    private static long feed(LoudnessMeter meter, float[][] block, long at) {
        int from = (int) (at % MINUTE.length);
        System.arraycopy(MINUTE, from, block[0], 0, BLOCK); // MINUTE's length is a whole number of blocks
        meter.accept(block, BLOCK);
        return at + BLOCK;
    }
}
