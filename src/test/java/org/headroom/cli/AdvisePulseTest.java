package org.headroom.cli;

import static org.headroom.testsupport.TestSignals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.headroom.audio.CaptureDevices;
import org.headroom.audio.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code headroom advise --listen} on a real capture device: paplay plays a synthesised room
 * recording into the PulseAudio null sink whose monitor is the default source, and the live
 * figures must match what {@code --recording} reads from the same file. Runs only with
 * {@code -Dheadroom.pulse=true} (after start-null-sink.sh); then a missing device fails.
 */
@EnabledIfSystemProperty(named = "headroom.pulse", matches = "true")
class AdvisePulseTest {
    private static final int RATE = 48_000;
    private static final double FILE_SECONDS = 16;
    private static final double NOISE_RMS_DBFS = -50;
    /**
     * Listening hears 10 s of the 16 s file, starting wherever the player happens to be (about
     * 1–2 s in): its quietest 500 ms is picked from fewer windows of the same pink noise, and its
     * 50 ms frames fall differently on the repeated speech. Measuring 10 s windows of the file
     * itself at offsets 0.5–3 s moved the floor by up to 0.3 dB and the SNR by up to 0.9 dB from
     * the whole file's (three seeds); the null sink's 16 bits add nothing at −50 dBFS.
     */
    static final double FLOOR_TOLERANCE_DB = 0.5;
    static final double SNR_TOLERANCE_DB = 1.2;

    @TempDir
    Path dir;

    @Test
    void listeningToAPlayedRoomReadsTheFilesNoiseFloorAndSnr() throws Exception {
        if (CaptureDevices.list().isEmpty()) {
            fail("headroom.pulse=true but javax.sound sees no capture device: did start-null-sink.sh run, "
                    + "and does this JVM see its HOME (for ~/.asoundrc) and PULSE_SERVER?");
        }
        float[] x = listeningTake(RATE, FILE_SECONDS, 5, NOISE_RMS_DBFS, 21);
        Path wav = dir.resolve("room-48000-2-16.wav");
        WavWriter.write(wav, RATE, WavWriter.SampleFormat.PCM_16, new float[][] {x, x});
        JsonNode recorded = run("advise", "--recording", wav.toString(), "--json").get("environment");

        Process player = new ProcessBuilder("paplay", "--device=vsink", wav.toString()).redirectErrorStream(true).start();
        JsonNode heard;
        try {
            Thread.sleep(1000); // the player is flowing, so the listening starts in room tone and ends in speech
            heard = run("advise", "--listen", "10", "--json").get("environment");
        } finally {
            player.destroy();
            player.waitFor(5, TimeUnit.SECONDS);
        }
        System.out.printf("noise floor: file %.2f, live %.2f dBFS; SNR: file %.2f, live %.2f dB; RT60 file %s, live %s%n",
                recorded.get("noiseFloorDbfs").asDouble(), heard.get("noiseFloorDbfs").asDouble(),
                recorded.get("snrDb").asDouble(), heard.get("snrDb").asDouble(), recorded.get("rt60Seconds"), heard.get("rt60Seconds"));
        assertEquals(recorded.get("noiseFloorDbfs").asDouble(), heard.get("noiseFloorDbfs").asDouble(), FLOOR_TOLERANCE_DB, "noise floor");
        assertEquals(recorded.get("snrDb").asDouble(), heard.get("snrDb").asDouble(), SNR_TOLERANCE_DB, "SNR");
        // the quietest 500 ms of steady pink noise is its RMS less a few tenths of a dB
        assertEquals(NOISE_RMS_DBFS, recorded.get("noiseFloorDbfs").asDouble(), 1.0, "the file's floor is the noise");
        assertEquals(false, heard.get("wind").asBoolean());
    }

    /** The JSON object a command printed, run in this JVM; stderr goes to the test's output. */
    private static JsonNode run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = TestContexts.capturing(out, err);
        int status = HeadroomCommand.run(args, ctx);
        System.out.print(err);
        assertEquals(0, status, String.join(" ", args) + ": " + err);
        return new ObjectMapper().readTree(out.toString());
    }
}
