package org.headroom.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

class DetectorSetTest {
    private static final int RATE = 48000;

    private static Finding rounded(Finding f) {
        double v = Math.round(f.value() * 1e6) / 1e6;
        return new Finding(f.kind(), f.severity(), f.channel(), f.startFrame(), f.endFrame(), f.startSeconds(),
                f.endSeconds(), v, f.rule(), f.message());
    }

    @Test
    void sharingTheSamplerAndFrameSumsChangesNoFinding() {
        float[] x = TestSignals.quantise(TestSignals.mix(TestSignals.speechLike(RATE, 20, -20, 1),
                TestSignals.hum(RATE, 20, 50, -45, -6), TestSignals.whiteNoise(RATE, 20, -50, 2)), 16);
        for (int i = 0; i < 4; i++) x[100_000 + i] = 32767f / 32768f;
        for (int i = 0; i < 480; i++) x[300_000 + i] = 0f;
        float[][] stereo = TestSignals.stereo(x, x.clone());
        List<Detector> alone = List.of(new ClippingDetector(2, RATE, 16), new NoiseAnalyzer(2, RATE),
                new LevelProblemDetector(2, RATE), new DropoutDetector(2, RATE), new HumDetector(2, RATE),
                new WindDetector(2, RATE), new HissDetector(2, RATE), new ProvenanceDetector(2, 16, RATE));
        List<Finding> expected = new ArrayList<>();
        for (Detector d : alone) expected.addAll(Blocks.feed(d, stereo, 2000).findings());
        List<Finding> shared = Blocks.feed(new DetectorSet(2, RATE, 16), stereo, 2000).findings();
        Comparator<Finding> order = Comparator.comparing(Finding::kind).thenComparingInt(Finding::channel)
                .thenComparingLong(Finding::startFrame);
        expected.sort(order);
        List<Finding> actual = new ArrayList<>(shared);
        actual.sort(order);
        // the shared frame sums add in a different order (one pass over both channels): values may
        // differ in the last bits, nothing else may
        assertEquals(expected.stream().map(DetectorSetTest::rounded).toList(),
                actual.stream().map(DetectorSetTest::rounded).toList());
        Set<FindingKind> kinds = actual.stream().map(Finding::kind).collect(Collectors.toSet());
        assertEquals(Set.of(FindingKind.CLIPPING, FindingKind.HUM, FindingKind.DROPOUT, FindingKind.NOISE,
                FindingKind.HISS, FindingKind.MONO_IN_STEREO), kinds);
    }

    @Test
    void thresholdsReachTheFrameAndSpectralDetectors() {
        float[] x = TestSignals.mix(TestSignals.speechLike(RATE, 10, -20, 1), TestSignals.whiteNoise(RATE, 10, -50, 2));
        float[][] stereo = TestSignals.stereo(x, x.clone());
        Set<FindingKind> strict = kinds(Blocks.feed(new DetectorSet(2, RATE, null), stereo, 2000));
        assertEquals(Set.of(FindingKind.NOISE, FindingKind.HISS, FindingKind.MONO_IN_STEREO), strict);
        DetectionThresholds lenient = DetectionThresholds.DEFAULTS.with(
                Map.of("noiseFloorWarnDbfs", -40.0, "hissFloorDbfs", -40.0));
        DetectorSet set = new DetectorSet(2, RATE, null, ClipRule.DEFAULT, lenient);
        assertEquals(Set.of(FindingKind.MONO_IN_STEREO), kinds(Blocks.feed(set, stereo, 2000)));
    }

    private static Set<FindingKind> kinds(DetectorSet set) {
        return set.findings().stream().map(Finding::kind).collect(Collectors.toSet());
    }
}
