package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.LostLines;
import org.headroom.audio.TakeInfo;
import org.headroom.preset.AnalysisDefaults;
import org.headroom.preset.PresetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capture device lost mid-take (read returns nothing though nobody closed the line): exit 3,
 * "input-failed", an INPUT_FAILED line with the time, and the recording finished up to there.
 */
class MonitorLostInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aLostDeviceIsInputFailedWithItsTimeAndThePlayableTake() throws Exception {
        long lostAt = 48000 + 24000; // 1.5 s
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = TestContexts.capturing(out, err);
        AnalysisDefaults d = PresetLoader.of(List.of(Path.of("presets"))).analysisDefaults();
        AnalysisSettings settings = new AnalysisSettings(d.clipRun(), d.clipThresholdDbfs(), null, d.truePeakCeilingDbtp(), d.detection());
        Path take = dir.resolve("take.wav");
        MonitorRun.Options options = new MonitorRun.Options(null, take, null, true, null, TakeInfo.NONE, false);
        int status = new MonitorRun(ctx, new MonitorInput(LostLines.lostAfter(lostAt), "fake interface", List.of()), settings, options).run();

        assertEquals(ExitCode.UNREADABLE, status, err.toString());
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) if (!l.isBlank()) lines.add(JSON.readTree(l));
        JsonNode monitor = lines.get(lines.size() - 1).get("monitor");
        assertEquals("input-failed", monitor.get("stoppedBy").asText());
        assertEquals(1.5, monitor.get("inputFailure").get("seconds").asDouble(), 1e-3, "to the millisecond the summary keeps");
        JsonNode event = lines.stream().filter(n -> "INPUT_FAILED".equals(n.path("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no INPUT_FAILED line: " + out));
        assertEquals("ERROR", event.get("severity").asText());
        assertEquals(1.5, event.get("startSeconds").asDouble(), 1e-3);
        assertEquals(take.toAbsolutePath().toString(), monitor.get("recording").get("file").asText());
        try (AudioSource s = AudioFiles.open(take)) {
            assertEquals(lostAt, s.format().frames(), "every frame that came is in the finished take");
        }
        assertTrue(err.toString().contains("input failed"), err.toString());
    }
}
