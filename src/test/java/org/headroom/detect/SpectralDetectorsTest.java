package org.headroom.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/** Wind, hiss and provenance: each against signals with a known answer, and against look-alikes. */
class SpectralDetectorsTest {
    private static final int RATE = 48000;
    private static final double SECONDS = 30;

    private static float[] speech(long seed) {
        return TestSignals.speechLike(RATE, SECONDS, -20, seed);
    }

    // ---- wind

    @Test
    void gustyIncoherentRumbleIsWind() {
        float[] l = TestSignals.mix(speech(1), TestSignals.windGusts(RATE, SECONDS, -20, 2));
        float[] r = TestSignals.mix(speech(1), TestSignals.windGusts(RATE, SECONDS, -20, 3));
        WindDetector d = Blocks.feed(new WindDetector(2, RATE), TestSignals.stereo(l, r), 4096);
        assertTrue(d.wind());
        Finding f = d.findings().get(0);
        assertEquals(FindingKind.WIND, f.kind());
        assertTrue(f.endSeconds() - f.startSeconds() >= 10, f.toString());
    }

    @Test
    void windOnOneMicCopiedToBothChannelsIsStillWind() {
        float[] x = TestSignals.windGusts(RATE, SECONDS, -25, 4);
        assertTrue(Blocks.feed(new WindDetector(2, RATE), TestSignals.channels(x, 2), 4096).wind());
    }

    @Test
    void noWindOnSpeechHumSteadyToneOrSteadyRumble() {
        float[] steadyRumble = TestSignals.lowPass(TestSignals.whiteNoise(RATE, SECONDS, -20, 5), RATE, 120);
        float[][] cases = {
                speech(6),
                TestSignals.mix(speech(7), TestSignals.hum(RATE, SECONDS, 50, -30, -6)),
                TestSignals.sine(RATE, SECONDS, 80, -10),
                steadyRumble,
                TestSignals.pinkNoise(RATE, SECONDS, -30, 8),
        };
        for (float[] x : cases) {
            WindDetector d = Blocks.feed(new WindDetector(1, RATE), x, 4096);
            assertFalse(d.wind(), () -> d.findings().toString());
        }
    }

    @Test
    void coherentGustyLowSoundInStereoIsNotWind() {
        // the same gusty rumble reaching a spaced pair through the air (a truck going by) is a sound, not
        // wind: 0.5 ms later and a little quieter at the far mic
        float[] x = TestSignals.windGusts(RATE, SECONDS, -20, 9);
        float[] y = new float[x.length];
        for (int i = 24; i < y.length; i++) y[i] = 0.8f * x[i - 24];
        assertFalse(Blocks.feed(new WindDetector(2, RATE), TestSignals.stereo(x, y), 4096).wind());
    }

    // ---- hiss

    @Test
    void whiteNoiseUnderSpeechIsHiss() {
        HissDetector d = Blocks.feed(new HissDetector(1, RATE),
                TestSignals.mix(speech(10), TestSignals.whiteNoise(RATE, SECONDS, -50, 11)), 4096);
        assertTrue(d.hiss());
        // white noise puts 12/24 of its power in 4-16 kHz: -50 - 3.0 dB; ±1 dB for the 10th percentile of few glimpses
        assertEquals(-53.0, d.hissFloorDbfs(), 1.0);
        assertEquals(FindingKind.HISS, d.findings().get(0).kind());
    }

    @Test
    void noHissOnCleanSpeechPinkNoiseTonesOrVeryLowNoise() {
        float[][] cases = {
                speech(12),
                TestSignals.mix(speech(13), TestSignals.pinkNoise(RATE, SECONDS, -40, 14)),
                TestSignals.sine(RATE, SECONDS, 1000, -6),
                TestSignals.mix(speech(15), TestSignals.whiteNoise(RATE, SECONDS, -85, 16)),
        };
        for (float[] x : cases) {
            HissDetector d = Blocks.feed(new HissDetector(1, RATE), x, 4096);
            assertFalse(d.hiss(), () -> "floor " + d.hissFloorDbfs());
            assertTrue(d.findings().isEmpty());
        }
    }

    // ---- provenance

    @Test
    void sixteenBitsInsideTwentyFourAreFound() {
        float[] x = TestSignals.quantise(TestSignals.mix(speech(17), TestSignals.whiteNoise(RATE, SECONDS, -70, 18)), 16);
        ProvenanceDetector d = Blocks.feed(new ProvenanceDetector(1, 24, RATE), x, 4096);
        assertEquals(16, d.effectiveBits().getAsInt());
        Finding f = d.findings().stream().filter(g -> g.kind() == FindingKind.FAKE_BIT_DEPTH).findFirst().orElseThrow();
        assertEquals(16, f.value());
    }

    @Test
    void realTwentyFourBitsAreNotFlagged() {
        float[] x = TestSignals.quantise(TestSignals.whiteNoise(RATE, 5, -40, 19), 24);
        ProvenanceDetector d = Blocks.feed(new ProvenanceDetector(1, 24, RATE), x, 4096);
        assertEquals(24, d.effectiveBits().getAsInt());
        assertTrue(d.findings().isEmpty(), d.findings().toString());
    }

    @Test
    void effectiveBitsCanComeFromOutside() {
        ProvenanceDetector d = new ProvenanceDetector(1, 24, RATE);
        d.setEffectiveBits(20);
        assertEquals(20, d.findings().get(0).value());
    }

    @Test
    void lowPassedAt16kHzIsFlaggedAsUpsampledWithItsCutoff() {
        float[] x = TestSignals.lowPass(TestSignals.whiteNoise(RATE, 20, -30, 20), RATE, 16000);
        ProvenanceDetector d = Blocks.feed(new ProvenanceDetector(2, null, RATE), TestSignals.channels(x, 2), 4096);
        // 0.5 kHz: the FIR's transition band is ~0.5 kHz wide and bands are 190 Hz
        assertEquals(16000, d.cutoffHz(), 500);
        Finding f = d.findings().get(0);
        assertEquals(FindingKind.UPSAMPLED, f.kind());
        assertTrue(f.message().contains("lossy"), f.message());
    }

    @Test
    void lowPassedAt20kHzReadsAsFrom44k1() {
        float[] x = TestSignals.lowPass(TestSignals.whiteNoise(RATE, 10, -30, 21), RATE, 20000);
        List<Finding> f = Blocks.feed(new ProvenanceDetector(1, null, RATE), x, 4096).findings();
        assertTrue(f.get(0).message().contains("44.1 kHz"), f.toString());
    }

    @Test
    void fullBandNoiseSpeechAndTonesAreNotUpsampled() {
        float[][] cases = {
                TestSignals.whiteNoise(RATE, 10, -30, 22),
                TestSignals.pinkNoise(RATE, 10, -30, 23),
                TestSignals.mix(speech(24), TestSignals.whiteNoise(RATE, SECONDS, -80, 25)),
                TestSignals.sine(RATE, 10, 1000, -6),
                TestSignals.sine(RATE, 10, 5000, -6),
                TestSignals.silence(RATE, 10),
        };
        for (float[] x : cases) {
            ProvenanceDetector d = Blocks.feed(new ProvenanceDetector(1, null, RATE), x, 4096);
            assertTrue(d.findings().isEmpty(), () -> "cutoff " + d.cutoffHz());
        }
    }
}
