package org.headroom.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

class SampleStatsMeterTest {
    private static final int RATE = 48000;
    /** float samples carry 24 bits: a level read back from them is good to ~1e-7 relative. */
    private static final double FLOAT_PRECISION = 1e-6;

    @Test
    void fullScaleSine() {
        SampleStatsMeter m = new SampleStatsMeter(1);
        Feed.all(m, new float[][] {TestSignals.sine(RATE, 1, 1000, 0)});
        assertEquals(1.0, m.peak(0), FLOAT_PRECISION);
        assertEquals(Math.sqrt(0.5), m.rms(0), FLOAT_PRECISION);
        assertEquals(-3.0103, Decibels.fromAmplitude(m.rms(0)), 1e-4);
        assertEquals(0.0, m.dcOffset(0), FLOAT_PRECISION);
        assertEquals(RATE, m.frames());
    }

    @Test
    void squareWaveReadsZeroDbPeakAndRms() {
        SampleStatsMeter m = new SampleStatsMeter(1);
        Feed.all(m, new float[][] {TestSignals.square(RATE, 1, 50, 1.0)});
        assertEquals(0.0, Decibels.fromAmplitude(m.peak(0)), 1e-12);
        assertEquals(0.0, Decibels.fromAmplitude(m.rms(0)), 1e-12);
        assertEquals(0.0, m.dcOffset(0), 1e-12);
    }

    @Test
    void floatAboveFullScaleIsNotClipped() {
        SampleStatsMeter m = new SampleStatsMeter(2);
        float[] x = new float[100];
        x[40] = 2.0f;
        Feed.all(m, new float[][] {new float[100], x});
        assertEquals(2.0, m.peakAll());
        assertEquals(6.02, Decibels.fromAmplitude(m.peakAll()), 0.005);
        assertEquals(0.0, m.peak(0));
    }

    @Test
    void dcOffsetIsTheMean() {
        SampleStatsMeter m = new SampleStatsMeter(2);
        float[] dc = TestSignals.constant(RATE, 1, 0.125);
        float[] sineWithDc = TestSignals.sine(RATE, 1, 1000, -20);
        for (int i = 0; i < sineWithDc.length; i++) sineWithDc[i] -= 0.01f;
        Feed.all(m, new float[][] {dc, sineWithDc});
        assertEquals(0.125, m.dcOffset(0), 1e-12);
        assertEquals(-0.01, m.dcOffset(1), FLOAT_PRECISION);
        assertEquals(0.125, m.rms(0), 1e-12);
    }

    @Test
    void rmsAllIsOverEverySampleOfEveryChannel() {
        SampleStatsMeter m = new SampleStatsMeter(2);
        Feed.all(m, new float[][] {TestSignals.constant(RATE, 1, 1.0), new float[RATE]});
        assertEquals(Math.sqrt(0.5), m.rmsAll(), 1e-12);
    }

    @Test
    void silenceReadsZero() {
        SampleStatsMeter m = new SampleStatsMeter(1);
        assertEquals(0.0, m.rms(0));
        Feed.all(m, new float[][] {new float[1000]});
        assertEquals(0.0, m.peakAll());
        assertEquals(Double.NEGATIVE_INFINITY, Decibels.fromAmplitude(m.rmsAll()));
    }
}
