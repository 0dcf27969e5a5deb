package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.detect.DetectionThresholds;
import org.headroom.analysis.CsvReportWriter;
import org.headroom.analysis.SampleReports;
import org.headroom.audio.AudioFileException;
import org.headroom.preset.PresetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a fake analysis: these tests check option handling, exit statuses,
 * output formats and logs, not the measurements (the fake returns a hand-built report).
 */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<AnalysisSettings> seen = new ArrayList<>();

    /** Reads "bad*" files as not audio, everything else as the sample report; logs 35 steps. */
    private final FileAnalysis fake = (file, settings, progress, log) -> {
        seen.add(settings);
        if (file.getFileName().toString().startsWith("bad")) {
            throw new AudioFileException(file, "not a WAV file (starts with 'ID3')");
        }
        if (log != null) {
            for (int i = 1; i <= 35; i++) log.step(i * 0.01, i < 40 ? Double.NaN : -20, Double.NaN);
        }
        return SampleReports.podcast(file.toString());
    };

    private int run(String... args) {
        return run(fake, args);
    }

    private int run(FileAnalysis analysis, String... args) {
        CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), analysis,
                () -> PresetLoader.of(List.of()), false, false);
        return HeadroomCommand.run(args, ctx);
    }

    private Path audio(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "RIFF");
    }

    @Test
    void analysedFilesExitZero() throws Exception {
        assertEquals(0, run("analyze", audio("a.wav").toString(), audio("b.wav").toString()));
        assertTrue(out.toString().contains("a.wav\n"));
        assertTrue(out.toString().contains("Loudness"));
        assertEquals("", err.toString());
    }

    @Test
    void jsonIsOneValidObjectPerLineWithNullForUndefined() throws Exception {
        assertEquals(0, run("analyze", "--json", audio("a.wav").toString(), audio("b.wav").toString()));
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            assertTrue(n.at("/levels/truePeakDbtp").isNull());
            assertFalse(line.contains("NaN"));
        }
    }

    @Test
    void csvHasHeaderThenOneRowPerFile() throws Exception {
        assertEquals(0, run("analyze", "--csv", audio("a.wav").toString()));
        String[] lines = out.toString().split("\r\n");
        assertEquals(2, lines.length);
        assertEquals(String.join(",", CsvReportWriter.COLUMNS), lines[0]);
        assertTrue(lines[0].startsWith("file,container,encoding,sample_rate"));
    }

    @Test
    void unreadableFileIsOneLineOnStderrAndExitThreeWhileOthersAreReported() throws Exception {
        Path bad = audio("bad.wav");
        int status = run("analyze", "--json", bad.toString(), audio("good.wav").toString(), dir.resolve("missing.wav").toString());
        assertEquals(3, status);
        List<String> errors = err.toString().lines().toList();
        assertEquals(List.of("headroom: bad.wav: not a WAV file (starts with 'ID3')",
                "headroom: " + dir.resolve("missing.wav") + ": no such file"), errors);
        assertEquals(1, out.toString().lines().count(), "the good file is still reported");
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void folderIsNotAnAudioFile() {
        assertEquals(3, run("analyze", dir.toString()));
        assertEquals("headroom: " + dir + ": is a folder, not an audio file", err.toString().strip());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        String a = audio("a.wav").toString();
        assertEquals(2, run("analyze"));
        assertEquals(2, run("analyze", "--json", "--csv", a));
        assertEquals(2, run("analyze", "--clip-run", "11", a));
        assertEquals(2, run("analyze", "--clip-run", "x", a));
        assertEquals(2, run("analyze", "--clip-threshold", "0.5", a));
        assertEquals(2, run("analyze", "--log-step", "0.1", a));
        assertEquals(2, run("analyze", "--loudness-log", dir.resolve("l.csv").toString(), "--log-step", "0.015", a));
        assertEquals(2, run("analyze", "--frobnicate", a));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run());
        assertTrue(seen.isEmpty(), "nothing is analysed after a usage error");
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void optionsReachTheAnalysisWithDefaultsFromPresets() throws Exception {
        String a = audio("a.wav").toString();
        assertEquals(0, run("analyze", a));
        assertEquals(new AnalysisSettings(3, 0.0, null, -1.0, DetectionThresholds.DEFAULTS), seen.get(0));
        assertEquals(0, run("analyze", "--clip-run", "5", "--clip-threshold", "-0.1", "--preset", "atsc-a85", a));
        AnalysisSettings s = seen.get(1);
        assertEquals(5, s.clipRun());
        assertEquals(-0.1, s.clipThresholdDbfs());
        assertEquals("atsc-a85", s.preset().name());
        assertEquals(-2.0, s.truePeakCeilingDbtp(), "the preset's ceiling");
    }

    @Test
    void presetAddsTheDeliveryCheck() throws Exception {
        assertEquals(0, run("analyze", "--json", "--preset", "podcast-stereo", audio("a.wav").toString()));
        JsonNode n = JSON.readTree(out.toString());
        assertTrue(n.at("/preset/passed").asBoolean(), "-16.4 LUFS passes -16 ±1");
        assertEquals("podcast-stereo", n.at("/preset/name").asText());
    }

    @Test
    void unknownPresetListsTheAvailableOnesAndExitsTwo() throws Exception {
        assertEquals(2, run("analyze", "--preset", "bbc", audio("a.wav").toString()));
        assertEquals("headroom: unknown preset 'bbc'; available: acx, aes-td1008, atsc-a85, ebu-r128, podcast-mono, "
                + "podcast-stereo, streaming", err.toString().strip());
    }

    @Test
    void loudnessLogHasTheDocumentedColumns() throws Exception {
        Path log = dir.resolve("loud.csv");
        assertEquals(0, run("analyze", "--loudness-log", log.toString(), "--log-step", "0.1", audio("a.wav").toString()));
        assertEquals(List.of("time_s,momentary_lufs,short_term_lufs", "0.10,,", "0.20,,", "0.30,,"), Files.readAllLines(log));
    }

    @Test
    void severalFilesGetOneLogEachNamedAfterTheFile() throws Exception {
        Path log = dir.resolve("loud.csv");
        assertEquals(0, run("analyze", "--loudness-log", log.toString(), audio("a.wav").toString(), audio("b.flac").toString()));
        assertTrue(Files.exists(dir.resolve("loud-a.csv")));
        assertTrue(Files.exists(dir.resolve("loud-b.csv")));
        assertFalse(Files.exists(log));
        assertEquals(36, Files.readAllLines(dir.resolve("loud-b.csv")).size());
    }

    @Test
    void twoFilesWithTheSameNameCannotShareALogName() throws Exception {
        Files.createDirectories(dir.resolve("x"));
        Path a = audio("a.wav");
        Path a2 = Files.writeString(dir.resolve("x/a.wav"), "RIFF");
        assertEquals(2, run("analyze", "--loudness-log", dir.resolve("l.csv").toString(), a.toString(), a2.toString()));
        assertTrue(err.toString().contains("would both log to"), err.toString());
    }

    @Test
    void failedFileLeavesNoLog() throws Exception {
        Path log = dir.resolve("loud.csv");
        assertEquals(3, run("analyze", "--loudness-log", log.toString(), audio("bad.wav").toString()));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("bad.wav"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void unexpectedExceptionIsOneLineAndExitOne() throws Exception {
        FileAnalysis broken = (f, s, p, l) -> {
            throw new IllegalStateException("meter went wrong");
        };
        assertEquals(1, run(broken, "analyze", audio("a.wav").toString()));
        assertEquals("headroom: internal error: meter went wrong", err.toString().strip());
    }

    @Test
    void debugFlagAddsTheStackTrace() throws Exception {
        FileAnalysis broken = (f, s, p, l) -> {
            throw new IllegalStateException("meter went wrong");
        };
        assertEquals(1, run(broken, "analyze", "--debug", audio("a.wav").toString()));
        assertTrue(err.toString().contains("at org.headroom"), err.toString());
    }

    @Test
    void versionAndHelpExitZero() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("headroom "));
        assertEquals(0, run("analyze", "--help"));
        assertTrue(out.toString().contains("--loudness-log"));
    }
}
