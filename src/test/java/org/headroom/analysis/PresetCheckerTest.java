package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.headroom.analysis.DeliveryCheck.Status;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.detect.Severity;
import org.headroom.preset.DeliveryPreset;
import org.junit.jupiter.api.Test;

class PresetCheckerTest {
    private static final DeliveryPreset PODCAST = preset("podcast-stereo", -16.0, 1.0, null, -1.0);
    private static final DeliveryPreset EBU = preset("ebu-r128", -23.0, 0.5, 0.2, -1.0);
    private static final DeliveryPreset STREAMING = preset("streaming", -14.0, null, null, -1.0);
    private static final DeliveryPreset ACX = new DeliveryPreset("acx", "ACX", null, null, null, null, -3.0, -23.0, -18.0,
            -60.0, Map.of(), "test");

    private static DeliveryPreset preset(String name, double target, Double tol, Double qc, double tp) {
        return new DeliveryPreset(name, name, target, tol, qc, tp, null, null, null, null,
                Map.of("integratedLufs", "doc"), "test");
    }

    private static Report report(double integrated, double truePeak) {
        Report base = SampleReports.withLoudness("a.wav", integrated);
        Report.Levels l = base.levels();
        return new Report(base.file(), base.format(),
                new Report.Levels(l.samplePeakDbfs(), Report.defined(truePeak), l.rmsDbfs(), l.effectiveBits(), l.channels()),
                base.loudness(), base.clipping(), base.noise(), base.findings(), base.metadata(), null);
    }

    @Test
    void minus16Point4PassesPodcastStereo() {
        DeliveryCheck c = PresetChecker.check(report(-16.4, -1.5), PODCAST);
        assertTrue(c.passed());
        assertEquals(Status.PASS, c.items().get(0).status());
        assertEquals(-17.0, c.items().get(0).min());
        assertEquals(-15.0, c.items().get(0).max());
        assertEquals(List.of(), PresetChecker.findings(c, report(-16.4, -1.5)));
    }

    @Test
    void minus18FailsPodcastStereoWithALoudnessFinding() {
        Report r = PresetChecker.apply(report(-18.0, -1.5), PODCAST);
        assertFalse(r.delivery().passed());
        Finding f = r.findings().get(r.findings().size() - 1);
        assertEquals(FindingKind.LOUDNESS_TARGET, f.kind());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(-18.0, f.value());
        assertEquals(Finding.ALL_CHANNELS, f.channel());
        assertEquals(90.0, f.endSeconds());
        assertTrue(f.message().contains("raise it by at least 1.0 dB"), f.message());
        assertEquals("podcast-stereo: integrated loudness -16 ±1 LUFS", f.rule());
    }

    @Test
    void edgeOfToleranceAsShownPasses() {
        assertTrue(PresetChecker.check(report(-17.0, -2), PODCAST).passed());
        assertTrue(PresetChecker.check(report(-15.004, -2), PODCAST).passed(), "shown as -15.00");
        assertFalse(PresetChecker.check(report(-14.99, -2), PODCAST).passed());
    }

    @Test
    void truePeakAboveCeilingFailsAndUndefinedTruePeakPasses() {
        DeliveryCheck over = PresetChecker.check(report(-16.0, -0.5), PODCAST);
        assertFalse(over.passed());
        assertEquals(Status.FAIL, over.items().get(1).status());
        DeliveryCheck undefined = PresetChecker.check(report(-16.0, Double.NaN), PODCAST);
        assertTrue(undefined.passed(), "silence has no peaks");
        assertEquals(null, undefined.items().get(1).measured());
    }

    @Test
    void silenceFailsALoudnessTarget() {
        DeliveryCheck c = PresetChecker.check(SampleReports.silent("s.flac"), PODCAST);
        assertFalse(c.passed());
        assertEquals(null, c.items().get(0).measured());
    }

    @Test
    void ebuQcToleranceIsAWarningNotAFailure() {
        Report r = PresetChecker.apply(report(-22.6, -3), EBU);
        assertTrue(r.delivery().passed());
        assertEquals(Status.WARN, r.delivery().items().get(1).status());
        assertEquals(Severity.WARNING, r.findings().get(r.findings().size() - 1).severity());
    }

    @Test
    void streamingTargetIsAGuide() {
        Report r = PresetChecker.apply(report(-10.0, -1.5), STREAMING);
        assertTrue(r.delivery().passed());
        Finding f = r.findings().get(r.findings().size() - 1);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().contains("turned down by about 4.0 dB"), f.message());
    }

    @Test
    void acxChecksRmsPeakAndNoiseFloor() {
        // Sample report: RMS -20.12, sample peak -0.5, floor -65: peak fails, the rest passes.
        DeliveryCheck c = PresetChecker.check(SampleReports.podcast("a.wav"), ACX);
        assertFalse(c.passed());
        Map<String, Status> byFigure = new java.util.HashMap<>();
        c.items().forEach(i -> byFigure.put(i.figure(), i.status()));
        assertEquals(Map.of("samplePeakMaxDbfs", Status.FAIL, "rmsDbfs", Status.PASS, "noiseFloorMaxDbfs", Status.PASS), byFigure);
        DeliveryCheck silent = PresetChecker.check(SampleReports.silent("s.flac"), ACX);
        assertEquals(Status.FAIL, silent.items().stream().filter(i -> i.figure().equals("rmsDbfs")).findFirst().orElseThrow().status());
    }
}
