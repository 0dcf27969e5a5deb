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
        // the kept band: flat to 0.01 dB (Kaiser ripple at 70 dB is ~3e-4 per stage, far inside)
        for (double hz : new double[] {20, 50, 150, 500, 1000, SpectrumPair.LOW_VALID_HZ}) assertEquals(0, d.gainDb(hz), 0.01, hz + " Hz");
        // everything that lands on the kept band after decimation, i.e. within passHz of a multiple of
        // the output rate, up to the input's Nyquist. (What folds onto passHz..outputRate/2 is not
        // read, so a cascade may leave it.) 0.5 dB: the Kaiser estimate's shortfall at the band edge
        double out = d.outputRate();
        int tested = 0;
        for (double hz = out - SpectrumPair.LOW_VALID_HZ; hz < rate / 2.0; hz += 7) {
            if (Decimator.folded(hz, out) > SpectrumPair.LOW_VALID_HZ) continue;
            assertTrue(d.gainDb(hz) <= -Decimator.STOP_DB + 0.5, hz + " Hz: " + d.gainDb(hz) + " dB");
            tested++;
        }
        assertTrue(tested > 100, "the folding bands were sampled: " + tested);
    }

    /** The cascade costs fewer multiplications than one stage where the factor splits (12, 24, 48), never more. */
    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {8000, 44100, 48000, 96000, 192000})
    void aSplitFactorIsCheaperInTwoStages(int rate) {
        Decimator d = new Decimator(rate, Decimator.factorFor(rate, 4000), SpectrumPair.LOW_VALID_HZ);
        int oneStage = new int[] {25, 127, 137, 273, 545}[java.util.Arrays.binarySearch(new int[] {8000, 44100, 48000, 96000, 192000}, rate)];
        if (rate >= 48000) assertTrue(d.multipliesPerOutput() < 0.8 * oneStage, d.multipliesPerOutput() + " against " + oneStage);
        else assertEquals(oneStage, d.multipliesPerOutput(), "8 kHz (factor 2) and 44.1 kHz (factor 11) do not split");
    }

    /**
     * Output m stands for input sample m·factor + delay(): a 200 Hz sine decimated from each rate
     * matches the sine sampled at those instants to 1e-3 of full scale (the pass-band ripple of two
     * 73 dB Kaiser stages is at most 2 × 2.2e-4; a delay off by one input sample would miss by
     * 2π·200/rate, 6.5e-3 at 192 kHz and 0.16 at 8 kHz).
     */
    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {8000, 44100, 48000, 96000, 192000})
    void outputsStandForTheInstantsTheDelaySays(int rate) {
        Decimator d = new Decimator(rate, Decimator.factorFor(rate, 4000), SpectrumPair.LOW_VALID_HZ);
        int outputs = 512;
        float[] x = new float[d.inputSpan(outputs) + 7];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(2 * Math.PI * 200 * i / rate);
        float[] y = new float[outputs];
        d.decimate(x, 7, y, outputs);
        for (int m = 0; m < outputs; m++) {
            double expected = Math.sin(2 * Math.PI * 200 * (7 + (double) m * d.factor() + d.delay()) / rate);
            assertEquals(expected, y[m], 1e-3, "output " + m);
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
