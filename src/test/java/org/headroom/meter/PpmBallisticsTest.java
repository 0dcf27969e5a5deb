package org.headroom.meter;

import static org.headroom.testsupport.TestSignals.concat;
import static org.headroom.testsupport.TestSignals.sine;
import static org.headroom.testsupport.TestSignals.silence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.headroom.meter.PpmBallistics.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PpmBallisticsTest {
    /**
     * The integration-time point is met by construction (the attack is solved for it), so this
     * only has to absorb rounding the burst length to whole samples; 0.5 dB is also the
     * tolerance usually quoted for this point in meter specifications.
     */
    private static final double INTEGRATION_TOLERANCE_DB = 0.5;
    /**
     * Shorter bursts follow a two-detector fit of the published Type II curve, 0.6 dB off at
     * worst; 1 dB still fails a plain one-detector meter (2 dB off at 1.5 ms).
     */
    private static final double BURST_CURVE_TOLERANCE_DB = 1.0;
    /** The release is exact per sample; the crossing is read sample by sample. */
    private static final double RETURN_TOLERANCE_SECONDS = 0.005;
    /** A 1 kHz tone at 48 kHz has a sample on its crest within 0.002 dB. */
    private static final double STEADY_TOLERANCE_DB = 0.05;

    /** Bursts at 5 kHz as the standard has them, or at a quarter of the rate where 5 kHz does not fit. */
    private static double burstDrop(Type type, int rate, double burstSeconds) {
        double f = Math.min(5000, rate / 4.0);
        double steadyReading = read(type, rate, sine(rate, 1.0, f, 0.0));
        double burstReading = maxDeflection(type, rate, sine(rate, burstSeconds, f, 0.0));
        return burstReading - steadyReading;
    }

    /**
     * The highest reading from the start of {@code signal} to 5 ms after its end: the needle's
     * swing, as the standard reads a burst. (The meter may show a burst a little late: at 8 kHz
     * it runs on an upsampled signal, 1 ms behind.)
     */
    private static double maxDeflection(Type type, int rate, float[] signal) {
        PpmBallistics ppm = new PpmBallistics(type, 1, rate);
        BallisticsProbe.feed(ppm, signal, 480);
        double max = ppm.levelDb(0);
        float[][] one = new float[1][1];
        for (int i = 0; i < rate / 200; i++) {
            ppm.accept(one, 1);
            max = Math.max(max, ppm.levelDb(0));
        }
        return max;
    }

    private static double read(Type type, int rate, float[] signal) {
        PpmBallistics ppm = new PpmBallistics(type, 1, rate);
        BallisticsProbe.feed(ppm, signal, 480);
        return ppm.levelDb(0);
    }

    @ParameterizedTest(name = "{0} at {1} Hz")
    @CsvSource({"TYPE_I, 8000", "TYPE_I, 44100", "TYPE_I, 48000", "TYPE_I, 96000",
            "TYPE_IIA, 8000", "TYPE_IIA, 44100", "TYPE_IIA, 48000", "TYPE_IIA, 96000"})
    void aBurstOfTheIntegrationTimeReadsTwoDbBelowSteadyState(Type type, int rate) {
        assertEquals(-2.0, burstDrop(type, rate, type.integrationSeconds), INTEGRATION_TOLERANCE_DB);
    }

    /** The BBC's IEC 60268-10 Type II conformance set (paulheneghanbbc/ppm-testing): 5 kHz bursts. */
    @ParameterizedTest(name = "{0} ms burst reads {1} dB")
    @CsvSource({"100, 0", "10, -2", "5, -4", "1.5, -9", "0.5, -17"})
    void typeIIaFollowsThePublishedBurstCurve(double burstMs, double expectedDb) {
        assertEquals(expectedDb, burstDrop(Type.TYPE_IIA, 48000, burstMs / 1000.0), BURST_CURVE_TOLERANCE_DB);
    }

    /** Telephone audio: the same curve at 8 kHz, with 2 kHz bursts (5 kHz is above its Nyquist frequency). */
    @ParameterizedTest(name = "{0} ms burst reads {1} dB at 8 kHz")
    @CsvSource({"100, 0", "10, -2", "5, -4", "1.5, -9", "0.5, -17"})
    void typeIIaFollowsThePublishedBurstCurveAt8k(double burstMs, double expectedDb) {
        assertEquals(expectedDb, burstDrop(Type.TYPE_IIA, 8000, burstMs / 1000.0), BURST_CURVE_TOLERANCE_DB);
    }

    @ParameterizedTest(name = "{0} at 8 kHz")
    @CsvSource({"TYPE_I", "TYPE_IIA"})
    void at8kASteadyToneReadsItsPeakAndReturnsInTheStandardTime(Type type) {
        int rate = 8000;
        // 997 Hz: not locked to the 8 kHz grid, so the crests are sampled at every phase; at
        // 8 samples a cycle a crest can sit half a sample from the nearest one (cos(π/8): −0.7 dB),
        // which the release between crests partly hides; 0.5 dB is what that leaves
        assertEquals(-18.0, read(type, rate, sine(rate, 1.0, 997, -18.0)), 0.5);
        PpmBallistics ppm = new PpmBallistics(type, 1, rate);
        BallisticsProbe.feed(ppm, sine(rate, 0.5, 1000, -6.0), 80);
        double target = ppm.levelDb(0) - type.returnDb;
        double t = BallisticsProbe.firstTime(ppm, silence(rate, 5.0), rate, () -> ppm.levelDb(0), db -> db <= target);
        assertEquals(type.returnSeconds, t, RETURN_TOLERANCE_SECONDS);
    }

    @Test
    void typeIReadsAbout1DbDownForA10MsBurst() {
        // Twice the integration time of a DIN meter reads about 1 dB down; same fit as above.
        assertEquals(-1.0, burstDrop(Type.TYPE_I, 48000, 0.010), BURST_CURVE_TOLERANCE_DB);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TYPE_I", "TYPE_IIA"})
    void aSteadyToneReadsItsPeakLevel(Type type) {
        assertEquals(-18.0, read(type, 48000, sine(48000, 1.0, 1000, -18.0)), STEADY_TOLERANCE_DB);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TYPE_I", "TYPE_IIA"})
    void returnsByTheStandardDropInTheStandardTime(Type type) {
        int rate = 48000;
        PpmBallistics ppm = new PpmBallistics(type, 1, rate);
        BallisticsProbe.feed(ppm, sine(rate, 0.5, 1000, -6.0), 480);
        double start = ppm.levelDb(0);
        double target = start - type.returnDb;
        double t = BallisticsProbe.firstTime(ppm, silence(rate, 5.0), rate, () -> ppm.levelDb(0), db -> db <= target);
        assertEquals(type.returnSeconds, t, RETURN_TOLERANCE_SECONDS);
    }

    @Test
    void theReadingDoesNotDependOnBlockSize() {
        int rate = 48000;
        float[] programme = concat(sine(rate, 0.013, 5000, -3.0), silence(rate, 0.2), sine(rate, 0.3, 440, -12.0));
        double reference = read(Type.TYPE_IIA, rate, programme);
        qt().forAll(integers().between(1, 4096)).checkAssert(blockSize -> {
            PpmBallistics ppm = new PpmBallistics(Type.TYPE_IIA, 1, rate);
            BallisticsProbe.feed(ppm, programme, blockSize);
            assertEquals(reference, ppm.levelDb(0), 1e-9);
        });
    }

    @Test
    void channelsAreIndependent() {
        int rate = 48000;
        PpmBallistics ppm = new PpmBallistics(Type.TYPE_I, 2, rate);
        float[] left = sine(rate, 0.5, 1000, -6.0);
        ppm.accept(new float[][] {left, new float[left.length]}, left.length);
        assertEquals(-6.0, ppm.levelDb(0), STEADY_TOLERANCE_DB);
        assertEquals(Double.NEGATIVE_INFINITY, ppm.levelDb(1));
    }
}
