package org.headroom.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.headroom.testsupport.NoSubnormals;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/**
 * A loud burst, then ten minutes of digital silence in 100 ms blocks, as a monitor left running
 * in a quiet room would see: no state may have sunk into the subnormal range, where every
 * sample would cost denormal arithmetic. (The VU sank after ~33 s, the PPM and the peak hold
 * after minutes.)
 */
class DenormalTest {
    private static final int RATE = 48000;

    private static void burstThenSilence(BlockConsumer meter) {
        float[] burst = TestSignals.whiteNoise(RATE, 1, -3, 9);
        meter.accept(new float[][] {burst}, burst.length);
        float[][] silence = new float[1][RATE / 10];
        for (int i = 0; i < 10 * 60 * 10; i++) meter.accept(silence, silence[0].length);
    }

    private static void assertNoSubnormals(Object meter) {
        List<String> bad = NoSubnormals.in(meter);
        assertEquals(List.of(), bad, meter.getClass().getSimpleName() + " state after 10 min of silence");
    }

    @Test
    void vu() {
        VuBallistics m = new VuBallistics(1, RATE);
        burstThenSilence(m);
        assertNoSubnormals(m);
    }

    @Test
    void ppmBothTypes() {
        for (PpmBallistics.Type t : PpmBallistics.Type.values()) {
            PpmBallistics m = new PpmBallistics(t, 1, RATE);
            burstThenSilence(m);
            assertNoSubnormals(m);
        }
    }

    @Test
    void peakHold() {
        PeakHoldMeter m = new PeakHoldMeter(1, RATE);
        burstThenSilence(m);
        assertNoSubnormals(m);
    }

    @Test
    void loudness() {
        LoudnessMeter m = new LoudnessMeter(RATE, new double[] {1});
        m.keepStepHistory(false);
        burstThenSilence(m);
        assertNoSubnormals(m);
    }
}
