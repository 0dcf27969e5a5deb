package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 while editing: a child JVM edits and autosaves continuously and is killed with
 * {@link Process#destroyForcibly()} (SIGKILL on Linux and macOS) mid-stream; the next open
 * must offer an edit list the child really had, at least as recent as its last report.
 */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void theEditListSurvivesKillMinus9() throws Exception {
        Path audio = Files.writeString(dir.resolve("take.wav"), "not read by the editor's project code");
        EditProject.save(audio, EditList.of(new Edit.Gain(-1)));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AutosaveChild.class.getName(), audio.toString()).redirectErrorStream(true).start();
        int reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                assertTrue(line.startsWith("saved "), "child said: " + line);
                reported = Integer.parseInt(line.substring(6));
                if (reported >= 40) break;
            }
            child.destroyForcibly(); // while it is still editing and writing
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertTrue(reported >= 40, "the child got going (" + reported + ")");

        EditProject.Opened opened = EditProject.open(audio);
        assertEquals(EditList.of(new Edit.Gain(-1)), opened.saved());
        assertTrue(opened.recovered().isPresent(), "the autosave is offered");
        EditList recovered = opened.recovered().get();
        int n = recovered.edits().size();
        assertTrue(n >= reported, "recovered " + n + " edits, the child had reported " + reported);
        for (int k = 1; k <= n; k++) assertEquals(AutosaveChild.cut(k), recovered.edits().get(k - 1));
    }
}
