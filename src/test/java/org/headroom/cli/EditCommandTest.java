package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.SourceFormat;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code headroom edit} end to end: real files, the real engine and the real presets. */
class EditCommandTest {
    private static final int RATE = 48000;
    private static final String ISSUE_EDL = "{\"crossfadeMs\": 10, \"edits\": [{\"op\": \"cut\", \"start\": 5.0, \"end\": 7.5}, "
            + "{\"op\": \"fadeIn\", \"length\": 1.0, \"shape\": \"equal-power\"}, {\"op\": \"fadeOut\", \"length\": 2.0, \"shape\": \"linear\"}, "
            + "{\"op\": \"gain\", \"db\": -3.0}]}";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext ctx = TestContexts.capturing(out, err);
        return HeadroomCommand.run(args, ctx);
    }

    private Path take(String name, double seconds, double activeRms) throws Exception {
        Path file = dir.resolve(name);
        WavWriter.write(file, RATE, WavWriter.SampleFormat.PCM_24, new float[][] {TestSignals.speechLike(RATE, seconds, activeRms, 9)});
        return file;
    }

    private Path edl(String json) throws Exception {
        return Files.writeString(dir.resolve("edits-" + json.hashCode() + ".json"), json);
    }

    private static SourceFormat format(Path file) throws Exception {
        try (AudioSource s = AudioFiles.open(file)) {
            return s.format();
        }
    }

    @Test
    void theIssuesEditListRendersAndLeavesTheSourceAlone() throws Exception {
        Path source = take("take.wav", 12, -20);
        byte[] before = Files.readAllBytes(source);
        Path target = dir.resolve("out.wav");
        assertEquals(0, run("edit", source.toString(), "--edl", edl(ISSUE_EDL).toString(), "-o", target.toString()), err.toString());
        assertEquals((long) (9.5 * RATE), format(target).frames());
        assertEquals(24, format(target).bitsPerSample());
        assertArrayEquals(before, Files.readAllBytes(source));
        assertTrue(out.toString().contains("9.500 s (source 12.000 s)"), out.toString());
    }

    @Test
    void theSourceIsNeverTheOutput() throws Exception {
        Path source = take("take.wav", 3, -20);
        byte[] before = Files.readAllBytes(source);
        assertEquals(2, run("edit", source.toString(), "--edl", edl(ISSUE_EDL).toString(), "-o", source.toString()));
        assertTrue(err.toString().contains("would overwrite a source"), err.toString());
        assertEquals(2, run("edit", source.toString(), "--edl", edl(ISSUE_EDL).toString(), "-o",
                dir.resolve(".").resolve("take.wav").toString()));
        assertArrayEquals(before, Files.readAllBytes(source));
    }

    @Test
    void badInputsGiveOneLineAndTheirStatus() throws Exception {
        Path source = take("take.wav", 10, -20);
        Path bad = Files.writeString(dir.resolve("edits.json"), "{\"edits\": [{\"op\": \"gain\", \"db\": 1}, {\"op\": \"cut\", \"start\": 9.0, \"end\": 7.5}]}");
        assertEquals(2, run("edit", source.toString(), "--edl", bad.toString(), "-o", dir.resolve("o.wav").toString()));
        assertEquals("headroom: edits.json: edit 2 (cut): end 7.5 is before start 9.0\n", err.toString());
        assertEquals(3, run("edit", dir.resolve("missing.wav").toString(), "--edl", edl(ISSUE_EDL).toString(), "-o", dir.resolve("o.wav").toString()));
        assertEquals(3, run("edit", source.toString(), "--edl", dir.resolve("none.json").toString(), "-o", dir.resolve("o.wav").toString()));
        Path text = Files.writeString(dir.resolve("notes.wav"), "hello there");
        assertEquals(3, run("edit", text.toString(), "--edl", edl(ISSUE_EDL).toString(), "-o", dir.resolve("o.wav").toString()));
        Path late = edl("{\"edits\": [{\"op\": \"cut\", \"start\": 20, \"end\": 21}]}");
        assertEquals(2, run("edit", source.toString(), "--edl", late.toString(), "-o", dir.resolve("o.wav").toString()));
        assertEquals(2, run("edit", source.toString(), "--edl", edl(ISSUE_EDL).toString(), "-o", dir.resolve("o.wav").toString(), "--format", "mp3"));
        assertEquals(2, run("edit", source.toString(), "--edl", edl(ISSUE_EDL).toString(), "-o", dir.resolve("o.wav").toString(), "--preset", "nope"));
        assertEquals(2, run("edit", source.toString(), "-o", dir.resolve("o.wav").toString()));
        assertFalse(Files.exists(dir.resolve("o.wav")));
    }

    @Test
    void aPresetCheckPassesAfterNormalisingAndFailsWithout() throws Exception {
        Path source = take("take.wav", 20, -32);
        Path normalise = edl("{\"edits\": [{\"op\": \"normaliseLoudness\", \"lufs\": -19, \"ceiling\": -1.5}]}");
        assertEquals(0, run("edit", source.toString(), "--edl", normalise.toString(), "-o", dir.resolve("n.wav").toString(),
                "--preset", "podcast-mono"), err.toString());
        assertTrue(out.toString().contains("passes Podcast, mono"), out.toString());
        assertEquals(4, run("edit", source.toString(), "--edl", edl(ISSUE_EDL).toString(), "-o", dir.resolve("q.wav").toString(),
                "--preset", "podcast-mono"));
        assertTrue(err.toString().contains("fails Podcast, mono: Integrated loudness"), err.toString());
        assertTrue(Files.exists(dir.resolve("q.wav")), "the file is written; the check only reports");
    }

    @Test
    void manySourcesGoToAFolderInOneCommand() throws Exception {
        Path a = take("a.wav", 3, -20);
        Path b = take("b.wav", 4, -20);
        Path trim = edl("{\"edits\": [{\"op\": \"trim\", \"start\": 0.5, \"end\": -0.5}]}");
        assertEquals(0, run("edit", a.toString(), b.toString(), "--edl", trim.toString(), "-o", dir.resolve("out").toString() + "/",
                "--format", "wav16"), err.toString());
        assertEquals(2 * RATE, format(dir.resolve("out/a.wav")).frames());
        assertEquals(3 * RATE, format(dir.resolve("out/b.wav")).frames());
        assertEquals(16, format(dir.resolve("out/b.wav")).bitsPerSample());
    }
}
