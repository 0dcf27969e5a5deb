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
        Decimator d = new Decimator(rate, Decimator.factorFor(rate, 4000), SpectrumPair.LOW_VALID_HZ);
        // the kept band: flat to 0.01 dB (Kaiser ripple at 70 dB is ~3e-4, far inside)
        for (double hz : new double[] {20, 50, 150, 500, 1000, SpectrumPair.LOW_VALID_HZ}) assertEquals(0, d.gainDb(hz), 0.01, hz + " Hz");
        // everything that lands on the kept band after decimation: from outputRate minus its top up to the input's Nyquist
        double out = d.outputRate();
        for (double hz = out - SpectrumPair.LOW_VALID_HZ; hz < rate / 2.0; hz += 37) {
            assertTrue(d.gainDb(hz) <= -Decimator.STOP_DB + 0.5, hz + " Hz: " + d.gainDb(hz) + " dB");
        }
    }

    /**
     * A 50 Hz sine at -50 dBFS decimated from each rate keeps its RMS (0.05 dB: pass-band ripple and
     * float rounding), and a 3 kHz tone at 0 dBFS, which would alias to 1 kHz, comes out below -65 dBFS (70 dB stop band, less the sine's 3 dB crest).
     */
    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {8000, 44100, 48000, 96000, 192000})
    void decimatedHumKeepsItsLevelAndAliasesStayOut(int rate) {
        Decimator d = new Decimator(rate, Decimator.factorFor(rate, 4000), SpectrumPair.LOW_VALID_HZ);
        int outputs = 4000;
        float[] hum = TestSignals.sine(rate, (double) d.inputSpan(outputs) / rate + 0.01, 50, -50);
        float[] y = new float[outputs];
        d.decimate(hum, 0, y, outputs);
        assertEquals(-50 - 3.0103, TestSignals.rmsDbfs(y), 0.05);
        float[] alias = TestSignals.sine(rate, (double) d.inputSpan(outputs) / rate + 0.01, d.outputRate() - 1000, 0);
        if (d.outputRate() - 1000 < rate / 2.0) {
            d.decimate(alias, 0, y, outputs);
            assertTrue(TestSignals.rmsDbfs(y) < -65, "alias at " + TestSignals.rmsDbfs(y));
        }
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {8000, 44100, 48000, 96000, 192000})
    void lowSpectrumBinsAreTheSameWidthAtEveryRate(int rate) {
        SpectrumPair pair = new SpectrumPair(rate, 256);
        double binHz = pair.lowRate() / pair.low().size();
        // 4000/1024 = 3.906 Hz; 44.1 kHz / 11 = 4009 Hz gives 3.915 Hz: 0.25 % apart
        assertEquals(3.906, binHz, 0.01);
        assertEquals(SpectrumPair.LOW_VALID_HZ, pair.lowValidHz(), 1e-9);
        assertEquals(0.256, (double) pair.span() / rate, 0.01, "a capture is a quarter second at every rate");
    }
}
