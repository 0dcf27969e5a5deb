package org.headroom.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an export: the target name holds what it held before, never a partial file. */
class KillDuringExportTest {
    @TempDir
    Path dir;

    @Test
    void killNineLeavesNoFileUnderTheTargetName() throws Exception {
        Path source = dir.resolve("long.wav");
        WavWriter.write(source, 48000, WavWriter.SampleFormat.PCM_24,
                TestSignals.channels(TestSignals.speechLike(48000, 60, 4), 2));
        for (Codec codec : Codec.values()) {
            Path fresh = dir.resolve("fresh." + codec.extension());
            Path existing = dir.resolve("existing." + codec.extension());
            Files.writeString(existing, "the old file");
            for (Path target : List.of(fresh, existing)) {
                killMidway(source, target, codec);
            }
            assertTrue(Files.notExists(fresh), codec + ": a file appeared under the target name");
            assertEquals("the old file", Files.readString(existing), codec + ": the old file was touched");
            try (Stream<Path> files = Files.list(dir)) {
                // what a kill -9 may leave: hidden .part files, never anything else
                files.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals("long.wav") && !n.startsWith("existing.") && !n.startsWith("fresh."))
                        .forEach(n -> assertTrue(n.startsWith(".") && n.endsWith(".part"), "unexpected " + n));
            }
        }
    }

    private static void killMidway(Path source, Path target, Codec codec) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SlowExportMain.class.getName(), source.toString(), target.toString(), codec.name())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertEquals("writing", line, codec + ": the child never started writing");
            Thread.sleep(300); // let it write some audio into the part file
            assertTrue(partFileExists(target), codec + ": no part file while writing");
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
    }

    private static boolean partFileExists(Path target) {
        File[] files = target.toAbsolutePath().getParent().toFile().listFiles(
                (d, n) -> n.startsWith("." + target.getFileName() + ".") && n.endsWith(".part"));
        return files != null && files.length > 0;
    }
}
