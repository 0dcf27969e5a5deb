package org.headroom.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

class CorrelationMeterTest {
    private static final int RATE = 48000;
    /** Rounding only: the sums are double. */
    private static final double EXACT = 1e-9;
    /** A sine against its cosine over a whole number of cycles cancels to this (float samples). */
    private static final double QUADRATURE = 1e-3;

    private static float[] negate(float[] x) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) y[i] = -x[i];
        return y;
    }

    @Test
    void inPhaseOppositeAndQuadrature() {
        float[] s = TestSignals.sine(RATE, 1, 1000, -6);
        CorrelationMeter same = new CorrelationMeter(0, 1);
        Feed.all(same, new float[][] {s, s.clone()});
        assertEquals(1.0, same.correlation().getAsDouble(), EXACT);
        CorrelationMeter inverted = new CorrelationMeter(0, 1);
        Feed.all(inverted, new float[][] {s, negate(s)});
        assertEquals(-1.0, inverted.correlation().getAsDouble(), EXACT);
        CorrelationMeter quadrature = new CorrelationMeter(0, 1);
        Feed.all(quadrature, new float[][] {s, TestSignals.sine(RATE, 1, 1000, -6, Math.PI / 2)});
        assertEquals(0.0, quadrature.correlation().getAsDouble(), QUADRATURE);
    }

    @Test
    void undefinedWhenAChannelIsSilent() {
        CorrelationMeter m = new CorrelationMeter(0, 1);
        Feed.all(m, new float[][] {TestSignals.sine(RATE, 1, 1000, -6), new float[RATE]});
        assertFalse(m.correlation().isPresent());
        assertFalse(m.recent().isPresent());
    }

    @Test
    void recentFollowsTheLast300ms() {
        float[] s = TestSignals.sine(RATE, 2, 1000, -6);
        float[] t = TestSignals.concat(TestSignals.sine(RATE, 1, 1000, -6), negate(TestSignals.sine(RATE, 1, 1000, -6)));
        CorrelationMeter m = new CorrelationMeter(0, 1, RATE);
        Feed.all(m, new float[][] {s, t}, 500);
        assertEquals(-1.0, m.recent().getAsDouble(), 0.01);
        assertEquals(0.0, m.correlation().getAsDouble(), 0.01);
    }
}
