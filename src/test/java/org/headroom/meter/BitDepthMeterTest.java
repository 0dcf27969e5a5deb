package org.headroom.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

class BitDepthMeterTest {
    private static final int RATE = 48000;

    private static int pcm(int container, float[] x) {
        BitDepthMeter m = BitDepthMeter.forPcm(container);
        Feed.all(m, new float[][] {x, x.clone()});
        return m.effectiveBits();
    }

    private static int flt(float[] x) {
        BitDepthMeter m = BitDepthMeter.forFloat();
        Feed.all(m, new float[][] {x});
        return m.effectiveBits();
    }

    @Test
    void sixteenBitsInsideTwentyFour() {
        float[] noise = TestSignals.whiteNoise(RATE, 1, -20, 1);
        assertEquals(16, pcm(24, TestSignals.quantise(noise, 16)));
        assertEquals(24, pcm(24, TestSignals.quantise(noise, 24)));
        assertEquals(16, pcm(16, TestSignals.quantise(noise, 16)));
        assertEquals(8, pcm(16, TestSignals.quantise(noise, 8)));
    }

    @Test
    void silenceHasNoBits() {
        assertEquals(0, pcm(24, new float[1000]));
        assertEquals(0, flt(new float[1000]));
    }

    @Test
    void floatHoldingPcm() {
        float[] noise = TestSignals.whiteNoise(RATE, 1, -20, 2);
        assertEquals(16, flt(TestSignals.quantise(noise, 16)));
        assertEquals(24, flt(TestSignals.quantise(noise, 24)));
        assertEquals(32, flt(noise), "genuine float");
        assertEquals(1, flt(new float[] {2.0f, -1.0f, 0f}), "integers are multiples of 2^0");
        assertEquals(2, flt(new float[] {0.5f, -1.5f}));
    }

    @Test
    void bitsNeededForSingleValues() {
        assertEquals(1, BitDepthMeter.bitsNeeded(1.0f));
        assertEquals(2, BitDepthMeter.bitsNeeded(0.5f));
        assertEquals(16, BitDepthMeter.bitsNeeded(1.0f / 32768));
        assertEquals(24, BitDepthMeter.bitsNeeded(3.0f / 8388608));
        assertEquals(33, BitDepthMeter.bitsNeeded(1.0f / 16777216));
        assertEquals(33, BitDepthMeter.bitsNeeded(Float.MIN_VALUE));
    }
}
