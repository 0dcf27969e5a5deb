package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.headroom.audio.MemorySource;
import org.headroom.meter.Decibels;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

class LimiterTest {
    private static final int RATE = 48000;

    @Test
    void underTheCeilingItIsTransparentAndInTime() throws Exception {
        float[] x = TestSignals.speechLike(RATE, 3, -30, 8);
        float[] y = Rendered.readAll(new LimiterSource(MemorySource.of(RATE, x), Decibels.toAmplitude(-1)))[0];
        assertArrayEquals(x, y, "no gain change, no delay, same length");
    }

    @Test
    void aBurstIsHeldUnderTheCeilingWithoutClipping() throws Exception {
        float[] x = TestSignals.concat(TestSignals.sine(RATE, 1, 1000, -12), TestSignals.sine(RATE, 0.2, 1000, 6),
                TestSignals.sine(RATE, 1, 1000, -12));
        float[] y = Rendered.readAll(new LimiterSource(MemorySource.of(RATE, x), Decibels.toAmplitude(-1)))[0];
        Measurement m = Measurement.of(MemorySource.of(RATE, y));
        assertTrue(m.truePeakDbtp() <= -1.0 + 0.01, "true peak " + m.truePeakDbtp());
        // after the release (200 ms time constant; 1 s is five of them) the quiet tone is back at its level
        float[] tail = java.util.Arrays.copyOfRange(y, (int) (2.1 * RATE), (int) (2.2 * RATE));
        assertEquals(-12 - 3.01, TestSignals.rmsDbfs(tail), 0.05);
    }
}
