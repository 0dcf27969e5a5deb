package org.headroom.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimatorTest {
    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {8000, 44100, 48000, 96000, 192000})
    void keepsThePassBandAndStopsWhatWouldFoldIntoIt(int rate) {
        Decimator d = new Decimator(rate, Decimator.factorFor(rate, 4000), 1450);
        // the kept band: flat to 0.01 dB (Kaiser ripple at 80 dB is ~1e-4, far inside)
        for (double hz : new double[] {20, 50, 150, 500, 1000, 1450}) assertEquals(0, d.gainDb(hz), 0.01, hz + " Hz");
        // everything that lands on 0..1450 Hz after decimation: from outputRate-1450 up to the input's Nyquist
        double out = d.outputRate();
        for (double hz = out - 1450; hz < rate / 2.0; hz += 37) {
            assertTrue(d.gainDb(hz) <= -Decimator.STOP_DB + 0.5, hz + " Hz: " + d.gainDb(hz) + " dB");
        }
    }

    /**
     * A 50 Hz sine at -50 dBFS decimated from each rate keeps its RMS (0.05 dB: pass-band ripple and
     * float rounding), and a 3 kHz tone at 0 dBFS, which would alias to 1 kHz, comes out below -75 dBFS.
     */
    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {8000, 44100, 48000, 96000, 192000})
    void decimatedHumKeepsItsLevelAndAliasesStayOut(int rate) {
        Decimator d = new Decimator(rate, Decimator.factorFor(rate, 4000), 1450);
        int outputs = 4000;
        float[] hum = TestSignals.sine(rate, (double) d.inputSpan(outputs) / rate + 0.01, 50, -50);
        float[] y = new float[outputs];
        d.decimate(hum, 0, y, outputs);
        assertEquals(-50 - 3.0103, TestSignals.rmsDbfs(y), 0.05);
        float[] alias = TestSignals.sine(rate, (double) d.inputSpan(outputs) / rate + 0.01, d.outputRate() - 1000, 0);
        if (d.outputRate() - 1000 < rate / 2.0) {
            d.decimate(alias, 0, y, outputs);
            assertTrue(TestSignals.rmsDbfs(y) < -75, "alias at " + TestSignals.rmsDbfs(y));
        }
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {8000, 44100, 48000, 96000, 192000})
    void lowSpectrumBinsAreTheSameWidthAtEveryRate(int rate) {
        SpectrumPair pair = new SpectrumPair(rate, 256);
        double binHz = pair.lowRate() / pair.low().size();
        // 4000/1024 = 3.906 Hz; 44.1 kHz / 11 = 4009 Hz gives 3.915 Hz: 0.25 % apart
        assertEquals(3.906, binHz, 0.01);
        assertEquals(1450, pair.lowValidHz(), 1e-9);
        assertEquals(0.256, (double) pair.span() / rate, 0.01, "a capture is a quarter second at every rate");
    }
}
