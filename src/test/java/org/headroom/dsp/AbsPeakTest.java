package org.headroom.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bit-pattern peak equals the largest |x| found with Math.max, for every kind of float. */
class AbsPeakTest {
    /** Any float a decoder or a test can hand over: normal, subnormal, ±0, ±∞, both signs. */
    private static float anyFloat(SplittableRandom r) {
        switch (r.nextInt(6)) {
            case 0: return (float) r.nextGaussian();
            case 1: return (float) (r.nextGaussian() * 1e-40); // subnormal
            case 2: return r.nextBoolean() ? 0f : -0f;
            case 3: return r.nextBoolean() ? Float.MAX_VALUE : -Float.MIN_VALUE;
            case 4: return (float) (r.nextGaussian() * 1e6);
            default: return Float.intBitsToFloat(r.nextInt()) * 0f + (float) (r.nextDouble() * 2 - 1); // finite, either sign
        }
    }

    private static float reference(float[] x, int from, int to) {
        float m = 0;
        for (int i = from; i < to; i++) m = Math.max(m, Math.abs(x[i]));
        return m;
    }

    @Test
    void equalsTheLargestMagnitudeExactly() {
        qt().withExamples(300).forAll(integers().between(0, 400), longs().all()).checkAssert((n, seed) -> {
            SplittableRandom r = new SplittableRandom(seed);
            float[] x = new float[n + 2];
            for (int i = 0; i < x.length; i++) x[i] = anyFloat(r);
            if (n > 0 && r.nextInt(4) == 0) x[1 + r.nextInt(n)] = r.nextBoolean() ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
            // bit-for-bit: the same float, not merely a close one
            assertEquals(Float.floatToIntBits(reference(x, 1, n + 1)), Float.floatToIntBits(AbsPeak.of(x, 1, n + 1)));
        });
    }

    @Test
    void aNaNAnywhereReadsNaNAsMathMaxWould() {
        float[] x = {0.5f, -0.9f, Float.NaN, 0.1f};
        assertTrue(Float.isNaN(AbsPeak.of(x, 0, 4)));
        x[2] = Float.intBitsToFloat(0xffc00001); // a NaN with the sign bit set
        assertTrue(Float.isNaN(AbsPeak.of(x, 0, 4)));
        assertEquals(0.9f, AbsPeak.of(x, 0, 2));
    }

    @Test
    void aRunningPeakCarriesAcrossBlocks() {
        float[] a = {0.25f, -0.5f}, b = {0.125f};
        int bits = AbsPeak.ofBits(a, 0, 2, 0);
        assertEquals(0.5f, Float.intBitsToFloat(AbsPeak.ofBits(b, 0, 1, bits)));
        assertEquals(0f, AbsPeak.of(b, 0, 0), "an empty stretch");
    }
}
