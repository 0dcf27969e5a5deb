package org.headroom.cli;

import static org.headroom.testsupport.TestSignals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.headroom.audio.WavWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code headroom advise} on the bundled presets and on a generated recording. */
class AdviseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RATE = 48000;
    private static final Set<String> PATTERNS = Set.of("omni", "wide-cardioid", "cardioid", "supercardioid", "hypercardioid", "figure-8", "shotgun");
    private static final Set<String> TYPES = Set.of("handheld", "lavalier", "boom", "boundary", "studio", "on-camera");

    @TempDir
    static Path dir;
    static Path recording;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Room tone, a clap, speech: a 0.8 s room (clapper at the critical distance), speech about 50 dB over pink noise, hum at −60 dBFS. */
    @BeforeAll
    static void record() throws Exception {
        float[] h = roomImpulse(RATE, 0.8, 0, 9);
        float[] speech = placeAt(RATE, convolve(speechLike(RATE, 15, -20, 9), h), 6, 22);
        float[] clap = placeAt(RATE, convolve(clap(RATE, -6, 9), h), 3, 22);
        float[] x = mix(speech, clap, pinkNoise(RATE, 22, -72, 19), hum(RATE, 22, 50, -60, -6, -10));
        recording = dir.resolve("location.wav");
        WavWriter.write(recording, RATE, WavWriter.SampleFormat.PCM_24, new float[][] {x});
    }

    private int run(String... args) {
        return runWith(List.of(Path.of("presets")), args);
    }

    private int runWith(List<Path> presetFolders, String... args) {
        return HeadroomCommand.run(args, TestContexts.capturing(out, err, presetFolders));
    }

    /** The scoring weights come off the search path like the catalogue: a copy in front changes the advice, a bad one is one line. */
    @Test
    void scoringWeightsAreReadFromTheSearchPath() throws Exception {
        Path mine = dir.resolve("my-presets");
        Files.createDirectories(mine.resolve("advisor"));
        String weights = Files.readString(Path.of("presets/advisor/scoring.json"));
        String[] windyInterview = {"advise", "--environment", "street", "--wind", "--talkers", "2", "--shared-mic", "--on-camera",
                "--mic-may-show", "--distance", "1.5", "--json"};
        assertEquals(ExitCode.OK, runWith(List.of(mine, Path.of("presets")), windyInterview), err.toString());
        assertEquals("omni", JSON.readTree(out.toString()).get("recommendations").get(0).get("pattern").asText());
        out.getBuffer().setLength(0);
        // Wind made free: the omni's advantage in wind (reference section 1.5) is gone, the cardioid's rejection remains.
        Files.writeString(mine.resolve("advisor/scoring.json"), weights.replace("\"windPointsPerStep\": 8", "\"windPointsPerStep\": 0"));
        assertEquals(ExitCode.OK, runWith(List.of(mine, Path.of("presets")), windyInterview), err.toString());
        assertEquals("cardioid", JSON.readTree(out.toString()).get("recommendations").get(0).get("pattern").asText());
        Files.writeString(mine.resolve("advisor/scoring.json"), weights.replace("\"snrScaleDb\": 6", "\"snrScaleDb\": 0"));
        assertEquals(ExitCode.USAGE, runWith(List.of(mine, Path.of("presets")), "advise", "--environment", "street"));
        assertEquals("headroom: " + mine.resolve("advisor/scoring.json") + ": 'snrScaleDb' must be between 0.5 and 30 (got 0)\n",
                err.toString().replace("\r", ""));
    }

    /** --rain: a presenter walking where no mic may show gets a worn mic, not the boom a dry day gives. */
    @Test
    void rainTurnsAWalkFromTheBoomToAWornMic() throws Exception {
        String[] walk = {"advise", "--environment", "rainy-exterior", "--moving", "--on-camera", "--distance", "3", "--json"};
        assertEquals(ExitCode.OK, run(walk), err.toString());
        assertEquals("boom", JSON.readTree(out.toString()).get("recommendations").get(0).get("micType").asText());
        out.getBuffer().setLength(0);
        String[] wet = java.util.Arrays.copyOf(walk, walk.length + 1);
        wet[walk.length] = "--rain";
        assertEquals(ExitCode.OK, run(wet), err.toString());
        var top = JSON.readTree(out.toString()).get("recommendations").get(0);
        assertEquals("lavalier", top.get("micType").asText(), top.toString());
    }

    @Test
    void measuredRecordingGivesTheEnvironmentAndARankedList() throws Exception {
        assertEquals(ExitCode.OK, run("advise", "--recording", recording.toString(), "--environment", "living-room",
                "--on-camera", "--distance", "2", "--json"), err.toString());
        JsonNode root = JSON.readTree(out.toString());
        JsonNode env = root.get("environment");
        assertEquals("clap", env.get("rt60Method").asText());
        assertEquals(0.8, env.get("rt60Seconds").asDouble(), 0.12, "±15 % from a clap");
        assertEquals(50, env.get("hum").get("frequencyHz").asDouble(), 1);
        assertEquals(-60, env.get("hum").get("levelDbfs").asDouble(), 3);
        assertTrue(env.get("snrDb").isNumber() && env.get("noiseFloorDbfs").isNumber());
        assertFalse(env.get("wind").asBoolean());
        assertTrue(env.get("hiss").isBoolean());
        // living room 50 m³ with the measured RT60: Dc = 0.057·√(V/RT60)
        assertEquals(0.057 * Math.sqrt(50 / env.get("rt60Seconds").asDouble()), env.get("criticalDistanceMetres").asDouble(), 0.01);
        JsonNode recs = root.get("recommendations");
        assertTrue(recs.size() > 3);
        double previous = Double.MAX_VALUE;
        for (JsonNode r : recs) {
            assertTrue(PATTERNS.contains(r.get("pattern").asText()), r.toString());
            assertTrue(TYPES.contains(r.get("micType").asText()), r.toString());
            assertTrue(r.get("score").asDouble() <= previous);
            previous = r.get("score").asDouble();
            assertTrue(r.get("reasons").isArray() && r.get("accessories").isArray() && r.get("numbers").isObject());
            assertTrue(r.get("placement").isTextual());
            assertFalse(Set.of("handheld", "studio", "boundary").contains(r.get("micType").asText()), "on camera, nothing may show");
        }
        assertTrue(recs.get(0).get("reasons").toString().contains("Hum was detected"), recs.get(0).toString());
        assertEquals(0, env.get("cautions").size(), "a good take has no caution: " + env.get("cautions"));
    }

    /** A muted input records zeros: the advice still comes, with a caution that says what to check, in JSON and in text. */
    @Test
    void aSilentTakeComesWithACaution() throws Exception {
        Path silent = dir.resolve("muted.wav");
        WavWriter.write(silent, RATE, WavWriter.SampleFormat.PCM_24, new float[][] {silence(RATE, 12)});
        assertEquals(ExitCode.OK, run("advise", "--recording", silent.toString(), "--json"), err.toString());
        JsonNode cautions = JSON.readTree(out.toString()).get("environment").get("cautions");
        assertTrue(cautions.toString().contains("digital silence"), cautions.toString());
        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, run("advise", "--recording", silent.toString()), err.toString());
        assertTrue(out.toString().contains("  ! 12 s of the 12 s is digital silence"), out.toString());
        assertTrue(out.toString().contains("Noise by octave: not measured"), out.toString());
    }

    @Test
    void textNamesTheTopChoiceWithReasonsAndTheMeasurement() {
        assertEquals(ExitCode.OK, run("advise", "--recording", recording.toString(), "--room-volume", "60"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("RT60: 0."), text);
        assertTrue(text.contains("from clap"), text);
        assertTrue(text.contains("Hum: 50 Hz"), text);
        assertTrue(text.contains("Critical distance:"), text);
        assertTrue(text.contains("\nUse: "), text);
        assertTrue(text.contains("Runners-up:"), text);
    }

    @Test
    void presetsAloneWork() throws Exception {
        assertEquals(ExitCode.OK, run("advise", "--environment", "church-hall", "--on-camera", "--distance", "2", "--json"), err.toString());
        JsonNode root = JSON.readTree(out.toString());
        assertTrue(root.get("environment").get("rt60Method").isNull());
        assertEquals(2.5, root.get("environment").get("rt60Seconds").asDouble(), 1e-9);
        assertTrue(root.get("environment").get("noiseFloorDbfs").isNull());
        assertTrue(Set.of("boom", "lavalier").contains(root.get("recommendations").get(0).get("micType").asText()),
                "reference §4.1 reverberant hall: a hypercardioid boom or a lavalier");
    }

    @Test
    void aSoloWalkerGetsNoBoomAndNoHandheld() throws Exception {
        assertEquals(ExitCode.OK, run("advise", "--environment", "street", "--moving", "--on-camera", "--mic-may-show",
                "--distance", "0.7", "--solo", "--json"), err.toString());
        JsonNode recs = JSON.readTree(out.toString()).get("recommendations");
        recs.forEach(r -> assertFalse(java.util.Set.of("boom", "handheld").contains(r.get("micType").asText()), r.toString()));
        assertEquals("lavalier", recs.get(0).get("micType").asText());
    }

    @Test
    void aLiveEventGetsNoBoom() throws Exception {
        String[] sermon = {"advise", "--environment", "church-hall", "--on-camera", "--moving", "--distance", "4", "--json"};
        assertEquals(ExitCode.OK, run(sermon), err.toString());
        assertEquals("boom", JSON.readTree(out.toString()).get("recommendations").get(0).get("micType").asText());
        out.getBuffer().setLength(0);
        String[] live = java.util.Arrays.copyOf(sermon, sermon.length + 1);
        live[sermon.length] = "--live-event";
        assertEquals(ExitCode.OK, run(live), err.toString());
        JsonNode recs = JSON.readTree(out.toString()).get("recommendations");
        recs.forEach(r -> assertFalse(r.get("micType").asText().equals("boom"), r.toString()));
        assertEquals("lavalier", recs.get(0).get("micType").asText());
    }

    @Test
    void outdoorsThereIsNoCriticalDistance() throws Exception {
        assertEquals(ExitCode.OK, run("advise", "--outdoor", "--wind", "--talkers", "2", "--shared-mic", "--json"), err.toString());
        JsonNode env = JSON.readTree(out.toString()).get("environment");
        assertTrue(env.get("criticalDistanceMetres").isNull(), "outdoors there is no critical distance: null, as the contract says");
        assertTrue(env.get("wind").asBoolean());
    }

    @Test
    void anUnreadableRecordingIsOneLineAndExitThree() throws Exception {
        Path text = dir.resolve("notes.wav");
        Files.writeString(text, "hello, not audio");
        assertEquals(ExitCode.UNREADABLE, run("advise", "--recording", text.toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("headroom: "), err.toString());
        assertEquals(ExitCode.UNREADABLE, run("advise", "--recording", dir.resolve("missing.wav").toString()));
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE, run("advise", "--mic-may-show"));
        assertEquals(ExitCode.USAGE, run("advise", "--indoor", "--outdoor"));
        assertEquals(ExitCode.USAGE, run("advise", "--environment", "moon"));
        assertTrue(err.toString().contains("unknown environment 'moon'"), err.toString());
    }

    @Test
    void scenariosCanBeListedAndShown() {
        assertEquals(ExitCode.OK, run("advise", "--list-scenarios"));
        assertTrue(out.toString().lines().count() >= 20, out.toString());
        assertTrue(out.toString().contains("drama-interior"));
        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, run("advise", "--scenario", "drama-interior"));
        assertTrue(out.toString().contains("The guide: hypercardioid on a boom"), out.toString());
        assertTrue(out.toString().contains("Headroom's ranking:"), out.toString());
    }

    /** Issue 14: every recommendation shows its score's parts; the outlook is always present and, when poor, printed first. */
    @Test
    void scorePartsAndTheOutlookAreInTheJsonAndAPoorOutlookLeadsTheText() throws Exception {
        assertEquals(ExitCode.OK, run("advise", "--environment", "vocal-booth", "--distance", "0.3", "--json"), err.toString());
        JsonNode root = JSON.readTree(out.toString());
        assertFalse(root.get("outlook").get("poor").asBoolean());
        assertTrue(root.get("outlook").get("warning").isNull());
        assertEquals(0, root.get("outlook").get("remedies").size());
        JsonNode parts = root.get("recommendations").get(0).get("scoreParts");
        assertTrue(parts.get("speech over noise").isNumber() && parts.get("voice over room").isNumber(), parts.toString());
        out.getBuffer().setLength(0);
        // Four talkers passing one handheld round in a 2 s stairwell: the best choice is poor for its sharing.
        assertEquals(ExitCode.OK, run("advise", "--environment", "stairwell", "--talkers", "4", "--shared-mic", "--distance", "1.5"), err.toString());
        String text = out.toString();
        assertTrue(text.indexOf("WARNING: Even the best choice") >= 0 && text.indexOf("WARNING:") < text.indexOf("Use:"), text);
        assertTrue(text.contains("Bring a mic per talker"), text);
    }
}
