package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code headroom edit} with layers, room tone and pauses: files, exits and the float format. */
class MixingCommandTest {
    private static final int RATE = 48000;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HeadroomCommand.run(args, TestContexts.capturing(out, err));
    }

    private Path wav(Path file, float[] samples) throws Exception {
        Files.createDirectories(file.getParent());
        WavWriter.write(file, RATE, WavWriter.SampleFormat.PCM_24, new float[][] {samples});
        return file;
    }

    @Test
    void aRelativeLayerIsFoundBesideTheEditListAndFloatKeepsWhatGoesOverFullScale() throws Exception {
        Path source = wav(dir.resolve("take.wav"), TestSignals.sine(RATE, 3, 1000, -1));
        wav(dir.resolve("show/bed.wav"), TestSignals.sine(RATE, 2, 1000, -1));
        Path edl = Files.writeString(dir.resolve("show/edits.json"),
                "{\"edits\": [{\"op\": \"layer\", \"file\": \"bed.wav\", \"at\": 0.5}, {\"op\": \"pause\", \"at\": 2.5, \"length\": 0.5}]}");
        Path target = dir.resolve("out.wav");
        assertEquals(0, run("edit", source.toString(), "--edl", edl.toString(), "-o", target.toString(), "--format", "float"), err.toString());
        assertTrue(out.toString().contains("room tone: "), out.toString());
        float peak = 0;
        try (AudioSource s = AudioFiles.open(target)) {
            assertEquals((long) (3.5 * RATE), s.format().frames());
            float[][] block = new float[1][8192];
            for (int n; (n = s.read(block)) > 0; ) {
                for (int i = 0; i < n; i++) peak = Math.max(peak, Math.abs(block[0][i]));
            }
        }
        // two in-phase sines at −1 dBFS add to +5 dBFS: float keeps it (1.78), a PCM format would clip at 1
        assertEquals(2 * Math.pow(10, -1 / 20.0), peak, 0.001);
    }

    @Test
    void aMissingLayerIsAUsageErrorNamingTheEditAndAnUnreadableOneAnInputErrorNamingTheFile() throws Exception {
        Path source = wav(dir.resolve("take.wav"), TestSignals.sine(RATE, 3, 1000, -20));
        Path target = dir.resolve("out.wav");
        Path missing = Files.writeString(dir.resolve("missing.json"), "{\"edits\": [{\"op\": \"layer\", \"file\": \"nope.wav\", \"at\": 1}]}");
        assertEquals(2, run("edit", source.toString(), "--edl", missing.toString(), "-o", target.toString()));
        assertEquals("headroom: missing.json: take.wav: edit 1 (layer): file " + dir.resolve("nope.wav") + " not found\n", err.toString());

        err.getBuffer().setLength(0);
        Files.writeString(dir.resolve("notes.wav"), "not audio at all");
        Path unreadable = Files.writeString(dir.resolve("bad.json"), "{\"edits\": [{\"op\": \"layer\", \"file\": \"notes.wav\", \"at\": 1}]}");
        assertEquals(3, run("edit", source.toString(), "--edl", unreadable.toString(), "-o", target.toString()));
        assertTrue(err.toString().startsWith("headroom: notes.wav: "), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());

        err.getBuffer().setLength(0);
        wav(dir.resolve("short.wav"), TestSignals.sine(RATE, 1, 1000, -20));
        Path past = Files.writeString(dir.resolve("past.json"),
                "{\"edits\": [{\"op\": \"layer\", \"file\": \"short.wav\", \"at\": 1, \"from\": 2}]}");
        assertEquals(2, run("edit", source.toString(), "--edl", past.toString(), "-o", target.toString()));
        assertEquals("headroom: past.json: take.wav: edit 1 (layer): from 2.0 is past the end of short.wav (1.000 s long)\n", err.toString());

        err.getBuffer().setLength(0);
        Path late = Files.writeString(dir.resolve("late.json"), "{\"edits\": [{\"op\": \"layer\", \"file\": \"short.wav\", \"at\": 4}]}");
        assertEquals(2, run("edit", source.toString(), "--edl", late.toString(), "-o", target.toString()));
        assertEquals("headroom: late.json: take.wav: edit 1 (layer): at 4.0 is outside the source (3.000 s long)\n", err.toString());
        assertFalse(Files.exists(target), "nothing written");
    }
}
