package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code headroom edit} with the effect edits, end to end: a whole clean-up chain renders and says
 * what it decided; bad effect edits are exit 2 with one line naming the edit; a recording to match
 * is found beside the edit list and its RT60 measured; one that cannot be read is exit 3 naming it.
 */
class EffectEditsCommandTest {
    private static final int RATE = 48000;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HeadroomCommand.run(args, TestContexts.capturing(out, err));
    }

    private Path take() throws Exception {
        Path file = dir.resolve("take.wav");
        float[] x = TestSignals.mix(TestSignals.speechLike(RATE, 4, -10, 3), TestSignals.pinkNoise(RATE, 4, -45, 4));
        for (int i = 0; i < x.length; i++) x[i] = Math.max(-1f, Math.min(1f, x[i] * 2)); // clipped
        WavWriter.write(file, RATE, WavWriter.SampleFormat.PCM_24, new float[][] {x, x});
        return file;
    }

    private int edit(String edits) throws Exception {
        Path edl = Files.writeString(dir.resolve("edits.json"), "{\"edits\": [" + edits + "]}");
        return run("edit", take().toString(), "--edl", edl.toString(), "-o", dir.resolve("out.wav").toString());
    }

    @Test
    void theCleanUpChainRendersAndSaysWhatItDecided() throws Exception {
        int status = edit("{\"op\": \"declip\"}, {\"op\": \"denoise\"}, {\"op\": \"eq\", \"preset\": \"warm\"}, {\"op\": \"level\"}, "
                + "{\"op\": \"compress\"}, {\"op\": \"reverb\", \"room\": \"living-room\", \"start\": 1, \"end\": 2}");
        assertEquals(0, status, err.toString());
        String said = out.toString();
        assertTrue(said.contains("declip:") && said.contains("lowered by"), said);
        assertTrue(said.contains("denoise: noise profile"), said);
        assertTrue(said.contains("reverb: room living-room"), said);
        assertTrue(Files.size(dir.resolve("out.wav")) > 4 * RATE * 2 * 3, "4 s of 24-bit stereo written");
    }

    @Test
    void badEffectEditsAreExit2NamingTheEdit() throws Exception {
        String[][] cases = {
                {"{\"op\": \"gain\", \"db\": 1}, {\"op\": \"eq\", \"preset\": \"moon\"}", "edit 2 (eq)", "unknown preset 'moon'"},
                {"{\"op\": \"reverb\", \"rt60\": 0}", "edit 1 (reverb)", "rt60 0.0 must be more than 0"},
                {"{\"op\": \"reverb\", \"rt60\": -1}", "edit 1 (reverb)", "must be more than 0"},
                {"{\"op\": \"reverb\", \"room\": \"cave\"}", "edit 1 (reverb)", "unknown room 'cave'"},
                {"{\"op\": \"reverb\", \"room\": \"street\"}", "edit 1 (reverb)", "outdoors"},
                {"{\"op\": \"eq\", \"preset\": \"warm\", \"start\": 9, \"end\": 12}", "edit 1 (eq)", "outside the source"},
                {"{\"op\": \"denoise\", \"profileStart\": 7, \"profileEnd\": 8}", "edit 1 (denoise)", "outside the source"},
                {"{\"op\": \"eq\", \"bands\": [{\"type\": \"bell\", \"hz\": 100}]}", "edit 1 (eq)", "unknown band type 'bell'"},
                {"{\"op\": \"eq\", \"bands\": [{\"type\": \"peak\", \"hz\": 30000}]}", "edit 1 (eq)", "half the sample rate"},
                {"{\"op\": \"compress\", \"ratio\": 0.5}", "edit 1 (compress)", "ratio 0.5 is outside 1..100"},
                {"{\"op\": \"reverb\", \"matchRecording\": \"nowhere.wav\"}", "edit 1 (reverb)", "nowhere.wav: no such file"},
        };
        for (String[] c : cases) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertEquals(2, edit(c[0]), c[0] + " -> " + err);
            String line = err.toString().strip();
            assertEquals(1, line.lines().count(), "one line: " + line);
            assertTrue(line.contains(c[1]) && line.contains(c[2]), c[0] + " -> " + line);
            assertFalse(line.contains("Exception"), line);
        }
    }

    @Test
    void matchRecordingIsFoundBesideTheEditListAndMeasured() throws Exception {
        int rate = 16000;
        float[] h = TestSignals.roomImpulse(rate, 1.0, 0, 7);
        float[] room = TestSignals.mix(TestSignals.placeAt(rate, TestSignals.convolve(TestSignals.clap(rate, -6, 7), h), 1, 6),
                TestSignals.pinkNoise(rate, 6, -75, 8));
        Path sub = Files.createDirectories(dir.resolve("lists"));
        WavWriter.write(sub.resolve("hall.wav"), rate, WavWriter.SampleFormat.PCM_24, new float[][] {room});
        Path edl = Files.writeString(sub.resolve("match.json"), "{\"edits\": [{\"op\": \"reverb\", \"matchRecording\": \"hall.wav\"}]}");
        assertEquals(0, run("edit", take().toString(), "--edl", edl.toString(), "-o", dir.resolve("m.wav").toString()), err.toString());
        Matcher m = Pattern.compile("RT60 ([0-9.]+) s measured from").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertEquals(1.0, Double.parseDouble(m.group(1)), 0.15, "the advisor's clap estimate, within its own 15 %");
    }

    @Test
    void anUnreadableRecordingToMatchIsExit3NamingIt() throws Exception {
        Files.writeString(dir.resolve("notes.wav"), "not audio at all");
        assertEquals(3, edit("{\"op\": \"reverb\", \"matchRecording\": \"notes.wav\"}"), err.toString());
        assertTrue(err.toString().contains("notes.wav"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
