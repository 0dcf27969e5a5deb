package org.headroom.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spectral detectors give the same answers at every sample rate the readers meet: telephone
 * 8 kHz, CD 44.1, video 48, and the 96/192 kHz of field recorders. Through {@link DetectorSet}, as
 * the Analyzer runs them.
 */
class SampleRateDetectorsTest {
    private static final double SECONDS = 20;
    /**
     * ±1 dB: the accuracy for the hum level under speech at every rate (HumDetectorTest
     * holds 48 kHz to the same figure). ±1 Hz: the detector's own drift allowance.
     */
    private static final double HUM_LEVEL_TOLERANCE_DB = 1.0;
    private static final double HUM_FREQUENCY_TOLERANCE_HZ = 1.0;

    private static DetectorSet feed(int rate, float[]... channels) {
        return Blocks.feed(new DetectorSet(channels.length, rate, null), channels, 4096);
    }

    /** 50 Hz hum (fundamental, 100 and 150 Hz at -6 and -10 dB) at -50 dBFS RMS under speech at -20 dBFS. */
    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {8000, 44100, 48000, 96000, 192000})
    void humAtMinusFiftyUnderSpeechIsFoundWithItsLevel(int rate) {
        float[] x = TestSignals.mix(TestSignals.speechLike(rate, SECONDS, -20, 21),
                TestSignals.hum(rate, SECONDS, 50, -50, -6, -10),
                TestSignals.whiteNoise(rate, SECONDS, -80, 22));
        DetectorSet d = feed(rate, x);
        Hum hum = d.hum().hum().orElseThrow(() -> new AssertionError("no hum at " + rate + " Hz"));
        assertEquals(50, hum.frequencyHz(), HUM_FREQUENCY_TOLERANCE_HZ);
        assertEquals(-50, hum.levelDbfs(), HUM_LEVEL_TOLERANCE_DB);
        List<Finding> humFindings = d.findings().stream().filter(f -> f.kind() == FindingKind.HUM).toList();
        assertFalse(humFindings.isEmpty(), "a HUM finding beside the summary");
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {8000, 44100, 48000, 96000, 192000})
    void windIsFoundAndCleanSpeechIsNotWindAtEveryRate(int rate) {
        float[] speech = TestSignals.speechLike(rate, SECONDS, -20, 23);
        DetectorSet windy = feed(rate, TestSignals.mix(speech, TestSignals.windGusts(rate, SECONDS, -20, 24)),
                TestSignals.mix(speech, TestSignals.windGusts(rate, SECONDS, -20, 25)));
        assertTrue(windy.wind().wind(), "wind at " + rate);
        DetectorSet clean = feed(rate, speech, speech);
        assertFalse(clean.wind().wind(), "clean speech at " + rate);
    }

    /**
     * White noise of the same density per Hz at every rate (-60 dBFS RMS over 24 kHz at 48 kHz)
     * under speech: its 4-16 kHz floor is the same figure everywhere (-63 dBFS: 12 of 24 kHz; at
     * 44.1 kHz the band is the same 12 kHz). ±1 dB: the 10th percentile of ten glimpses scatters.
     */
    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {44100, 48000, 96000, 192000})
    void hissFloorIsTheSameFigureAtEveryRateThatCanHoldIt(int rate) {
        double rms = -60 + 10 * Math.log10(rate / 2.0 / 24000);
        DetectorSet d = feed(rate, TestSignals.mix(TestSignals.speechLike(rate, SECONDS, -20, 26),
                TestSignals.whiteNoise(rate, SECONDS, rms, 27)));
        assertTrue(d.hiss().measured());
        assertTrue(d.hiss().hiss(), "hiss at " + rate);
        assertEquals(-63, d.hiss().hissFloorDbfs(), 1.0);
        DetectorSet clean = feed(rate, TestSignals.speechLike(rate, SECONDS, -20, 26));
        assertFalse(clean.hiss().hiss(), "clean speech at " + rate);
    }

    /**
     * An 8 kHz file holds nothing above 4 kHz, where hiss is judged: the detector says it was not
     * measured (and so does the report), rather than "no hiss", however loud the noise.
     */
    @org.junit.jupiter.api.Test
    void hissAtEightKilohertzIsNotMeasuredRatherThanNone() {
        int rate = 8000;
        DetectorSet d = feed(rate, TestSignals.mix(TestSignals.speechLike(rate, SECONDS, -20, 26),
                TestSignals.whiteNoise(rate, SECONDS, -40, 27)));
        assertFalse(d.hiss().measured());
        assertTrue(Double.isNaN(d.hiss().hissFloorDbfs()));
        assertTrue(d.findings().stream().noneMatch(f -> f.kind() == FindingKind.HISS));
    }
}
