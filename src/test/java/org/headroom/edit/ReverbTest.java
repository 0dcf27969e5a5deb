package org.headroom.edit;

import static org.headroom.edit.EffectMeasures.RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reverb's impulse response (an impulse through the edit with mix 1: wet only) has the RT60
 * asked for: Schroeder backward integration, a least-squares line over −5 to −35 dB of the decay
 * curve (T30, ISO 3382-1), extrapolated to 60 dB; within ±10 % (the tolerance) from 0.3 to
 * 3 s. The tail rings on past a range's end, and nothing comes out of the room before the pre-delay.
 */
class ReverbTest {
    static double t30(float[] h) {
        int n = h.length;
        double[] edc = new double[n];
        double sum = 0;
        for (int i = n - 1; i >= 0; i--) {
            sum += (double) h[i] * h[i];
            edc[i] = sum;
        }
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            double db = 10 * Math.log10(edc[i] / edc[0]);
            if (db > -5 || db < -35) continue;
            double t = (double) i / RATE;
            sx += t;
            sy += db;
            sxx += t * t;
            sxy += t * db;
            count++;
        }
        double slope = (count * sxy - sx * sy) / (count * sxx - sx * sx);
        return -60 / slope;
    }

    private static float[] impulseResponse(Edit.Reverb reverb, double seconds) throws IOException {
        float[] x = new float[(int) (seconds * RATE)];
        x[0] = 1;
        return EffectMeasures.render(x, reverb);
    }

    @ParameterizedTest(name = "RT60 {0} s")
    @ValueSource(doubles = {0.3, 0.5, 0.8, 1.2, 2.0, 3.0})
    void impulseResponseDecaysAtTheAskedRate(double rt60) throws IOException {
        float[] h = impulseResponse(new Edit.Reverb(rt60, 10.0, 1.0, null, null, null, null), 1.6 * rt60 + 0.2);
        double measured = t30(h);
        System.out.printf("reverb: RT60 %.2f s asked, T30 %.3f s measured%n", rt60, measured);
        assertEquals(rt60, measured, 0.1 * rt60);
    }

    @Test
    void nothingBeforeThePreDelayAndTheDryPathIsAligned() throws IOException {
        float[] h = impulseResponse(new Edit.Reverb(0.5, 20.0, 0.25, null, null, null, null), 0.5);
        assertEquals(0.75f, h[0], 1e-6f, "the dry impulse stays at frame 0, scaled by 1 − mix");
        int preDelay = (int) (0.020 * RATE);
        for (int i = 1; i < preDelay; i++) assertEquals(0f, h[i], 0f, "frame " + i + " is before the pre-delay");
    }

    @Test
    void tailRingsPastTheRangeEnd() throws IOException {
        float[] x = new float[(int) (2.0 * RATE)];
        for (int i = 0; i < RATE / 2; i++) x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / RATE));
        float[] out = EffectMeasures.render(x, new Edit.Reverb(1.0, 10.0, 0.3, null, null, 0.0, 0.5));
        double tail = EffectMeasures.power(out, (int) (0.6 * RATE), (int) (0.9 * RATE));
        assertTrue(EffectMeasures.db(tail) > -60, "the room still rings 0.1–0.4 s after the range ends: " + EffectMeasures.db(tail));
    }

    @Test
    void aRoomPresetGivesItsRt60() throws IOException {
        float[] h = impulseResponse(new Edit.Reverb(null, 0.0, 1.0, "church-hall", null, null, null), 4.2);
        assertEquals(2.5, t30(h), 0.25, "church-hall.json: 2.5 s");
    }
}
