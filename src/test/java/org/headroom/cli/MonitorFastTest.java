package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code monitor --device file:PATH --fast}: the file through the live path without pacing;
 * its summary must say what {@code analyze} says of the same file.
 */
class MonitorFastTest {
    private static final Path TAKE = Path.of("testdata/dialogue-clipped-hum-48000-2-24.wav");
    /** Live I and LRA come from 0.01 LU histograms; the bound against the exact gating is 0.05 LU. */
    private static final double HISTOGRAM_LU = 0.05;

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HeadroomCommand.run(args, TestContexts.capturing(out, err));
    }

    private List<JsonNode> lines() throws IOException {
        return TestContexts.jsonLines(out);
    }

    @Test
    void fastReplaySummaryAgreesWithAnalyzeOnEverySharedField() throws IOException {
        assertEquals(0, run("analyze", "--json", TAKE.toString()), err.toString());
        JsonNode analyzed = lines().get(0);
        assertEquals(0, run("monitor", "--device", "file:" + TAKE, "--fast", "--json"), err.toString());
        List<JsonNode> lines = lines();
        JsonNode live = lines.get(lines.size() - 1);

        for (String p : List.of("/loudness/integratedLufs", "/loudness/loudnessRangeLu")) {
            assertEquals(analyzed.at(p).asDouble(), live.at(p).asDouble(), HISTOGRAM_LU, p);
        }
        // The same meters and detectors on the same samples: equal as printed (the JSON rounds to 0.01).
        for (String p : List.of("/levels/samplePeakDbfs", "/levels/truePeakDbtp", "/levels/rmsDbfs",
                "/levels/channels/0/samplePeakDbfs", "/levels/channels/1/samplePeakDbfs",
                "/levels/channels/0/truePeakDbtp", "/levels/channels/1/truePeakDbtp",
                "/loudness/maxMomentaryLufs", "/loudness/maxShortTermLufs",
                "/clipping/clippedSamples", "/noise/noiseFloorDbfs", "/noise/snrDb",
                "/noise/hum/frequencyHz", "/noise/hum/levelDbfs")) {
            assertTrue(analyzed.at(p).isNumber(), p + " is measured");
            assertEquals(analyzed.at(p).asDouble(), live.at(p).asDouble(), 0.0, p);
        }
        // the same events; their order in the list follows the block size (channel by channel within each block)
        assertEquals(sortedEvents(analyzed), sortedEvents(live), "clip events");
        assertEquals(analyzed.at("/noise/wind"), live.at("/noise/wind"));
        assertEquals(analyzed.at("/noise/hiss"), live.at("/noise/hiss"));
        assertEquals(summaryOf(analyzed.get("findings")), summaryOf(live.get("findings")));
        assertEquals("input-ended", live.at("/monitor/stoppedBy").asText());
        assertEquals(analyzed.at("/format/durationSeconds").asDouble(), live.at("/monitor/seconds").asDouble(), 0.001);
    }

    private static List<String> sortedEvents(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.at("/clipping/events").forEach(e -> out.add(e.toString()));
        out.sort(null);
        return out;
    }

    /** kind, severity, channel, start, end and value of each finding, as a comparable text. */
    private static List<String> summaryOf(JsonNode findings) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings) {
            out.add(f.get("kind").asText() + " " + f.get("severity").asText() + " ch" + f.get("channel") + " "
                    + f.get("startSeconds") + "-" + f.get("endSeconds") + " " + f.get("value"));
        }
        return out;
    }

    @Test
    void fastNeedsAFile() {
        assertEquals(ExitCode.USAGE, run("monitor", "--device", "demo", "--fast"));
        assertTrue(err.toString().contains("--fast needs --device file:PATH"), err.toString());
    }

    /**
     * 25 s of quiet speech (−42 dBFS) then 60 s at −12: TOO_QUIET is judged once there are 10 s
     * of programme, stops being true when the loud part outweighs it, is withdrawn in the stream
     * under its id, and the summary does not hold it.
     */
    @Test
    void aLevelThatComesUpIsWithdrawnInTheStreamAndAbsentFromTheSummary() throws IOException {
        int rate = 16000;
        float[] x = TestSignals.quantise(TestSignals.concat(TestSignals.speechLike(rate, 25, -42, 5),
                TestSignals.speechLike(rate, 60, -12, 6)), 24);
        Path file = dir.resolve("quiet-then-loud.wav");
        WavWriter.write(file, rate, WavWriter.SampleFormat.PCM_24, new float[][] {x});
        assertEquals(0, run("monitor", "--device", "file:" + file, "--fast", "--json"), err.toString());
        List<JsonNode> lines = lines();
        JsonNode summary = lines.get(lines.size() - 1);
        List<JsonNode> quiet = lines.stream().filter(l -> "TOO_QUIET".equals(l.path("kind").asText())
                && "finding".equals(l.get("event").asText())).toList();
        assertEquals(1, quiet.size(), quiet.toString());
        assertTrue(quiet.get(0).get("endSeconds").asDouble() >= 10, "judged on 10 s of programme or more");
        int id = quiet.get(0).get("id").asInt();
        List<JsonNode> withdrawn = lines.stream().filter(l -> "withdraw".equals(l.path("event").asText())
                && l.get("id").asInt() == id).toList();
        assertEquals(1, withdrawn.size(), withdrawn.toString());
        assertEquals(java.util.Set.of("event", "id"), names(withdrawn.get(0)));
        for (JsonNode f : summary.get("findings")) assertTrue(!"TOO_QUIET".equals(f.get("kind").asText()), f.toString());
    }

    private static java.util.Set<String> names(JsonNode n) {
        java.util.Set<String> out = new java.util.HashSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /**
     * Text output for a person: the shout's clip burst is printed when first seen and once more,
     * settled, with the count the summary gives, not with the count of its first 10 ms.
     */
    @Test
    void textPrintsAClipBurstAtOnceAndThenItsFinalCount() throws IOException {
        assertEquals(0, run("monitor", "--device", "file:" + TAKE, "--fast", "--json"), err.toString());
        List<JsonNode> lines = lines();
        String finalMessage = null;
        for (JsonNode f : lines.get(lines.size() - 1).get("findings")) {
            if (f.get("kind").asText().equals("CLIPPING") && f.get("channel").asInt() == 1) finalMessage = f.get("message").asText();
        }
        assertTrue(finalMessage != null && finalMessage.contains("770"), finalMessage);
        assertEquals(0, run("monitor", "--device", "file:" + TAKE, "--fast"), err.toString());
        List<String> clip = out.toString().lines().filter(l -> l.contains("CLIPPING ch 1:")).toList();
        assertEquals(2, clip.size(), clip.toString());
        assertFalse(clip.get(0).contains(finalMessage), "first sight: the count so far");
        assertTrue(clip.get(1).contains("(now) " + finalMessage), clip.toString());
    }

    /** Dropouts (a 5 ms cut to zero, a click) found live by the same rules as analyze: the same findings. */
    @Test
    void liveReplayAndAnalyzeGiveTheSameDropouts() throws IOException {
        int rate = 48000;
        float[] x = TestSignals.speechLike(rate, 8, -18, 9);
        int loud = -1;
        for (int i = rate * 2; i < x.length && loud < 0; i++) if (Math.abs(x[i]) > 0.1) loud = i;
        for (int i = loud; i < loud + 240; i++) x[i] = 0f;
        x[loud + rate * 3] += 0.6f;
        Path file = dir.resolve("dropouts.wav");
        WavWriter.write(file, rate, WavWriter.SampleFormat.PCM_24, new float[][] {TestSignals.quantise(x, 24)});
        assertEquals(0, run("analyze", "--json", file.toString()), err.toString());
        List<String> analyzed = dropouts(lines().get(0).get("findings"));
        assertEquals(0, run("monitor", "--device", "file:" + file, "--fast", "--json"), err.toString());
        List<JsonNode> lines = lines();
        assertEquals(analyzed, dropouts(lines.get(lines.size() - 1).get("findings")));
        assertTrue(analyzed.size() >= 1, analyzed.toString());
    }

    private static List<String> dropouts(JsonNode findings) {
        List<String> out = new ArrayList<>();
        for (String s : summaryOf(findings)) if (s.startsWith("DROPOUT")) out.add(s);
        return out;
    }
}
