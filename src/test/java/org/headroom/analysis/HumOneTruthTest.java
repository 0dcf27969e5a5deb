package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
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
}
