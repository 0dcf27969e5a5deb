package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.headroom.analysis.QcLogWriter;
import org.headroom.audio.Recorder;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code headroom monitor} on a file played as live: the same engine and the same numbers as analyze. */
class MonitorCommandTest {
    /** What the issue asks; the live path runs the same Analyzer, so in practice the figures are equal. */
    private static final double LEVEL_TOLERANCE_DB = 0.2;

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext ctx = TestContexts.capturing(out, err);
        return HeadroomCommand.run(args, ctx);
    }

    private List<JsonNode> lines() throws IOException {
        return TestContexts.jsonLines(out);
    }

    /** 2 s of a tone over noise, 24-bit stereo, with a clipped run at 1 s so there is a finding to stream. */
    private Path take(String name, double seconds) throws IOException {
        float[] left = TestSignals.quantise(TestSignals.mix(TestSignals.sine(48000, seconds, 440, -12),
                TestSignals.whiteNoise(48000, seconds, -50, 3)), 24);
        float[] right = TestSignals.quantise(TestSignals.sine(48000, seconds, 660, -18), 24);
        for (int i = 48000; i < 48010; i++) left[i] = 1.0f;
        Path file = dir.resolve(name);
        WavWriter.write(file, 48000, WavWriter.SampleFormat.PCM_24, new float[][] {left, right});
        return file;
    }

    @Test
    void aFilePlayedLiveReadsAsAnalyzeReadsItAndIsRecorded() throws IOException {
        Path file = take("scene.wav", 2.0);
        assertEquals(0, run("analyze", "--json", file.toString()), err.toString());
        JsonNode analyzed = lines().get(0);

        Path rec = dir.resolve("rec.wav");
        Path log = dir.resolve("qc.csv");
        assertEquals(0, run("monitor", "--device", "file:" + file, "--json", "--record", rec.toString(),
                "--log", log.toString(), "--scene", "5", "--take", "2"), err.toString());
        List<JsonNode> lines = lines();
        JsonNode summary = lines.get(lines.size() - 1);
        for (String p : List.of("/levels/samplePeakDbfs", "/levels/truePeakDbtp", "/levels/rmsDbfs",
                "/levels/channels/0/rmsDbfs", "/levels/channels/1/rmsDbfs", "/loudness/integratedLufs")) {
            assertEquals(analyzed.at(p).asDouble(), summary.at(p).asDouble(), LEVEL_TOLERANCE_DB, p);
        }
        JsonNode monitor = summary.get("monitor");
        assertEquals("file:" + file, monitor.get("device").asText());
        assertEquals("48000:24:2", monitor.get("format").asText());
        assertEquals(2.0, monitor.get("seconds").asDouble(), 0.011);
        assertEquals(0, monitor.get("overruns").asLong());
        assertEquals(0, monitor.get("droppedFrames").asLong());
        assertEquals("input-ended", monitor.get("stoppedBy").asText());
        assertEquals(96000, monitor.at("/recording/frames").asLong());
        assertEquals(rec.toString(), monitor.at("/recording/file").asText());

        // Every line before the summary is a finding with analyze's field names plus its event and id, and the clip is among them.
        Set<String> findingFields = new java.util.HashSet<>(names(analyzed.get("findings").get(0)));
        findingFields.addAll(Set.of("event", "id"));
        List<JsonNode> streamed = lines.subList(0, lines.size() - 1);
        assertFalse(streamed.isEmpty());
        for (JsonNode f : streamed) assertEquals(findingFields, names(f), f.toString());
        Set<Integer> ids = new java.util.HashSet<>();
        for (JsonNode f : streamed) {
            if (f.get("event").asText().equals("finding")) assertTrue(ids.add(f.get("id").asInt()), "each finding is printed once: " + f);
            else assertTrue(ids.contains(f.get("id").asInt()), "an update follows its finding: " + f);
        }
        for (JsonNode f : summary.get("findings")) {
            assertTrue(f.get("id").isNull() || ids.contains(f.get("id").asInt()), "the summary names the streamed id: " + f);
        }
        assertTrue(streamed.stream().anyMatch(f -> f.get("kind").asText().equals("CLIPPING")
                && Math.abs(f.get("startSeconds").asDouble() - 1.0) < 0.001));

        // The recording is the input, bit for bit in level, with the scene and take in its bext.
        assertTrue(Files.exists(rec));
        assertFalse(Files.exists(Recorder.inProgressFile(rec)));
        assertEquals(0, run("analyze", "--json", rec.toString()), err.toString());
        JsonNode recorded = lines().get(0);
        assertEquals(analyzed.at("/levels/rmsDbfs").asDouble(), recorded.at("/levels/rmsDbfs").asDouble(), 1e-9);
        assertEquals("BWF", recorded.at("/format/container").asText());
        assertTrue(recorded.at("/metadata/bext.description").asText().contains("sSCENE=5"));

        List<String> csv = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(String.join(",", QcLogWriter.COLUMNS), csv.get(0));
        assertTrue(csv.stream().anyMatch(l -> l.contains(",CLIPPING,ERROR,1,")), csv.toString());
    }

    /**
     * The duplicates a pipeline saw: a noise floor that gets quieter every half second (so the
     * quietest moment behind the NOISE finding moves) and a clip burst that keeps growing for 2 s.
     */
    @Test
    void aGrowingOrWanderingFindingIsPrintedOnceThenOnlyUpdated() throws IOException {
        double seconds = 3.0;
        float[][] noise = new float[6][];
        for (int i = 0; i < 6; i++) noise[i] = TestSignals.whiteNoise(48000, 0.5, -36 - 2 * i, 11 + i);
        float[] left = TestSignals.concat(noise);
        for (int at = 24000; at < 120000; at += 4800) for (int i = at; i < at + 5; i++) left[i] = 1.0f;
        Path file = dir.resolve("growing.wav");
        WavWriter.write(file, 48000, WavWriter.SampleFormat.PCM_24, new float[][] {TestSignals.quantise(left, 24)});
        assertEquals(0, run("monitor", "--device", "file:" + file, "--json"), err.toString());
        List<JsonNode> lines = lines();
        List<JsonNode> streamed = lines.subList(0, lines.size() - 1);

        List<JsonNode> noiseLines = streamed.stream().filter(f -> f.get("kind").asText().equals("NOISE")).toList();
        assertEquals(1, noiseLines.stream().filter(f -> f.get("event").asText().equals("finding")).count(), noiseLines.toString());
        JsonNode lastNoise = noiseLines.get(noiseLines.size() - 1);
        assertTrue(lastNoise.get("startSeconds").asDouble() > noiseLines.get(0).get("startSeconds").asDouble(),
                "the quietest moment moved (so keying on the start would have printed it again): " + noiseLines);
        assertEquals(noiseLines.get(0).get("id"), lastNoise.get("id"));

        List<JsonNode> clipLines = streamed.stream().filter(f -> f.get("kind").asText().equals("CLIPPING")).toList();
        assertEquals(1, clipLines.stream().filter(f -> f.get("event").asText().equals("finding")).count(), clipLines.toString());
        assertTrue(clipLines.stream().allMatch(f -> f.get("id").equals(clipLines.get(0).get("id"))), clipLines.toString());
        // the last clip run starts at 2.4 s: the burst's final extent reaches the summary's and the stream's last line
        assertEquals(2.4, clipLines.get(clipLines.size() - 1).get("endSeconds").asDouble(), 0.001);
        assertTrue(clipLines.size() <= 1 + Math.ceil(seconds / org.headroom.cli.MonitorRun.UPDATE_EVERY_SECONDS) + 1,
                "updates at most once per interval, plus the last: " + clipLines.size());
    }

    @Test
    void secondsStopsTheMonitorEarly() throws IOException {
        Path file = take("long.wav", 3.0);
        assertEquals(0, run("monitor", "--device", "file:" + file, "--json", "--seconds", "1"), err.toString());
        List<JsonNode> lines = lines();
        JsonNode monitor = lines.get(lines.size() - 1).get("monitor");
        assertEquals("seconds", monitor.get("stoppedBy").asText());
        double seconds = monitor.get("seconds").asDouble();
        assertTrue(seconds >= 1.0 && seconds < 1.3, "ran " + seconds + " s");
        assertTrue(monitor.get("recording").isNull());
    }

    @Test
    void secondsRecordsExactlyThatManyFramesFromAFileAndFromTheDemo() throws IOException {
        Path file = take("long3.wav", 3.0);
        Path rec = dir.resolve("rec-file.wav");
        assertEquals(0, run("monitor", "--device", "file:" + file, "--json", "--seconds", "1.2345", "--record", rec.toString()), err.toString());
        List<JsonNode> lines = lines();
        JsonNode monitor = lines.get(lines.size() - 1).get("monitor");
        assertEquals("seconds", monitor.get("stoppedBy").asText());
        long expected = Math.round(1.2345 * 48000); // 59 256 frames, to the sample
        assertEquals(expected, monitor.get("recording").get("frames").asLong());
        assertEquals(1.2345, monitor.get("seconds").asDouble(), 0.00051, "the summary rounds to a millisecond: half of one, and a hair for binary fractions");
        try (var s = org.headroom.audio.AudioFiles.open(rec)) {
            assertEquals(expected, s.format().frames(), "frames in the WAV on disk");
        }
        Path demo = dir.resolve("rec-demo.wav");
        assertEquals(0, run("monitor", "--device", "demo", "--seconds", "0.5", "--record", demo.toString()), err.toString());
        try (var s = org.headroom.audio.AudioFiles.open(demo)) {
            assertEquals(Math.round(0.5 * s.format().sampleRate()), s.format().frames(), "demo take recorded to the sample");
        }
    }

    @Test
    void anUnfinishedTakeInTheRecordingFolderIsRepairedFirst() throws IOException {
        Path old = dir.resolve("old.wav");
        WavWriter.write(old, 48000, WavWriter.SampleFormat.PCM_24, new float[][] {TestSignals.sine(48000, 0.5, 1000, -20)});
        Files.move(old, Recorder.inProgressFile(old));
        Path file = take("in.wav", 2.0);
        assertEquals(0, run("monitor", "--device", "file:" + file, "--seconds", "0.3", "--record",
                dir.resolve("new.wav").toString()), err.toString());
        assertTrue(err.toString().contains("recovered old.wav"), err.toString());
        assertTrue(Files.exists(old));
        assertTrue(Files.exists(dir.resolve("new.wav")));
        assertTrue(out.toString().contains("Monitored file:"), out.toString());
    }

    @Test
    void aMissingInputIsOneLineAndExitThree() {
        assertEquals(ExitCode.UNREADABLE, run("monitor", "--device", "file:" + dir.resolve("none.wav"), "--json"));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("headroom: "), err.toString());
        assertEquals("", out.toString());

        assertEquals(ExitCode.UNREADABLE, run("monitor", "--device", "no-such-device-xyz", "--seconds", "1"));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("no-such-device-xyz"), err.toString());
    }

    @Test
    void withNoDeviceAndNoDeviceNamedNothingIsRecordedAndTheExitIsThree() {
        Path takeFile = dir.resolve("take.wav");
        out = new StringWriter();
        err = new StringWriter();
        int status = HeadroomCommand.run(new String[] {"monitor", "--seconds", "3", "--record", takeFile.toString(),
                "--scene", "12", "--take", "3"}, TestContexts.withoutDevices(out, err));
        assertEquals(ExitCode.UNREADABLE, status, err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("headroom: ") && err.toString().contains("no capture devices"), err.toString());
        assertFalse(Files.exists(takeFile), "no take.wav");
        assertFalse(Files.exists(Recorder.inProgressFile(takeFile)), "no take.wav.recording either");
    }

    @Test
    void theDemoChosenOnASystemWithoutDevicesIsRecordedAndSaysItIsTheDemo() throws IOException {
        Path takeFile = dir.resolve("demo.wav");
        out = new StringWriter();
        err = new StringWriter();
        int status = HeadroomCommand.run(new String[] {"monitor", "--device", "demo", "--seconds", "0.5", "--record",
                takeFile.toString(), "--scene", "12", "--take", "3"}, TestContexts.withoutDevices(out, err));
        assertEquals(0, status, err.toString());
        try (var s = org.headroom.audio.AudioFiles.open(takeFile)) {
            String description = s.format().metadata().getOrDefault("bext.description", "");
            assertTrue(description.startsWith(org.headroom.audio.DemoInput.TAKE_DESCRIPTION), description);
            assertTrue(description.contains("12") && description.contains("3"), "scene and take kept: " + description);
        }
    }

    @Test
    void formatsAreCheckedBeforeAnyDeviceIsOpened() {
        assertEquals(ExitCode.UNREADABLE, run("monitor", "--format", "48000:20:2", "--seconds", "1"));
        assertEquals("headroom: unsupported format: bits must be 16, 24 or 32: 20", err.toString().strip());
        assertEquals(ExitCode.USAGE, run("monitor", "--format", "loud", "--seconds", "1"));
        assertEquals(ExitCode.USAGE, run("monitor", "--seconds", "-2"));
    }

    @Test
    void listsDevicesAsJsonLines() throws IOException {
        assertEquals(0, run("monitor", "--list-devices", "--json"), err.toString());
        for (JsonNode d : lines()) assertTrue(d.has("name") && d.get("formats").isArray(), d.toString());
    }

    private static Set<String> names(JsonNode n) {
        Set<String> s = new HashSet<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) s.add(it.next());
        return s;
    }
}
