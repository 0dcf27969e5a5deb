package org.headroom.cli;

import static org.headroom.testsupport.TestSignals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.headroom.audio.WavWriter;
import org.headroom.preset.PresetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code headroom advise --listen} without a sound card: the usage rules, a device that is not
 * there, and {@code --device file:PATH} (a file played as live, as for monitor), whose figures
 * must be the file's own. AdvisePulseTest listens to a real device.
 */
class AdviseListenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RATE = 16_000;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), (f, s, p, l) -> null,
                () -> PresetLoader.of(List.of(Path.of("presets"))), false, false);
        return HeadroomCommand.run(args, ctx);
    }

    @Test
    void listeningTimeOutsideTenToThirtySecondsIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("advise", "--listen", "9"));
        assertTrue(err.toString().contains("--listen: listen for 10 to 30 seconds, not 9"), err.toString());
        assertEquals(ExitCode.USAGE, run("advise", "--listen", "31"));
        assertEquals(ExitCode.USAGE, run("advise", "--listen", "20", "--recording", "x.wav"));
        assertTrue(err.toString().contains("use --recording or --listen, not both"), err.toString());
        assertEquals(ExitCode.USAGE, run("advise", "--device", "USB"));
        assertTrue(err.toString().contains("--device needs --listen"), err.toString());
    }

    @Test
    void aMissingDeviceIsOneLineAndExitThree() {
        assertEquals(ExitCode.UNREADABLE, run("advise", "--listen", "10", "--device", "no-such-device-7f3a"));
        String said = err.toString();
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.startsWith("headroom: capture device 'no-such-device-7f3a': "), said);
        assertEquals("", out.toString(), "no advice without a measurement");
    }

    /**
     * A 6 s file played as live ends before the 10 s asked: the figures cover what came, and are
     * the very figures --recording reads from the file (same samples, same measurement; the
     * JSON rounds them, so they must agree exactly).
     */
    @Test
    void aFilePlayedAsLiveGivesTheFilesFigures() throws Exception {
        float[] h = roomImpulse(RATE, 0.5, 3, 5);
        float[] x = mix(placeAt(RATE, convolve(speechLike(RATE, 4, -20, 5), h), 1.5, 6), pinkNoise(RATE, 6, -55, 15));
        Path file = dir.resolve("room-16000-1-24.wav");
        WavWriter.write(file, RATE, WavWriter.SampleFormat.PCM_24, new float[][] {x});
        assertEquals(ExitCode.OK, run("advise", "--recording", file.toString(), "--json"), err.toString());
        JsonNode recorded = JSON.readTree(out.toString()).get("environment");
        out.getBuffer().setLength(0);

        long started = System.nanoTime();
        assertEquals(ExitCode.OK, run("advise", "--listen", "10", "--device", "file:" + file, "--json"), err.toString());
        double took = (System.nanoTime() - started) / 1e9;
        JsonNode heard = JSON.readTree(out.toString()).get("environment");
        for (String f : List.of("noiseFloorDbfs", "snrDb", "hiss", "wind")) assertEquals(recorded.get(f), heard.get(f), f);
        String said = err.toString();
        assertTrue(said.contains("listening for 10 s to 'file:" + file + "': 5 s of quiet room tone, then talk"), said);
        assertTrue(said.contains("Quiet, please") && said.contains("Now talk"), "the cue follows the time: " + said);
        assertTrue(said.contains("the input ended after 6.0 s"), said);
        assertTrue(took >= 5.5, "played at the speed of a sound card, not read at once: " + took + " s");
    }
}
