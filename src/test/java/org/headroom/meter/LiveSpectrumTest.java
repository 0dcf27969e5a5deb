package org.headroom.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/** The live spectrum's calibration (moved here from the window's tests with the class). */
class LiveSpectrumTest {
    @Test
    void aFullScaleSineReadsZeroDbInItsBin() {
        int rate = 48000;
        double hz = 1000;
        float[] x = TestSignals.sine(rate, 0.5, hz, 0.0);
        LiveSpectrum spectrum = new LiveSpectrum(2, rate);
        float[] last = null;
        for (int at = 0; at + 480 <= x.length; at += 480) {
            float[] l = java.util.Arrays.copyOfRange(x, at, at + 480);
            float[] out = spectrum.accept(new float[][] {l, l}, 480);
            if (out != null) last = out;
        }
        int bin = (int) Math.round(hz * LiveSpectrum.SIZE / rate);
        float peak = Float.NEGATIVE_INFINITY;
        for (int k = bin - 2; k <= bin + 2; k++) peak = Math.max(peak, last[k]);
        // Hann window: a sine between bins loses up to 1.4 dB (scalloping); 1 kHz is 0.33 bin off centre
        assertEquals(0.0, peak, 1.5);
        assertTrue(last[bin * 4] < -60, "far from the tone the spectrum is low: " + last[bin * 4]);
    }
}
