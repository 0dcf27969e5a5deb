package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording process killed with SIGKILL (no shutdown hook, no finally) after a few seconds:
 * the file it leaves must play, lacking at most the last second, and the repair must recover it
 * under its final name with the exact samples that were recorded.
 */
class RecorderCrashTest {
    private static final int RATE = RecordingChild.RATE;
    private static final double RUN_SECONDS = 3.0;

    @TempDir
    Path dir;

    @Test
    void killNineLeavesAPlayableFileAtMostOneSecondShort() throws Exception {
        Path target = dir.resolve("crash.wav");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RecordingChild.class.getName(), target.toString(), "60")
                .redirectErrorStream(true).start();
        double ran;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertEquals("recording", line, "the child started recording");
            long started = System.nanoTime();
            Thread.sleep((long) (RUN_SECONDS * 1000));
            ran = (System.nanoTime() - started) / 1e9;
            child.destroyForcibly(); // SIGKILL on Linux
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }

        Path unfinished = Recorder.inProgressFile(target);
        assertTrue(Files.exists(unfinished), "the take is there under its in-progress name");
        assertFalse(Files.exists(target));
        long headerFrames;
        try (AudioSource s = AudioFiles.open(unfinished)) {
            headerFrames = s.format().frames();
        }
        System.out.printf("ran %.3f s; the header of the killed take covered %.3f s%n", ran, (double) headerFrames / RATE);
        assertTrue(headerFrames >= (ran - 1.0) * RATE, "plays " + headerFrames + " frames after " + ran + " s");

        List<RecordingRepair.Result> results = RecordingRepair.repairAll(dir);
        assertEquals(1, results.size());
        RecordingRepair.Result r = results.get(0);
        assertTrue(r.ok(), r.message());
        assertEquals(target, r.repaired());
        assertFalse(Files.exists(unfinished));
        assertTrue(r.frames() >= headerFrames, "the repair finds at least what the header said");
        assertTrue(r.frames() <= (ran + 0.5) * RATE, "no more than was played: " + r.frames());
        System.out.printf("repaired: %.3f s (%s)%n", r.seconds(), r.message());

        Decoded d = Decoded.read(target);
        assertTrue(d.notices().isEmpty(), "the repaired header is complete: " + d.notices());
        assertEquals(r.frames(), d.frames());
        float[] tone = RecordingChild.loop();
        for (int i = 0; i < d.frames(); i++) {
            if (d.samples()[0][i] != tone[i % RATE] || d.samples()[1][i] != tone[i % RATE]) {
                throw new AssertionError("sample " + i + " differs from what was recorded");
            }
        }
    }
}
