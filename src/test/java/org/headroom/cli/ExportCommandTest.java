package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;
    private Path speech;

    @BeforeEach
    void source() throws IOException {
        speech = dir.resolve("speech.wav");
        float[] l = TestSignals.speechLike(48000, 12, 21);
        float[] r = TestSignals.speechLike(48000, 12, 22);
        for (int i = 0; i < l.length; i++) {
            l[i] *= 0.3f;
            r[i] *= 0.3f;
        }
        WavWriter.write(speech, 48000, WavWriter.SampleFormat.PCM_24, new float[][] {l, r});
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext ctx = TestContexts.capturing(out, err);
        return HeadroomCommand.run(args, ctx);
    }

    @Test
    void everyPresetExportsAndPassesItsDeliveryCheck() throws IOException {
        String[][] presets = {{"podcast-mp3-stereo", "mp3"}, {"podcast-mp3-mono", "mp3"}, {"broadcast-wav", "wav"}, {"archive-flac", "flac"}};
        for (String[] p : presets) {
            Path target = dir.resolve("out-" + p[0] + "." + p[1]);
            assertEquals(0, run("export", speech.toString(), "-o", target.toString(), "--preset", p[0], "--json"), p[0] + ": " + out + err);
            JsonNode json = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
            assertTrue(json.get("passed").asBoolean(), p[0] + ": " + json);
            assertTrue(Files.isRegularFile(target));
            for (JsonNode item : json.get("format")) assertTrue(item.get("passed").asBoolean(), item.toString());
        }
    }

    @Test
    void textOutputNamesEachCheck() {
        assertEquals(0, run("export", speech.toString(), "-o", dir.resolve("b.wav").toString(), "--preset", "broadcast-wav"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("True peak"), text);
        assertTrue(text.contains("delivery check against EBU R 128 broadcast: PASS"), text);
    }

    @Test
    void folderOutputForSeveralSources() throws IOException {
        Path second = dir.resolve("second.wav");
        Files.copy(speech, second);
        Path outDir = Files.createDirectory(dir.resolve("out"));
        assertEquals(0, run("export", speech.toString(), second.toString(), "-o", outDir.toString(), "--preset", "archive-flac"), err.toString());
        assertTrue(Files.isRegularFile(outDir.resolve("speech.flac")));
        assertTrue(Files.isRegularFile(outDir.resolve("second.flac")));
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        byte[] before = Files.readAllBytes(speech);
        assertEquals(2, run("export", speech.toString(), "-o", speech.toString(), "--preset", "broadcast-wav"));
        assertTrue(err.toString().contains("never overwrites"), err.toString());
        assertEquals(2, run("export", speech.toString(), "-o", dir.resolve("x.wav").toString(), "--preset", "no-such-preset"));
        assertTrue(err.toString().contains("available: archive-flac"), err.toString());
        assertEquals(2, run("export", speech.toString(), "-o", dir.resolve("missing/x.wav").toString(), "--preset", "broadcast-wav"));
        assertEquals(2, run("export", speech.toString()));
        assertEquals(before.length, Files.readAllBytes(speech).length);
    }

    @Test
    void unreadableInputExitsThree() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.wav"), "not audio at all");
        assertEquals(3, run("export", text.toString(), "-o", dir.resolve("o.wav").toString(), "--preset", "broadcast-wav"));
        assertTrue(err.toString().contains("notes.wav"), err.toString());
        assertEquals(3, run("export", dir.resolve("nothing.wav").toString(), "-o", dir.resolve("o.wav").toString(), "--preset", "broadcast-wav"));
        assertFalse(Files.exists(dir.resolve("o.wav")));
    }

    @Test
    void failedDeliveryCheckExitsFour() throws IOException {
        // a preset whose limiter ceiling lies above its delivery ceiling cannot pass on loud material
        Path presets = Files.createDirectories(dir.resolve("presets/export"));
        Files.writeString(presets.resolve("too-hot.json"), """
                {"name": "too-hot", "title": "Too hot", "codec": "wav", "bitsPerSample": 24,
                 "integratedLufs": -8.0, "truePeakCeilingDbtp": 0.0, "delivery": "ebu-r128",
                 "sources": {"bitsPerSample": "test", "integratedLufs": "test", "truePeakCeilingDbtp": "test"}}
                """);
        out = new StringWriter();
        err = new StringWriter();
        CliContext ctx = TestContexts.capturing(out, err, List.of(dir.resolve("presets"), Path.of("presets")));
        int status = HeadroomCommand.run(new String[] {"export", speech.toString(), "-o", dir.resolve("hot.wav").toString(),
                "--preset", "too-hot"}, ctx);
        assertEquals(4, status, out.toString() + err);
        assertTrue(out.toString().contains("FAIL"), out.toString());
        assertTrue(Files.exists(dir.resolve("hot.wav")), "the file is written; only its check failed");
    }
}
