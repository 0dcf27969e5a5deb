package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.headroom.audio.Recorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM (what Ctrl+C and a service manager send) ends the take cleanly: recording finished, summary printed. */
class MonitorSignalTest {
    @TempDir
    Path dir;

    @Test
    void sigtermFinishesTheRecordingAndPrintsTheSummary() throws Exception {
        Path rec = dir.resolve("signal.wav");
        Path stdout = dir.resolve("out.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.headroom.Main",
                "monitor", "--device", "demo", "--json", "--record", rec.toString())
                .redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // wait until the take is running (its file exists), then let it record a while
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Files.exists(Recorder.inProgressFile(rec)) && System.nanoTime() < deadline) Thread.sleep(50);
            assertTrue(Files.exists(Recorder.inProgressFile(rec)), "recording started");
            Thread.sleep(2000);
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(143, p.exitValue(), "the JVM's status after SIGTERM");
        assertTrue(Files.exists(rec), "the take is finished under its own name");
        assertFalse(Files.exists(Recorder.inProgressFile(rec)));
        List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
        JsonNode summary = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertEquals("signal", summary.at("/monitor/stoppedBy").asText());
        assertEquals("demo", summary.at("/monitor/device").asText());
        double seconds = summary.at("/monitor/seconds").asDouble();
        assertTrue(seconds > 0.5, "recorded " + seconds + " s"); // the 2 s wait includes the child JVM starting its capture
        assertEquals(Math.round(seconds * 48000), summary.at("/monitor/recording/frames").asLong(), 480.0,
                "the recording holds what was monitored");
    }
}
