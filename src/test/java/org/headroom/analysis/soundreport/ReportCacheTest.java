package org.headroom.analysis.soundreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.FileAnalyzer;
import org.headroom.preset.PresetLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache beside the report: hits, and each way a take changes on the card. */
class ReportCacheTest {
    @TempDir
    Path dir;
    Path card;
    Path html;
    final Set<Path> analysed = ConcurrentHashMap.newKeySet();
    AnalysisSettings settings;

    @BeforeEach
    void setUp() throws Exception {
        card = ReportFixtures.card(dir.resolve("card"));
        html = dir.resolve("report.html");
        settings = AnalysisSettings.of(PresetLoader.of(List.of(Path.of("presets"))).analysisDefaults(), null);
    }

    private SoundReportJob.Outcome run(boolean useCache, AnalysisSettings s) throws IOException {
        analysed.clear();
        FileAnalyzer real = new FileAnalyzer();
        TakeReader counting = (file, st, progress, log) -> {
            analysed.add(file.getFileName());
            return real.analyze(file, st, progress, log);
        };
        return SoundReportJob.run(new SoundReportJob.Request(List.of(card), html, null, null, s, 2, useCache), counting,
                (done, total, row, cached) -> { }, () -> false);
    }

    @Test
    void unchangedTakesComeFromTheCacheAndChangedOnesAreReadAgain() throws IOException {
        assertEquals(0, run(true, settings).fromCache());
        assertEquals(ReportFixtures.TAKES, analysed.size(), "every take read once, the damaged one included");

        SoundReportJob.Outcome again = run(true, settings);
        assertEquals(ReportFixtures.TAKES - 1, again.fromCache());
        assertEquals(Set.of(Path.of("broken.WAV")), analysed, "only the take that could not be read is tried again");

        // a new modification time alone
        Path zoom = card.resolve("INT_KITCHEN-T007.WAV");
        Files.setLastModifiedTime(zoom, FileTime.fromMillis(Files.getLastModifiedTime(zoom).toMillis() + 5_000));
        // same size and time, one byte of audio changed inside the first MiB (a tool rewriting in place)
        Path sd = card.resolve("2_T01.WAV");
        FileTime before = Files.getLastModifiedTime(sd);
        try (RandomAccessFile f = new RandomAccessFile(sd.toFile(), "rw")) {
            long at = f.length() - 100;
            assertTrue(at < ReportCache.HEAD_BYTES);
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x20);
        }
        Files.setLastModifiedTime(sd, before);
        // a new take arrives with the next card
        RecorderTakes.zoom(card, "INT_KITCHEN-T008.WAV", "INT KITCHEN", "008", 172_799_828L);

        run(true, settings);
        assertEquals(Set.of(Path.of("broken.WAV"), Path.of("INT_KITCHEN-T007.WAV"), Path.of("2_T01.WAV"), Path.of("INT_KITCHEN-T008.WAV")),
                analysed);
    }

    @Test
    void noCacheReadsEverythingAndOtherSettingsInvalidateIt() throws IOException {
        run(true, settings);
        run(false, settings);
        assertEquals(ReportFixtures.TAKES, analysed.size(), "--no-cache reads every take");
        AnalysisSettings stricter = new AnalysisSettings(1, settings.clipThresholdDbfs(), null, settings.truePeakCeilingDbtp(), settings.detection());
        assertEquals(0, run(true, stricter).fromCache(), "results made with another clip rule are not reused");
        assertEquals(ReportFixtures.TAKES, analysed.size());
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        run(true, settings);
        Path cache = ReportCache.beside(html);
        assertTrue(Files.isRegularFile(cache));
        Files.writeString(cache, "{\"format\":\"headroom-report-cache/1\",\"settings\":\"x\"}\n{not json");
        assertEquals(0, run(true, settings).fromCache());
        Files.write(cache, new byte[] {0, 1, 2, (byte) 0xFF});
        assertEquals(0, run(true, settings).fromCache());
        assertEquals(ReportFixtures.TAKES - 1, run(true, settings).fromCache(), "and rewritten whole");
    }
}
