package org.headroom.meter;

import static org.headroom.testsupport.TestSignals.silence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PeakHoldMeterTest {
    private static final int RATE = 48000;
    /** Hold and fall are counted in samples; what is left is float rounding in the fall. */
    private static final double DB_TOLERANCE = 0.01;

    private static float[] impulse(double seconds, double amplitude) {
        float[] x = silence(RATE, seconds);
        x[0] = (float) amplitude;
        return x;
    }

    @Test
    void theRefreshPeakIsTheHighestSampleSinceTheLastRefresh() {
        PeakHoldMeter meter = new PeakHoldMeter(1, RATE);
        BallisticsProbe.feed(meter, new float[] {0.1f, -0.5f, 0.25f}, 2);
        assertEquals(Decibels.fromAmplitude(0.5), meter.takeRefreshPeakDb(0), DB_TOLERANCE);
        BallisticsProbe.feed(meter, new float[] {0.125f}, 1);
        assertEquals(Decibels.fromAmplitude(0.125), meter.takeRefreshPeakDb(0), DB_TOLERANCE);
        assertEquals(Double.NEGATIVE_INFINITY, meter.takeRefreshPeakDb(0));
    }

    @Test
    void theMarkerHoldsForTheHoldTimeThenFallsAtTheSetRate() {
        PeakHoldMeter meter = new PeakHoldMeter(1, RATE);
        double peak = Decibels.fromAmplitude(0.5);
        BallisticsProbe.feed(meter, impulse(0.999, 0.5), 480);
        assertEquals(peak, meter.holdDb(0), DB_TOLERANCE, "still held just before 1 s");
        BallisticsProbe.feed(meter, silence(RATE, 0.501), 480);
        assertEquals(peak - 20.0 * 0.5, meter.holdDb(0), DB_TOLERANCE, "0.5 s of falling at 20 dB/s");
    }

    @Test
    void holdAndFallComeFromTheSettings() {
        PeakHoldMeter meter = new PeakHoldMeter(1, RATE, 3.0, 40.0);
        BallisticsProbe.feed(meter, impulse(2.9, 1.0), 1000);
        assertEquals(0.0, meter.holdDb(0), DB_TOLERANCE);
        BallisticsProbe.feed(meter, silence(RATE, 0.35), 1000);
        assertEquals(-10.0, meter.holdDb(0), DB_TOLERANCE, "0.25 s past the hold at 40 dB/s");
    }

    @Test
    void aLowerPeakDuringTheHoldDoesNotMoveTheMarkerButAHigherOneRearmsIt() {
        PeakHoldMeter meter = new PeakHoldMeter(1, RATE);
        BallisticsProbe.feed(meter, impulse(0.5, 0.5), 480);
        BallisticsProbe.feed(meter, impulse(0.5, 0.25), 480);
        assertEquals(Decibels.fromAmplitude(0.5), meter.holdDb(0), DB_TOLERANCE);
        BallisticsProbe.feed(meter, impulse(0.9, 0.75), 480);
        assertEquals(Decibels.fromAmplitude(0.75), meter.holdDb(0), DB_TOLERANCE, "re-armed 0.9 s ago");
    }

    @Test
    void theHeldPeakStaysUntilResetWhileTheMarkerFalls() {
        PeakHoldMeter meter = new PeakHoldMeter(2, RATE);
        float[] left = impulse(5.0, -0.9);
        meter.accept(new float[][] {left, new float[left.length]}, left.length);
        assertEquals(Decibels.fromAmplitude(0.9), meter.heldPeakDb(0), DB_TOLERANCE);
        assertEquals(Decibels.fromAmplitude(0.9) - 80.0, meter.holdDb(0), 0.05);
        assertEquals(Double.NEGATIVE_INFINITY, meter.heldPeakDb(1));
        meter.resetHeldPeak();
        assertEquals(Double.NEGATIVE_INFINITY, meter.heldPeakDb(0));
    }

    @Test
    void aSteadyLevelKeepsTheMarkerUp() {
        PeakHoldMeter meter = new PeakHoldMeter(1, RATE);
        float[] dc = new float[RATE * 3];
        java.util.Arrays.fill(dc, 0.5f);
        BallisticsProbe.feed(meter, dc, 480);
        assertEquals(Decibels.fromAmplitude(0.5), meter.holdDb(0), DB_TOLERANCE);
    }
}
