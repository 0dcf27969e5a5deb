package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code monitor --device file:PATH --fast}: the file through the live path without pacing;
 * its summary must say what {@code analyze} says of the same file.
 */
class MonitorFastTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TAKE = Path.of("testdata/dialogue-clipped-hum-48000-2-24.wav");
    /** Live I and LRA come from 0.01 LU histograms; the bound against the exact gating is 0.05 LU. */
    private static final double HISTOGRAM_LU = 0.05;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HeadroomCommand.run(args, TestContexts.capturing(out, err));
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString().split("\n")) if (!line.isBlank()) nodes.add(JSON.readTree(line));
        return nodes;
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
}
