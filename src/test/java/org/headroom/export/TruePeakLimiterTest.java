package org.headroom.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.headroom.audio.AudioSource;
import org.headroom.audio.MemorySource;
import org.headroom.meter.TruePeakMeter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/** The limiter judged by the house true-peak meter, the one the delivery check uses. */
class TruePeakLimiterTest {

    private static float[][] run(float[][] x, int rate, double gainDb, double ceiling) throws IOException {
        AudioSource s = new LimitedSource(MemorySource.of(rate, x), gainDb, new TruePeakLimiter(x.length, rate, ceiling));
        float[][] out = new float[x.length][x[0].length + 10];
        float[][] b = new float[x.length][1000];
        int at = 0;
        for (int n; (n = s.read(b)) > 0; at += n) {
            for (int c = 0; c < x.length; c++) System.arraycopy(b[c], 0, out[c], at, n);
        }
        assertEquals(x[0].length, at, "same length as the input");
        for (int c = 0; c < x.length; c++) out[c] = java.util.Arrays.copyOf(out[c], at);
        return out;
    }

    private static double truePeakDb(float[][] x, int rate) {
        TruePeakMeter m = new TruePeakMeter(x.length, rate);
        m.accept(x, x[0].length);
        return 20 * Math.log10(m.truePeakAll());
    }

    @Test
    void keepsTheTruePeakUnderTheCeiling() throws IOException {
        int rate = 48000;
        float[] speech = TestSignals.speechLike(rate, 20, 7);
        float[] right = TestSignals.speechLike(rate, 20, 8);
        float[][] x = {speech, right};
        for (double gain : new double[] {0, 6, 12, 20}) {
            float[][] y = run(x, rate, gain, -1.0);
            assertTrue(truePeakDb(y, rate) <= -1.0, gain + " dB: " + truePeakDb(y, rate));
        }
    }

    @Test
    void catchesInterSamplePeaksOfAnFs4Sine() throws IOException {
        // Tech 3341 case 15 style: samples at ±0.707 of a full-scale sine at fs/4, 45° phase
        int rate = 48000;
        float[] x = TestSignals.sineAtFraction(rate, 5, 4, 1.0, 45);
        float[][] y = run(new float[][] {x}, rate, 0, -1.0);
        assertTrue(truePeakDb(y, rate) <= -1.0, "read " + truePeakDb(y, rate));
        assertEquals(-1.0, truePeakDb(y, rate), 0.3, "and it does not over-limit");
    }

    @Test
    void leavesQuietAudioBitExactApartFromTheDelay() throws IOException {
        float[] x = TestSignals.sine(44100, 2, 1000, -12);
        float[][] y = run(new float[][] {x}, 44100, 0, -1.0);
        for (int i = 0; i < x.length; i++) assertEquals(x[i], y[0][i], 0.0f);
    }

    @Test
    void aKeptPeakStillGoesThroughAfterTheRelease() throws IOException {
        int rate = 48000;
        float[] x = TestSignals.concat(TestSignals.sine(rate, 1, 1000, 0), TestSignals.sine(rate, 2, 1000, -20));
        float[][] y = run(new float[][] {x}, rate, 0, -3.0);
        // a second after the loud part, the gain is back at 1
        double a = 0;
        for (int i = rate * 2; i < rate * 3; i++) a = Math.max(a, Math.abs(y[0][i]));
        assertEquals(-20.0, 20 * Math.log10(a), 0.01);
    }
}
