package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.detect.DetectorSet;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.edit.Edit;
import org.headroom.edit.EditList;
import org.headroom.edit.Renderer;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/**
 * The hum summary (the ROOM card, the report's noise.hum) and the HUM findings (the QC log) come
 * from one detector state: the summary is the findings' figure, or there is no finding.
 */
class HumOneTruthTest {
    private static final Path DEMO = Path.of("testdata", "dialogue-clipped-hum-48000-2-24.wav");

    /** The demo take fed as the monitor feeds it, in 10 ms blocks, asked after every block. */
    @Test
    void summaryAndFindingsAgreeAtEverySnapshotOfTheDemoTake() throws Exception {
        try (AudioSource source = AudioFiles.open(DEMO)) {
            int rate = source.format().sampleRate();
            Analyzer analyzer = new Analyzer(source.format(), new AnalysisSettings(3, 0.0, null, -1.0));
            float[][] block = new float[source.format().channels()][rate / 100];
            boolean found = false;
            int snapshots = 0;
            for (int got; (got = source.read(block)) > 0; ) {
                analyzer.accept(block, got);
                Report.HumInfo hum = analyzer.noiseSummary().hum();
                List<Finding> humFindings = analyzer.liveFindings().stream().filter(f -> f.kind() == FindingKind.HUM).toList();
                String at = "at " + analyzer.detectors().hum().toString() + " block " + snapshots;
                assertEquals(hum != null, !humFindings.isEmpty(), () -> "summary " + hum + " vs findings " + humFindings + " " + at);
                if (hum != null) {
                    found = true;
                    assertEquals(50, hum.frequencyHz(), 1, at);
                    assertNotNull(hum.levelDbfs(), at);
                    for (Finding f : humFindings) assertEquals(hum.levelDbfs(), f.value(), 1e-9, "the finding's figure is the summary's");
                } else {
                    assertFalse(found, "hum found once stays found " + at);
                }
                snapshots++;
            }
            assertTrue(found, "the demo take's 50 Hz hum");
        }
    }

    private static Report analyse(AudioSource source) throws Exception {
        try (source) {
            Analyzer analyzer = new Analyzer(source.format(), new AnalysisSettings(3, 0.0, null, -1.0));
            float[][] block = new float[source.format().channels()][4096];
            for (int got; (got = source.read(block)) > 0; ) analyzer.accept(block, got);
            return analyzer.report("take.wav", source.format(), null, List.of());
        }
    }

    private static List<Finding> hum(Report r) {
        return r.findings().stream().filter(f -> f.kind() == FindingKind.HUM).toList();
    }

    /**
     * The demo take's hum runs to its end (9.823 s); the finding must too. Spectra are glimpsed every
     * 2 s, and the last one (at 8 s) ended at 8.17 s, where the finding used to stop. 0.1 s: the bound.
     */
    @Test
    void humRunningToTheEndHasAFindingToTheEnd() throws Exception {
        Report r = analyse(AudioFiles.open(DEMO));
        List<Finding> found = hum(r);
        assertFalse(found.isEmpty());
        double end = r.format().durationSeconds();
        assertEquals(end, found.get(found.size() - 1).endSeconds(), 0.1);
    }

    /**
     * A hum that stops mid-take ends in the findings no later than the last glimpse that held it:
     * between 0 and one hop (2 s) plus one capture (0.26 s) before the real end, never after it.
     */
    @Test
    void humThatStopsMidTakeEndsWithinOneHopBeforeItsEnd() {
        int rate = 48000;
        float[] x = TestSignals.mix(TestSignals.speechLike(rate, 12, -20, 31),
                TestSignals.placeAt(rate, TestSignals.hum(rate, 6.5, 50, -45, -6), 0, 12));
        DetectorSet d = new DetectorSet(1, rate, null);
        float[][] block = new float[1][480];
        for (int at = 0; at < x.length; at += 480) {
            int n = Math.min(480, x.length - at);
            System.arraycopy(x, at, block[0], 0, n);
            d.accept(block, n);
        }
        List<Finding> found = d.hum().findings();
        assertEquals(1, found.size(), found.toString());
        double end = found.get(0).endSeconds();
        assertTrue(end <= 6.5 && end >= 6.5 - 2.26, "ends at " + end);
    }

    /**
     * The demo take rendered through a humNotch edit has no hum: neither in the summary nor as a
     * finding (a HUM warning with no value once stayed behind, telling the user to retake).
     */
    @Test
    void notchedHumLeavesNeitherSummaryNorFinding() throws Exception {
        Report before = analyse(AudioFiles.open(DEMO));
        assertNotNull(before.noise().hum());
        Report after = analyse(Renderer.render(() -> AudioFiles.open(DEMO), EditList.of(new Edit.HumNotch(50, 4, 30))));
        assertEquals(null, after.noise().hum());
        assertTrue(hum(after).isEmpty(), () -> hum(after).toString());
    }

    /**
     * Through the live path the window reads: every snapshot of the demo take (looked at from the
     * capture thread's tap, which runs once per block) has a hum in the ROOM card's fields exactly
     * when its findings (the QC log) hold a HUM warning. The noise summary used to refresh once a
     * second and the findings four times a second, so for up to a second they disagreed.
     */
    @Test
    void liveSnapshotsHaveHumInTheRoomFieldsExactlyWhenTheQcLogHasIt() throws Exception {
        java.util.List<String> disagreements = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger withHum = new java.util.concurrent.atomic.AtomicInteger();
        try (LiveSession live = new LiveSession(AudioFiles.open(DEMO), new AnalysisSettings(3, 0.0, null, -1.0),
                1.0, 20.0)) {
            live.setTap(new LiveSession.BlockTap() {
                @Override
                public void offer(float[][] block, int frames) {
                    LiveSnapshot s = live.latest();
                    boolean inFindings = s.findings().stream().anyMatch(f -> f.kind() == FindingKind.HUM);
                    if ((s.humHz() != null) != inFindings) disagreements.add(s.seconds() + " s: " + s.humHz() + " vs " + inFindings);
                    if (s.humHz() != null) withHum.incrementAndGet();
                }

                @Override
                public long lostFrames() {
                    return 0;
                }
            });
            live.start();
            assertTrue(live.awaitEnd(30_000));
        }
        assertTrue(disagreements.isEmpty(), disagreements.size() + " snapshots disagree, first " + disagreements.stream().limit(3).toList());
        assertTrue(withHum.get() > 0, "the demo take's hum reaches the snapshots");
    }
}
