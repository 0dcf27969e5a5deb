package org.headroom.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every EBU Tech 3341/3342 case of {@link LoudnessMeterTest} again, with the histogram gating a
 * live meter uses; then histogram against exact on long random programme, and the proof that a
 * live query's work does not grow with the programme.
 */
class LiveLoudnessMeterTest extends LoudnessMeterTest {
    /** The bound for live I and LRA against the exact file analysis. */
    private static final double LIVE_LU = 0.05;
    private static final int LOW_RATE = 8000;

    @Override
    LoudnessMeter.Gating gating() {
        return LoudnessMeter.Gating.HISTOGRAM;
    }

    /**
     * 40 minutes of programme at 8 kHz: noise segments of random level (−65 to −5 dBFS) and
     * length (0.2 to 25 s), with digital silences between some, fed in 10 ms blocks to a live
     * and an exact meter; I and LRA must agree within 0.05 LU at every 5-minute mark.
     */
    @Test
    void liveEqualsExactOnLongRandomProgramme() {
        LoudnessMeter live = new LoudnessMeter(LOW_RATE, new double[] {1.0}, LoudnessMeter.Gating.HISTOGRAM);
        LoudnessMeter exact = new LoudnessMeter(LOW_RATE, new double[] {1.0}, LoudnessMeter.Gating.EXACT);
        live.keepStepHistory(false);
        exact.keepStepHistory(false);
        SplittableRandom random = new SplittableRandom(10);
        float[][] block = new float[1][LOW_RATE / 100];
        long blocks = 0;
        double level = 0;
        long segmentLeft = 0;
        int checks = 0;
        for (int minute = 1; minute <= 40; minute++) {
            for (int b = 0; b < 6000; b++, blocks++) {
                if (segmentLeft-- <= 0) {
                    segmentLeft = random.nextInt(20, 2500);
                    level = random.nextInt(5) == 0 ? 0 : Math.pow(10, random.nextDouble(-65, -5) / 20);
                }
                for (int i = 0; i < block[0].length; i++) block[0][i] = (float) (level * random.nextGaussian());
                live.accept(block, block[0].length);
                exact.accept(block, block[0].length);
            }
            if (minute % 5 == 0) {
                assertEquals(exact.integrated().getAsDouble(), live.integrated().getAsDouble(), LIVE_LU, "I at " + minute + " min");
                assertEquals(exact.loudnessRange().getAsDouble(), live.loudnessRange().getAsDouble(), LIVE_LU, "LRA at " + minute + " min");
                checks++;
            }
        }
        assertEquals(8, checks);
        assertTrue(exact.loudnessRange().getAsDouble() > 10, "the programme is varied enough for LRA to mean something");
    }

    /**
     * The live query's work: the histogram holds a fixed number of values whatever the duration,
     * and a query only looks at what is held, so asking at hour 12 costs what it cost at minute 1.
     * The exact store, by contrast, grows with the programme (which this test would catch if
     * live mode fell back to it).
     */
    @Test
    void liveStorageDoesNotGrowWithDuration() {
        LoudnessMeter live = new LoudnessMeter(LOW_RATE, new double[] {1.0}, LoudnessMeter.Gating.HISTOGRAM);
        LoudnessMeter exact = new LoudnessMeter(LOW_RATE, new double[] {1.0}, LoudnessMeter.Gating.EXACT);
        float[][] minute = {org.headroom.testsupport.TestSignals.whiteNoise(LOW_RATE, 60, -20, 3)};
        Feed.all(live, minute, 80);
        Feed.all(exact, minute, 80);
        int liveAfterOne = live.gatingValuesStored();
        int exactAfterOne = exact.gatingValuesStored();
        for (int i = 0; i < 9; i++) {
            Feed.all(live, minute, 80);
            Feed.all(exact, minute, 80);
        }
        assertEquals(liveAfterOne, live.gatingValuesStored(), "histogram size after 10 min equals after 1 min");
        assertTrue(exact.gatingValuesStored() > 9 * exactAfterOne, "the exact store grows: " + exact.gatingValuesStored());
        assertEquals(2 * 2 * HistogramGatedBlocks.BINS, live.gatingValuesStored());
    }

    /**
     * The two stores side by side on a million random block energies (−70 to +25 LUFS, with a
     * cluster so percentiles land inside busy bins): the exact store against a naive computation
     * written out here, to the bit (it is what file analysis gave before histograms existed); the
     * histogram within 0.01 LU, one bin.
     */
    @Test
    void storesAgainstANaiveComputation() {
        SplittableRandom random = new SplittableRandom(7);
        ExactGatedBlocks exact = new ExactGatedBlocks();
        HistogramGatedBlocks histogram = new HistogramGatedBlocks();
        double[] all = new double[1_000_000];
        for (int i = 0; i < all.length; i++) {
            double lufs = random.nextInt(3) == 0 ? random.nextDouble(-24, -22) : random.nextDouble(-69.99, 25);
            all[i] = LoudnessMeter.energyOf(lufs);
            exact.add(all[i]);
            histogram.add(all[i]);
        }
        for (double relative : new double[] {0.1, 0.01}) {
            double sum = 0;
            for (double e : all) sum += e;
            double gate = sum / all.length * relative;
            double kept = 0;
            int n = 0;
            for (double e : all) {
                if (e > gate) {
                    kept += e;
                    n++;
                }
            }
            double[] sorted = Arrays.stream(all).filter(e -> e > gate).sorted().toArray();
            double p10 = sorted[(int) Math.round((n - 1) * 0.10)];
            double p95 = sorted[(int) Math.round((n - 1) * 0.95)];
            assertEquals(kept / n, exact.gatedMean(relative), 0.0);
            double[] q = exact.quantilesAbove(relative, 0.10, 0.95);
            assertEquals(p10, q[0], 0.0);
            assertEquals(p95, q[1], 0.0);
            double[] h = histogram.quantilesAbove(relative, 0.10, 0.95);
            assertEquals(LoudnessMeter.lufs(kept / n), LoudnessMeter.lufs(histogram.gatedMean(relative)), 0.01);
            assertEquals(LoudnessMeter.lufs(p10), LoudnessMeter.lufs(h[0]), 0.01);
            // p95 lies in the top bin's overflow only if above +20 LUFS: pick relative so it does not matter
            if (LoudnessMeter.lufs(p95) < 20) assertEquals(LoudnessMeter.lufs(p95), LoudnessMeter.lufs(h[1]), 0.01);
        }
        histogram.clear();
        assertTrue(Double.isNaN(histogram.gatedMean(0.1)));
        assertNull(histogram.quantilesAbove(0.01, 0.1, 0.95));
    }
}
