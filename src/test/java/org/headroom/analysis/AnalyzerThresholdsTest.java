package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.headroom.audio.SourceFormat;
import org.headroom.detect.DetectionThresholds;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/** The settings' detection thresholds are the ones the Analyzer's detectors use. */
class AnalyzerThresholdsTest {
    private static final int RATE = 48000;

    private static List<FindingKind> kinds(DetectionThresholds thresholds) {
        float[] room = TestSignals.whiteNoise(RATE, 3, -51, 9); // a -51 dBFS floor: over ACX's -60
        SourceFormat format = SourceFormat.pcm("WAV", "IEEE float", RATE, 1, 32, room.length);
        Analyzer analyzer = new Analyzer(format, new AnalysisSettings(3, 0.0, null, -1.0, thresholds));
        analyzer.accept(new float[][] {room}, room.length);
        return analyzer.report("room.wav", format, null, List.of()).findings().stream().map(Finding::kind).toList();
    }

    @Test
    void noiseFloorLimitFromTheSettingsDecidesTheFinding() {
        assertTrue(kinds(DetectionThresholds.DEFAULTS).contains(FindingKind.NOISE));
        assertFalse(kinds(DetectionThresholds.DEFAULTS.with(Map.of("noiseFloorWarnDbfs", -40.0))).contains(FindingKind.NOISE));
    }
}
