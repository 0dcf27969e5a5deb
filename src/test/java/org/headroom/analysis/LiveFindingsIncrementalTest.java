package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.MemorySource;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/**
 * The live findings list is kept, not rebuilt: while nothing changes the analyzer hands back the
 * very same list (so the snapshot, the tracker and the QC log skip their work by identity), and
 * whatever it hands back equals what an analyzer asked only at that moment builds from scratch.
 */
class LiveFindingsIncrementalTest {
    private static final Path TAKE = Path.of("testdata/dialogue-clipped-hum-48000-2-24.wav");
    private static final AnalysisSettings SETTINGS = new AnalysisSettings(3, 0.0, null, -1.0);

    /**
     * Two analyzers fed the same 10 ms blocks of the demo take (clips, true-peak overs, hum, a
     * shout), one asked after every block, one only every 37th: at each of those blocks the lists
     * are equal. A stale kept list (a clip burst grown, an over closed, a finding withdrawn) fails.
     */
    @Test
    void theKeptListEqualsOneBuiltFromScratch() throws IOException {
        try (AudioSource a = AudioFiles.open(TAKE); AudioSource b = AudioFiles.open(TAKE)) {
            Analyzer everyBlock = Analyzer.live(a.format(), SETTINGS);
            Analyzer now = Analyzer.live(b.format(), SETTINGS);
            float[][] blockA = new float[a.format().channels()][a.format().sampleRate() / 100];
            float[][] blockB = new float[b.format().channels()][b.format().sampleRate() / 100];
            int compared = 0;
            int kinds = 0;
            for (int i = 0; ; i++) {
                int n = a.read(blockA);
                if (n <= 0) break;
                assertEquals(n, b.read(blockB));
                everyBlock.accept(blockA, n);
                now.accept(blockB, n);
                List<Finding> kept = everyBlock.liveFindings();
                if (i % 37 == 36) {
                    List<Finding> fresh = now.liveFindings();
                    assertEquals(fresh, kept, "block " + i);
                    compared++;
                    kinds = (int) kept.stream().map(Finding::kind).distinct().count();
                }
            }
            assertTrue(compared > 20, "compared at " + compared + " blocks");
            assertTrue(kinds >= 3, "the take's findings are of several kinds (clipping, overs, hum...): " + kinds);
        }
    }

    /**
     * Speech with a digital-zero gap (a DROPOUT) every 2 s, then 5 s of room tone, asked after
     * every 10 ms block: a list equal to the one before is that same object (rebuilt lists were
     * new objects every time: 2 500 of them), and the dropouts found by 7 s are the same objects
     * in the last list. (The NOISE finding's quietest moment wanders in the room tone, a real change.)
     */
    @Test
    void anUnchangedListIsTheSameObject() throws IOException {
        int rate = 48000;
        float[] speech = TestSignals.quantise(TestSignals.speechLike(rate, 20, -20, 5), 24);
        for (int gap = 1; gap < 10; gap++) java.util.Arrays.fill(speech, gap * 2 * rate, gap * 2 * rate + rate / 20, 0f);
        float[] take = java.util.Arrays.copyOf(speech, speech.length + 5 * rate);
        float[] tone = TestSignals.quantise(TestSignals.whiteNoise(rate, 5, -50, 6), 24);
        System.arraycopy(tone, 0, take, speech.length, tone.length);
        MemorySource source = MemorySource.of(rate, take);
        Analyzer live = Analyzer.live(source.format(), SETTINGS);
        float[][] block = new float[1][rate / 100];
        List<Finding> firstDropouts = null;
        List<Finding> previous = null;
        int same = 0;
        int equalButNew = 0;
        long frames = 0;
        for (int n = source.read(block); n > 0; n = source.read(block)) {
            live.accept(block, n);
            frames += n;
            List<Finding> findings = live.liveFindings();
            if (findings == previous) same++;
            else if (findings.equals(previous)) equalButNew++;
            previous = findings;
            if (firstDropouts == null && frames >= 7 * rate) {
                firstDropouts = findings.stream().filter(f -> f.kind() == FindingKind.DROPOUT).toList();
            }
        }
        assertEquals(0, equalButNew, "unchanged lists rebuilt");
        assertTrue(same > 1500, "most asks find nothing new: " + same + " of 2500");
        assertTrue(!firstDropouts.isEmpty(), "a dropout found by 7 s: " + firstDropouts);
        List<Finding> last = live.liveFindings();
        for (Finding f : firstDropouts) {
            assertTrue(last.stream().anyMatch(g -> g == f), "kept as the same object: " + f);
        }
    }

    /** The tracker given the same list object again has nothing to say and matches nothing. */
    @Test
    void theTrackerPassesOverAnUnchangedSnapshot() {
        Finding a = Finding.at(FindingKind.DROPOUT, org.headroom.detect.Severity.ERROR, 0, 100, 200, 48000, 1, "r", "m");
        Finding b = Finding.at(FindingKind.CLIPPING, org.headroom.detect.Severity.ERROR, 0, 300, 400, 48000, 2, "r", "m");
        FindingTracker tracker = new FindingTracker(0);
        List<Finding> one = List.of(a);
        assertEquals(1, tracker.accept(one, 10).size());
        assertTrue(tracker.accept(one, 20).isEmpty());
        List<FindingTracker.Change> changes = tracker.accept(List.of(a, b), 30);
        assertEquals(1, changes.size());
        assertTrue(changes.get(0).isNew());
        assertSame(b, changes.get(0).finding());
        assertEquals(1, tracker.idOf(a), "the unchanged finding keeps its id");
    }
}
