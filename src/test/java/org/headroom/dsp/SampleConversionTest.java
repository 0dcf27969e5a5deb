package org.headroom.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one float ↔ integer convention: exact round trips, rails, ties, garbage. */
class SampleConversionTest {
    @Test
    void every16BitCodeSurvivesARoundTrip() {
        for (int k = -32768; k <= 32767; k++) assertEquals(k, SampleConversion.toInt(SampleConversion.toFloat(k, 16), 16));
    }

    @Test
    void every24BitCodeSurvivesARoundTrip() {
        for (int k = -8388608; k <= 8388607; k++) {
            int back = SampleConversion.toInt(SampleConversion.toFloat(k, 24), 24);
            if (back != k) assertEquals(k, back); // assertEquals 16 million times is slow; only on failure
        }
    }

    @Test
    void theReadersScaleIsTheInverse() {
        // a reader divides by 2^(b−1): the 16-bit code 12345 is 12345/32768 exactly
        assertEquals(12345f / 32768f, SampleConversion.toFloat(12345, 16), 0f);
        assertEquals(-1f, SampleConversion.toFloat(-8388608, 24), 0f);
    }

    @Test
    void fullScaleMapsToTheRails() {
        assertEquals(32767, SampleConversion.toInt(1.0f, 16));
        assertEquals(-32768, SampleConversion.toInt(-1.0f, 16));
        assertEquals(8388607, SampleConversion.toInt(1.0f, 24));
        assertEquals(-8388608, SampleConversion.toInt(-1.0f, 24));
        assertEquals(32767, SampleConversion.toInt(7.5f, 16));
        assertEquals(-8388608, SampleConversion.toInt(Float.NEGATIVE_INFINITY, 24));
        assertEquals(Integer.MAX_VALUE, SampleConversion.toInt(1.0f, 32));
        assertEquals(Integer.MIN_VALUE, SampleConversion.toInt(-1.0f, 32));
        assertEquals(127, SampleConversion.toInt(1.0f, 8));
    }

    @Test
    void halvesGoToTheEvenCodeAndNaNIsSilence() {
        assertEquals(0, SampleConversion.toInt(0.5f / 32768, 16));
        assertEquals(2, SampleConversion.toInt(1.5f / 32768, 16));
        assertEquals(2, SampleConversion.toInt(2.5f / 32768, 16));
        assertEquals(-2, SampleConversion.toInt(-2.5f / 32768, 16));
        assertEquals(0, SampleConversion.toInt(Float.NaN, 16));
    }
}
