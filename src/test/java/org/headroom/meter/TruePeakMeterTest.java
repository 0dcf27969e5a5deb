package org.headroom.meter;

import static org.headroom.testsupport.TestSignals.channels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.headroom.dsp.OversamplingFilter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TruePeakMeterTest {
    private static final int RATE = 48000;
    /** Tech 3341 §2.9 true-peak tolerance: the reading may be 0.2 dB high or 0.4 dB low. */
    private static final double TP_OVER = 0.2;
    private static final double TP_UNDER = 0.4;

    private static void assertTruePeak(double expectedDb, double linear, String what) {
        double db = Decibels.fromAmplitude(linear);
        assertTrue(db <= expectedDb + TP_OVER && db >= expectedDb - TP_UNDER,
            what + ": " + db + " dBTP, expected " + expectedDb + " +" + TP_OVER + "/−" + TP_UNDER);
    }

    private static double measure(float[] mono, int rate) {
        TruePeakMeter m = new TruePeakMeter(2, rate);
        Feed.all(m, channels(mono, 2), 777);
        return m.truePeakAll();
    }

    /** Tech 3341 cases 15–19: sines at fs/4, fs/6, fs/8 with given amplitude and phase. */
    @ParameterizedTest(name = "3341-{0}")
    @CsvSource({
        "15, 4, 0.50, 0, -6.0",
        "16, 4, 0.50, 45, -6.0",
        "17, 6, 0.50, 60, -6.0",
        "18, 8, 0.50, 67.5, -6.0",
        "19, 4, 1.41, 45, 3.0",
    })
    void tech3341SinesNearFsOver4(int testCase, double divisor, double amplitude, double phase, double expectedDb) {
        float[] x = TestSignals.fadeInOut(TestSignals.sineAtFraction(RATE, 1.0, divisor, amplitude, phase), RATE / 50);
        assertTruePeak(expectedDb, measure(x, RATE), "3341-" + testCase);
    }

    /** Tech 3341 cases 20–23: one band-limited pulse at four sample offsets reads 0 dBTP. */
    @ParameterizedTest(name = "3341-{0}")
    @CsvSource({"20, 0.0", "21, 0.25", "22, 0.5", "23, 0.75"})
    void tech3341BandLimitedPulse(int testCase, double fraction) {
        float[] x = TestSignals.bandLimitedPulse(RATE, RATE, RATE / 2, fraction, 20000, 1.0, 200);
        assertTruePeak(0.0, measure(x, RATE), "3341-" + testCase);
    }

    /** The same pulse at fractions the 4× grid does not hit, and near the very end of the stream. */
    @ParameterizedTest
    @ValueSource(doubles = {0.125, 0.375, 0.6, 0.875})
    void pulseOffGridAndAtTheEnd(double fraction) {
        float[] x = TestSignals.bandLimitedPulse(RATE, 4000, 3990, fraction, 20000, 1.0, 200);
        assertTruePeak(0.0, measure(x, RATE), "pulse at " + fraction);
        float[] y = TestSignals.bandLimitedPulse(RATE, 4000, 2000, fraction, 20000, 1.0, 200);
        double sample = 0;
        for (float v : y) sample = Math.max(sample, Math.abs(v));
        // Phase 0 of the interpolator is the sample itself, so the true peak never reads below it.
        assertTrue(measure(y, RATE) >= sample, "true peak at least the sample peak");
    }

    @ParameterizedTest
    @ValueSource(ints = {22050, 32000, 44100, 88200, 96000, 176400, 192000})
    void otherRatesReadAnInterSamplePeak(int rate) {
        // A sine at 0.22·fs, 45° off the sample grid where it can be: the true peak is its amplitude.
        float[] x = TestSignals.fadeInOut(TestSignals.sineAtFraction(rate, 0.5, 1 / 0.22, 0.5, 45), rate / 50);
        assertTruePeak(-6.02, measure(x, rate), "rate " + rate);
    }

    @Test
    void oversamplingFactors() {
        assertEquals(4, OversamplingFilter.factorFor(44100));
        assertEquals(4, OversamplingFilter.factorFor(48000));
        assertEquals(2, OversamplingFilter.factorFor(88200));
        assertEquals(2, OversamplingFilter.factorFor(96000));
        assertEquals(1, OversamplingFilter.factorFor(176400));
        assertEquals(1, OversamplingFilter.factorFor(192000));
        assertEquals(1, OversamplingFilter.factorFor(384000));
        assertEquals(8, OversamplingFilter.factorFor(22050));
    }

    @Test
    void silenceReadsMinusInfinity() {
        TruePeakMeter m = new TruePeakMeter(2, RATE);
        Feed.all(m, new float[2][RATE]);
        assertEquals(0.0, m.truePeakAll());
        assertEquals(Double.NEGATIVE_INFINITY, Decibels.fromAmplitude(m.truePeakAll()));
        assertTrue(m.overs().isEmpty());
    }

    @Test
    void floatAboveFullScaleIsNotClipped() {
        TruePeakMeter m = new TruePeakMeter(1, RATE);
        Feed.all(m, new float[][] {TestSignals.sine(RATE, 0.1, 1000, 6.0206)});
        assertTruePeak(6.02, m.truePeakAll(), "+6 dBFS sine");
    }

    /** The skip must never change a result: same peaks and same overs, bit for bit. */
    @Test
    void skipIsExact() {
        Random random = new Random(7);
        for (int trial = 0; trial < 12; trial++) {
            float[] a = TestSignals.speechLike(RATE, 3, trial);
            float[] b = TestSignals.whiteNoise(RATE, 3, -30 + 3 * trial, trial);
            // Sprinkle isolated spikes so overs and peaks land inside otherwise quiet sub-blocks.
            for (int k = 0; k < 40; k++) a[random.nextInt(a.length)] = (float) (random.nextDouble() * 1.3 - 0.65);
            double threshold = trial % 3 == 0 ? 1.0 : 0.2 + 0.05 * trial;
            TruePeakMeter fast = new TruePeakMeter(2, RATE, threshold, true);
            TruePeakMeter slow = new TruePeakMeter(2, RATE, threshold, false);
            int block = 1 + random.nextInt(3000);
            Feed.all(fast, new float[][] {a, b}, block);
            Feed.all(slow, new float[][] {a, b}, block);
            for (int c = 0; c < 2; c++) assertEquals(slow.truePeak(c), fast.truePeak(c), 0.0);
            assertEquals(slow.overs(), fast.overs());
            assertEquals(slow.overCount(), fast.overCount());
        }
    }

    /**
     * The skip judges groups by a peak that reads NaN when a NaN is in the group: such a group
     * must be filtered like any other, so the result equals the unskipped scan's. The NaN sits
     * just past the taps of the interval that starts on the loud sample, so that interval reads
     * the loud sample, while for some of the 16 offsets the two share a skip group. (The readers turn a
     * float file's NaN into 0, so this guards the skip, not a reading.)
     */
    @Test
    void skipIsExactBesideANaN() {
        for (int offset = 0; offset < 16; offset++) {
            float[] x = TestSignals.sine(RATE, 0.2, 997, -30);
            int loud = RATE / 10 + offset;
            x[loud] = 0.9f;
            x[loud + OversamplingFilter.HALF + 1] = Float.NaN;
            TruePeakMeter fast = new TruePeakMeter(1, RATE, 1.0, true);
            TruePeakMeter slow = new TruePeakMeter(1, RATE, 1.0, false);
            Feed.all(fast, new float[][] {x}, 4096);
            Feed.all(slow, new float[][] {x}, 4096);
            assertTrue(slow.truePeak(0) >= 0.9f, "the unskipped scan finds the loud sample: " + slow.truePeak(0));
            assertEquals(slow.truePeak(0), fast.truePeak(0), 0.0, "offset " + offset);
        }
    }

    @Test
    void oversCloserThan10msMerge() {
        float[] quiet = TestSignals.sine(RATE, 0.5, 1000, -20);
        float[] loud = TestSignals.sine(RATE, 0.02, 1000, 1.0);
        float[] gap5 = TestSignals.sine(RATE, 0.005, 1000, -20);
        float[] gap50 = TestSignals.sine(RATE, 0.05, 1000, -20);
        float[] x = TestSignals.concat(quiet, loud, gap5, loud, gap50, loud, quiet);
        TruePeakMeter m = new TruePeakMeter(1, RATE, Decibels.toAmplitude(-1.0));
        Feed.all(m, new float[][] {x}, 100);
        List<TruePeakMeter.Over> overs = m.overs();
        assertEquals(2, overs.size(), overs.toString());
        assertEquals(2, m.overCount());
        TruePeakMeter.Over first = overs.get(0);
        // Frame accuracy: within a few samples of the burst edges (the sine crosses the threshold a little after onset).
        assertEquals(quiet.length, first.startFrame(), 20);
        assertEquals(quiet.length + 2 * loud.length + gap5.length, first.endFrame(), 20);
        assertTruePeak(1.0, first.peakLinear(), "over peak");
        assertEquals(quiet.length + 2 * loud.length + gap5.length + gap50.length, overs.get(1).startFrame(), 20);
    }

    @Test
    void overListIsCappedButCountGoesOn() {
        int rate = 8000; // merge gap 80 frames; a blip every 100 frames is a new over
        int blips = TruePeakMeter.MAX_OVERS + 500;
        float[] x = new float[blips * 100];
        for (int i = 0; i < blips; i++) x[i * 100 + 50] = 1.5f;
        TruePeakMeter m = new TruePeakMeter(1, rate);
        Feed.all(m, new float[][] {x}, 4096);
        assertEquals(TruePeakMeter.MAX_OVERS, m.overs().size());
        assertEquals(blips, m.overCount());
    }
}
