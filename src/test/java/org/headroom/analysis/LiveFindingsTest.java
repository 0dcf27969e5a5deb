package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.DemoInput;
import org.headroom.audio.MemorySource;
import org.headroom.audio.SourceFormat;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.detect.LevelProblemDetector;
import org.headroom.meter.Decibels;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/** What a running take's findings may claim: measured values, levels judged on enough programme, the file's rules. */
class LiveFindingsTest {
    private static final Path TAKE = Path.of("testdata/dialogue-clipped-hum-48000-2-24.wav");
    private static final AnalysisSettings SETTINGS = new AnalysisSettings(3, 0.0, null, -1.0);

    /** Feeds a source in 10 ms blocks as the capture thread does; the callback sees the live findings after each block. */
    private static Analyzer feedLive(Analyzer a, AudioSource source, java.util.function.Consumer<List<Finding>> afterBlock)
            throws IOException {
        float[][] block = new float[source.format().channels()][source.format().sampleRate() / 100];
        for (int n = source.read(block); n > 0; n = source.read(block)) {
            a.accept(block, n);
            if (afterBlock != null) afterBlock.accept(a.liveFindings());
        }
        return a;
    }

    private static Report analyze(AudioSource source) throws IOException {
        Analyzer exact = new Analyzer(source.format(), SETTINGS);
        feedLive(exact, source, null);
        return exact.report("take", source.format(), source.bitRate(), List.of());
    }

    /**
     * The demo take's first live TRUE_PEAK_OVER said +1.04 dBTP (the "as if silence followed"
     * tail ringing after a clipped run) where the take's real maximum is +0.36. Every live value
     * must be at most the file analysis's true peak of that channel.
     */
    @Test
    void aLiveTruePeakOverIsNeverAboveTheTakesRealMaximum() throws IOException {
        Report file;
        try (AudioSource in = AudioFiles.open(TAKE)) {
            file = analyze(in);
        }
        List<Double> firstValues = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (AudioSource in = AudioFiles.open(TAKE)) {
            feedLive(Analyzer.live(in.format(), SETTINGS), in, findings -> {
                for (Finding f : findings) {
                    if (f.kind() != FindingKind.TRUE_PEAK_OVER) continue;
                    double max = file.levels().channels().get(f.channel()).truePeakDbtp();
                    // 1e-9 dB: the same filter on the same samples, only the value's rounding to dB
                    assertTrue(f.value() <= max + 1e-9, "live " + f.value() + " dBTP above the take's " + max);
                    String key = f.channel() + "@" + f.startFrame();
                    if (!seen.contains(key)) {
                        seen.add(key);
                        firstValues.add(f.value());
                    }
                }
            });
        }
        assertEquals(2, firstValues.size(), "one over burst per channel: " + seen);
        assertTrue(file.levels().truePeakDbtp() > 0.3 && file.levels().truePeakDbtp() < 0.4, "the take's +0.36 dBTP");
    }

    /** Room tone and a slate before anyone speaks: the level is not judged until 10 s of programme. */
    @Test
    void tooQuietWaitsForTenSecondsOfProgramme() throws IOException {
        int rate = 48000;
        float[] tone = TestSignals.whiteNoise(rate, 4, -55, 1);
        float[] speech = TestSignals.speechLike(rate, 20, -20, 2);
        MemorySource normal = MemorySource.of(rate, TestSignals.concat(tone, speech));
        feedLive(Analyzer.live(normal.format(), SETTINGS), normal, findings ->
                assertFalse(findings.stream().anyMatch(f -> f.kind() == FindingKind.TOO_QUIET), "TOO_QUIET live: " + findings));

        // a really quiet take is still flagged, once there is enough of it, and in the end report
        MemorySource quiet = MemorySource.of(rate, TestSignals.speechLike(rate, 30, -42, 3));
        Analyzer a = Analyzer.live(quiet.format(), SETTINGS);
        long[] firstAt = {-1};
        long[] frames = {0};
        feedLive(a, quiet, findings -> {
            frames[0] += rate / 100;
            if (firstAt[0] < 0 && findings.stream().anyMatch(f -> f.kind() == FindingKind.TOO_QUIET)) firstAt[0] = frames[0];
        });
        assertTrue(firstAt[0] >= LevelProblemDetector.JUDGE_AFTER_FRAMES * (rate / 100L), "judged after " + firstAt[0]);
        assertTrue(a.report("q", quiet.format(), quiet.bitRate(), List.of()).findings().stream()
                .anyMatch(f -> f.kind() == FindingKind.TOO_QUIET));
    }

    /**
     * The demo looped: each loop must say what analyze says of the take. The take is 471 484
     * frames; looped whole, the 10 ms detector grid moved 124 samples a loop and the click rule of
     * the time called the shout a DROPOUT on the second loop (the click rule now also tells an onset
     * from a click, so the shift alone no longer does it, but each loop still starts on the grid).
     */
    @Test
    void theDemoLoopedSaysOnEveryLoopWhatAnalyzeSaysOfTheTake() throws IOException {
        Report file;
        try (AudioSource in = AudioFiles.open(TAKE)) {
            file = analyze(in);
        }
        assertEquals(0, count(file.findings(), FindingKind.DROPOUT));
        MemorySource loop = DemoInput.oneLoop();
        assertEquals(0, loop.format().frames() % 480, "a whole number of 10 ms steps");
        assertEquals(3 * count(file.findings(), FindingKind.CLIPPING), count(loopLive(loop.format(), loop.samples(), 3), FindingKind.CLIPPING));
        assertEquals(0, count(loopLive(loop.format(), loop.samples(), 3), FindingKind.DROPOUT));

    }

    private static List<Finding> loopLive(SourceFormat format, float[][] samples, int loops) throws IOException {
        Analyzer a = Analyzer.live(format, SETTINGS);
        for (int i = 0; i < loops; i++) feedLive(a, new MemorySource(format, samples), null);
        return a.liveFindings();
    }

    private static long count(List<Finding> findings, FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).count();
    }
}
