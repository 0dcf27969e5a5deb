package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real engine behind the real command line, on real files: what a user runs. */
class AnalyzeEndToEndTest {
    private static final Path TESTDATA = Path.of("testdata");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext ctx = TestContexts.capturing(out, err);
        return HeadroomCommand.run(args, ctx);
    }

    private List<JsonNode> jsonLines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void ebuCase1ThroughAWavFileReadsMinus23() throws IOException {
        // EBU Tech 3341 case 1: stereo 1 kHz sine at -23 dBFS for 20 s must read M = S = I = -23.0 ± 0.1.
        float[] tone = TestSignals.quantise(TestSignals.sine(48000, 20, 1000, -23), 24);
        Path file = dir.resolve("ebu-1.wav");
        WavWriter.write(file, 48000, WavWriter.SampleFormat.PCM_24, TestSignals.channels(tone, 2));

        assertEquals(0, run("analyze", "--json", file.toString()), err.toString());
        JsonNode report = jsonLines().get(0);
        assertEquals(-23.0, report.at("/loudness/integratedLufs").asDouble(), 0.1);
        assertEquals(-23.0, report.at("/loudness/maxShortTermLufs").asDouble(), 0.1);
        assertEquals(-23.0, report.at("/levels/samplePeakDbfs").asDouble(), 0.01, "peak of a -23 dBFS sine");
        assertEquals(-26.01, report.at("/levels/rmsDbfs").asDouble(), 0.01, "RMS of a sine is 3.01 dB under its peak");
        assertEquals(2304.0, report.at("/format/bitRateKbps").asDouble(), 1e-9, "48 kHz x 24 bit x 2");
        assertEquals(0, report.at("/clipping/clippedSamples").asLong());
    }

    @Test
    void silenceHasUndefinedLoudnessAsNullNeverANumber() throws IOException {
        Path file = dir.resolve("silence.wav");
        WavWriter.write(file, 48000, WavWriter.SampleFormat.PCM_16, new float[2][48000 * 2]);
        assertEquals(0, run("analyze", "--json", file.toString()));
        JsonNode report = jsonLines().get(0);
        for (String pointer : List.of("/loudness/integratedLufs", "/loudness/loudnessRangeLu",
                "/loudness/maxMomentaryLufs", "/levels/samplePeakDbfs", "/levels/truePeakDbtp", "/levels/rmsDbfs")) {
            assertTrue(report.at(pointer).isNull(), pointer + " should be null for silence, was " + report.at(pointer));
        }
        assertFalse(out.toString().contains("NaN") || out.toString().contains("Infinity"));
    }

    /** Frame counts from soxi on the fixtures, and for the MP3s the length of the WAV they were encoded from. */
    @ParameterizedTest
    @CsvSource({"dialogue-clipped-hum-48000-2-24.wav, 471484", "sine-44100-1-16.aiff, 11025",
            "sine-48000-2-fl32.aifc, 4800", "sine-48000-2-24.flac, 12000", "sine-44100-1-16.flac, 22050",
            "sine-8000-1-8.flac, 4000", "sine1k-44100-2-128k-cbr.mp3, 88200", "tone-48000-1-vbr.mp3, 72000",
            "sine440-48000-2-q3.ogg, 72000"})
    void everyFormatInTestdataIsAnalysedToItsFullLength(String name, long frames) throws IOException {
        assertEquals(0, run("analyze", "--json", TESTDATA.resolve(name).toString()), err.toString());
        JsonNode report = jsonLines().get(0);
        assertEquals(frames, report.at("/format/frames").asLong(), name);
        double seconds = report.at("/format/durationSeconds").asDouble();
        // Integrated loudness needs one whole 400 ms gating block; the shortest fixtures are under it.
        assertEquals(seconds >= 0.4, report.at("/loudness/integratedLufs").isNumber(),
                name + ": I is defined exactly when a 400 ms block fits");
        assertTrue(report.at("/format/bitRateKbps").asDouble() > 0);
    }

    @Test
    void theDemoTakeShowsItsClippedShout() throws IOException {
        assertEquals(0, run("analyze", "--json", TESTDATA.resolve("dialogue-clipped-hum-48000-2-24.wav").toString()));
        JsonNode report = jsonLines().get(0);
        assertTrue(report.at("/clipping/clippedSamples").asLong() > 100, "the shout is clipped");
        double firstClip = report.at("/clipping/events/0/startSeconds").asDouble();
        assertTrue(firstClip > 2.0 && firstClip < 5.0, "the clipped shout is the second line, at " + firstClip);
    }

    @Test
    void aLoudMp3IsSeenAboveFullScale() throws IOException {
        // The fixture is a full-level square wave through LAME: its decoded waveform overshoots 0 dBFS,
        // which a 16-bit decoder would hide by clipping.
        assertEquals(0, run("analyze", "--json", TESTDATA.resolve("clipped-loud-44100-2.mp3").toString()));
        JsonNode report = jsonLines().get(0);
        assertTrue(report.at("/levels/samplePeakDbfs").asDouble() > 0.0);
        assertTrue(report.at("/levels/truePeakDbtp").asDouble() > 0.0);
        assertEquals("CBR", report.at("/format/bitRateMode").asText());
    }

    @Test
    void unreadableFilesGiveOneLineEachAndExit3WhileTheOthersAreStillReported() throws IOException {
        Path text = dir.resolve("notes.wav");
        Files.writeString(text, "Hello, this is not audio at all", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.flac");
        int code = run("analyze", "--json", text.toString(), TESTDATA.resolve("sine-44100-1-16.aiff").toString(),
                missing.toString(), dir.toString());
        assertEquals(3, code);
        assertEquals(1, jsonLines().size(), "the readable file is still reported");
        String[] lines = err.toString().strip().split("\n");
        assertEquals(3, lines.length, err.toString());
        assertTrue(lines[0].contains("notes.wav"), lines[0]);
        assertTrue(lines[1].contains("missing.flac"), lines[1]);
        assertFalse(err.toString().contains("Exception"), "no stack trace or exception name: " + err);
    }

    @Test
    void aCrashedRecordersWavIsReadToTheEndWithAFinding() throws IOException {
        float[] tone = TestSignals.quantise(TestSignals.sine(48000, 3, 440, -12), 16);
        Path file = dir.resolve("crashed.wav");
        WavWriter.write(file, 48000, WavWriter.SampleFormat.PCM_16, new float[][] {tone});
        byte[] bytes = Files.readAllBytes(file);
        // zero the RIFF and data sizes, as a recorder that never closed its file leaves them
        for (int i = 4; i < 8; i++) bytes[i] = 0;
        int data = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("data");
        for (int i = data + 4; i < data + 8; i++) bytes[i] = 0;
        Files.write(file, bytes);

        assertEquals(0, run("analyze", "--json", file.toString()), err.toString());
        JsonNode report = jsonLines().get(0);
        assertEquals(3.0, report.at("/format/durationSeconds").asDouble(), 1e-3);
        boolean repaired = false;
        for (JsonNode f : report.get("findings")) repaired |= "FILE_REPAIRED".equals(f.get("kind").asText());
        assertTrue(repaired, "a finding says the header was repaired");
    }

    @Test
    void presetCheckFailsAHotFileAgainstEbuR128() throws IOException {
        assertEquals(0, run("analyze", "--json", "--preset", "ebu-r128",
                TESTDATA.resolve("dialogue-clipped-hum-48000-2-24.wav").toString()));
        JsonNode report = jsonLines().get(0);
        assertFalse(report.at("/preset/passed").asBoolean(), "about -10 LUFS is far from -23");
    }
}
