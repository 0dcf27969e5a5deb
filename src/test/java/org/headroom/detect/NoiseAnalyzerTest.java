package org.headroom.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NoiseAnalyzerTest {
    private static final int RATE = 48000;
    private static final double SPEECH_DBFS = -20;

    /**
     * ±3 dB: the histogram method cannot see speech buried under noise at 0 dB SNR, and the
     * active-speech level itself is only defined to within a dB or two (P.56's margin).
     */
    private static final double SNR_TOLERANCE_DB = 3.0;

    private static NoiseAnalyzer analyse(float[]... channels) {
        return Blocks.feed(new NoiseAnalyzer(channels.length, RATE), channels, 1024);
    }

    @ParameterizedTest(name = "{0} noise at {1} dB SNR")
    @CsvSource({"white,0", "white,5", "white,10", "white,20", "white,30",
            "pink,0", "pink,5", "pink,10", "pink,20", "pink,30"})
    void snrOfSpeechInNoiseIsWithinThreeDb(String colour, double snr) {
        float[] speech = TestSignals.speechLike(RATE, 30, SPEECH_DBFS, 7);
        double noiseDbfs = SPEECH_DBFS - snr;
        float[] noise = colour.equals("white")
                ? TestSignals.whiteNoise(RATE, 30, noiseDbfs, 11)
                : TestSignals.pinkNoise(RATE, 30, noiseDbfs, 11);
        NoiseAnalyzer a = analyse(TestSignals.mix(speech, noise));
        double measured = a.snrDb().orElseThrow();
        System.out.printf(Locale.ROOT, "SNR %s %4.0f dB: measured %6.2f (error %+.2f)%n", colour, snr, measured, measured - snr);
        assertEquals(snr, measured, SNR_TOLERANCE_DB);
    }

    @Test
    void noiseFloorIsTheQuietestHalfSecond() {
        // 3 s of -40 dBFS noise with 0.8 s at -70 dBFS inside: the floor is the quiet part
        float[] x = TestSignals.concat(TestSignals.whiteNoise(RATE, 1.5, -40, 1),
                TestSignals.whiteNoise(RATE, 0.8, -70, 2), TestSignals.whiteNoise(RATE, 1.5, -40, 3));
        NoiseAnalyzer a = analyse(x);
        // 0.2 dB: 24,000 Gaussian samples give an RMS good to ±0.03 dB; the minimum over windows pulls it down a little
        assertEquals(-70.0, a.noiseFloorDbfs().orElseThrow(), 0.2);
        assertTrue(a.findings().stream().noneMatch(f -> f.kind() == FindingKind.NOISE));
    }

    @Test
    void noisyRoomIsFlaggedWithWhereTheFloorWasMeasured() {
        float[] x = TestSignals.mix(TestSignals.speechLike(RATE, 10, -20, 3), TestSignals.pinkNoise(RATE, 10, -35, 4));
        NoiseAnalyzer a = analyse(x, x);
        Finding noise = a.findings().stream().filter(f -> f.kind() == FindingKind.NOISE).findFirst().orElseThrow();
        assertEquals(-35.0, noise.value(), 1.0);
        assertEquals(RATE / 2, noise.endFrame() - noise.startFrame());
        assertTrue(a.findings().stream().anyMatch(f -> f.kind() == FindingKind.LOW_SNR
                && f.severity() == Severity.WARNING && Math.abs(f.value() - 15) < 3));
    }

    @Test
    void cleanQuietRecordingHasNoFindings() {
        float[] x = TestSignals.mix(TestSignals.speechLike(RATE, 10, -20, 3), TestSignals.whiteNoise(RATE, 10, -75, 4));
        NoiseAnalyzer a = analyse(x);
        assertTrue(a.findings().isEmpty(), a.findings().toString());
        assertEquals(55, a.snrDb().orElseThrow(), 3);
    }

    @Test
    void silenceHasNoFloorAndNoSnr() {
        NoiseAnalyzer a = analyse(TestSignals.silence(RATE, 3));
        assertFalse(a.noiseFloorDbfs().isPresent());
        assertFalse(a.snrDb().isPresent());
        assertTrue(a.findings().isEmpty());
    }

    @Test
    void whiteNoiseAloneHasNoSnr() {
        assertFalse(analyse(TestSignals.whiteNoise(RATE, 10, -40, 8)).snrDb().isPresent());
    }

    @Test
    void noiseAloneHasNoSnr() {
        NoiseAnalyzer a = analyse(TestSignals.pinkNoise(RATE, 10, -30, 5));
        assertFalse(a.snrDb().isPresent(), () -> "SNR " + a.snrDb());
        assertEquals(-30, a.noiseFloorDbfs().orElseThrow(), 1.0);
    }

    @Test
    void noiseFloorLimitComesFromTheThresholds() {
        float[] room = TestSignals.whiteNoise(RATE, 3, -51, 5);
        Finding strict = analyse(room).findings().stream().filter(f -> f.kind() == FindingKind.NOISE)
                .findFirst().orElseThrow();
        assertTrue(strict.message().contains("audiobook rules"), "the default is ACX's figure");
        DetectionThresholds lenient = DetectionThresholds.DEFAULTS.with(Map.of("noiseFloorWarnDbfs", -40.0));
        NoiseAnalyzer a = Blocks.feed(new NoiseAnalyzer(1, RATE, lenient), room, 1024);
        assertEquals(-51, a.noiseFloorDbfs().orElseThrow(), 0.5);
        assertTrue(a.findings().stream().noneMatch(f -> f.kind() == FindingKind.NOISE), a.findings().toString());

        DetectionThresholds house = DetectionThresholds.DEFAULTS.with(Map.of("noiseFloorWarnDbfs", -55.0));
        Finding f = Blocks.feed(new NoiseAnalyzer(1, RATE, house), room, 1024).findings().get(0);
        assertEquals("noise floor (RMS of the quietest 500 ms) above -55 dBFS", f.rule());
        assertFalse(f.message().contains("audiobook"), "another limit is not ACX's: " + f.message());
    }
}
