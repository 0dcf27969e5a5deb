package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.headroom.audio.MemorySource;
import org.junit.jupiter.api.Test;

/** The peak cache against a brute-force scan of the samples: every bucket and every range query exact. */
class PeakCacheTest {

    private static float[][] noise(long seed, int channels, int frames) {
        Random r = new Random(seed);
        float[][] x = new float[channels][frames];
        for (float[] ch : x) {
            for (int i = 0; i < frames; i++) ch[i] = (float) (r.nextGaussian() * (1 + (i / 5000) % 3));
        }
        return x;
    }

    /** Feeds the samples in blocks of awkward, varying sizes, as a decoder might. */
    private static PeakCache build(float[][] x, long expected, int block) {
        PeakCache cache = new PeakCache(x.length, expected);
        int n = x[0].length;
        for (int at = 0; at < n; ) {
            int len = Math.min(n - at, block + at % 7);
            float[][] b = new float[x.length][len];
            for (int c = 0; c < x.length; c++) System.arraycopy(x[c], at, b[c], 0, len);
            cache.accept(b, len);
            at += len;
        }
        cache.finish();
        return cache;
    }

    private static float[] brute(float[] x, long from, long to) {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (long i = Math.max(0, from); i < Math.min(x.length, to); i++) {
            lo = Math.min(lo, x[(int) i]);
            hi = Math.max(hi, x[(int) i]);
        }
        return new float[] {lo, hi};
    }

    @Test
    void everyBucketOfEveryLevelIsTheMinAndMaxOfItsFrames() {
        float[][] x = noise(1, 2, 300_001);
        PeakCache cache = build(x, x[0].length, 1000);
        assertTrue(cache.isComplete());
        for (int l = 0; l < PeakCache.BUCKETS.length; l++) {
            int size = PeakCache.BUCKETS[l];
            assertEquals((x[0].length + size - 1) / size, cache.buckets(l), "level " + l);
            for (int c = 0; c < 2; c++) {
                for (int b = 0; b < cache.buckets(l); b++) {
                    float[] want = brute(x[c], (long) b * size, (long) (b + 1) * size);
                    assertEquals(want[0], cache.bucketMin(l, c, b));
                    assertEquals(want[1], cache.bucketMax(l, c, b));
                }
            }
        }
    }

    @Test
    void unknownLengthGrowsTheArraysAndGivesTheSameAnswers() {
        float[][] x = noise(2, 1, 1_100_000);
        PeakCache known = build(x, x[0].length, 4096);
        PeakCache unknown = build(x, -1, 333);
        float[] a = new float[2];
        float[] b = new float[2];
        for (long from = 0; from < x[0].length; from += 77_777) {
            known.minMax(0, from, from + 200_000, a);
            unknown.minMax(0, from, from + 200_000, b);
            assertEquals(a[0], b[0]);
            assertEquals(a[1], b[1]);
        }
    }

    @Test
    void rangeQueriesOnBucketBoundariesAreExact() {
        int fine = PeakCache.BUCKETS[0];
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 2000), integers().between(1, 2000))
                .checkAssert((seed, startBucket, lengthBuckets) -> {
                    float[][] x = SAMPLES;
                    long from = (long) startBucket * fine;
                    long to = from + (long) lengthBuckets * fine;
                    float[] got = new float[2];
                    boolean any = CACHE.minMax(0, from, to, got);
                    float[] want = brute(x[0], from, to);
                    assertEquals(from < x[0].length, any);
                    if (any) {
                        assertEquals(want[0], got[0]);
                        assertEquals(want[1], got[1]);
                    }
                });
    }

    @Test
    void unalignedQueriesCoverTheBucketsTheyTouch() {
        int fine = PeakCache.BUCKETS[0];
        qt().withExamples(200).forAll(integers().between(0, SAMPLES[0].length - 1), integers().between(1, 400_000))
                .checkAssert((from, length) -> {
                    float[] got = new float[2];
                    CACHE.minMax(0, from, (long) from + length, got);
                    float[] want = brute(SAMPLES[0], (long) from / fine * fine, ((long) from + length + fine - 1) / fine * fine);
                    assertEquals(want[0], got[0]);
                    assertEquals(want[1], got[1]);
                });
    }

    @Test
    void aPartlyBuiltCacheAnswersOnlyForWhatIsBuiltAndThePreviewFillsTheRest() throws Exception {
        float[][] x = noise(3, 1, 400_000);
        PeakCache cache = new PeakCache(1, x[0].length);
        PeakPreview.fill(cache, () -> new MemorySource(org.headroom.audio.SourceFormat.pcm("test", "PCM", 48000, 1, 24, x[0].length), x),
                x[0].length, () -> false);
        float[][] half = {java.util.Arrays.copyOf(x[0], 100_000)};
        cache.accept(half, half[0].length);
        assertEquals(100_000 / 512 * 512, cache.builtFrames());
        float[] out = new float[2];
        assertFalse(cache.minMax(0, 200_000, 300_000, out), "not built yet");
        assertEquals(2, cache.minMaxOrEstimate(0, 200_000, 300_000, out), "estimated from the preview");
        assertTrue(out[1] > 0 && out[1] <= brute(x[0], 196_608, 327_680)[1]);
        assertEquals(1, cache.minMaxOrEstimate(0, 0, 512 * 10, out));
    }

    @Test
    void aSilentSourceHasZeroPeaksAndAnEmptyOneHasNone() {
        PeakCache silent = build(new float[2][10_000], 10_000, 512);
        float[] out = new float[2];
        assertTrue(silent.minMax(1, 0, 10_000, out));
        assertEquals(0f, out[0]);
        assertEquals(0f, out[1]);
        PeakCache empty = new PeakCache(1, -1);
        empty.finish();
        assertFalse(empty.minMax(0, 0, 1000, out));
    }

    private static final float[][] SAMPLES = noise(9, 1, 1_000_003);
    private static final PeakCache CACHE = build(SAMPLES, SAMPLES[0].length, 4000);
}
