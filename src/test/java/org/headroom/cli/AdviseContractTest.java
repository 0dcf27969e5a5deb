package org.headroom.cli;

import static org.headroom.testsupport.TestSignals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headroom.audio.WavWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code advise --json}'s contract (issue 11, point 15): every field is there whatever was measured
 * or said, null when not known, so a script reads one shape; and the text's octave bands read as a
 * table, each figure under its frequency.
 */
class AdviseContractTest {
    /** The README's contract for {@code environment}; a field missing from output or README fails. */
    static final List<String> ENVIRONMENT = List.of("noiseFloorDbfs", "snrDb", "rt60Seconds", "rt60Method", "rt60Confidence",
            "rt60Detail", "hum", "wind", "hiss", "criticalDistanceMetres", "noiseOctaveBandsDbfs", "noiseRating", "cautions");
    static final List<String> RECOMMENDATION = List.of("pattern", "micType", "microphone", "score", "reasons", "accessories",
            "placement", "numbers");
    private static final int RATE = 48000;

    @TempDir
    static Path dir;
    static Path recording;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Room tone then speech over pink noise, no clap: what a person records when asked for the place. */
    @BeforeAll
    static void record() throws Exception {
        float[] speech = placeAt(RATE, speechLike(RATE, 12, -20, 5), 5, 18);
        recording = dir.resolve("room.wav");
        WavWriter.write(recording, RATE, WavWriter.SampleFormat.PCM_24, new float[][] {mix(speech, pinkNoise(RATE, 18, -65, 7))});
    }

    private JsonNode json(String... args) throws Exception {
        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, HeadroomCommand.run(args, TestContexts.capturing(out, err)), err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void everyContractFieldIsAlwaysThere() throws Exception {
        List<String[]> asked = List.of(
                new String[] {"advise", "--json"},
                new String[] {"advise", "--outdoor", "--wind", "--json"},
                new String[] {"advise", "--environment", "church-hall", "--distance", "2", "--json"},
                new String[] {"advise", "--recording", recording.toString(), "--json"},
                new String[] {"advise", "--recording", recording.toString(), "--room-volume", "60", "--json"});
        for (String[] args : asked) {
            JsonNode root = json(args);
            String what = String.join(" ", args);
            JsonNode env = root.get("environment");
            for (String field : ENVIRONMENT) assertTrue(env.has(field), what + ": environment." + field + " missing: " + env);
            assertTrue(env.get("cautions").isArray(), what);
            assertTrue(root.get("recommendations").size() > 0, what);
            for (JsonNode r : root.get("recommendations")) {
                for (String field : RECOMMENDATION) assertTrue(r.has(field), what + ": recommendation." + field + " missing");
            }
        }
        // the case: a recording alone does not know the room's size, so no critical distance, said as null
        JsonNode measured = json("advise", "--recording", recording.toString(), "--json").get("environment");
        assertTrue(measured.get("criticalDistanceMetres").isNull(), measured.toString());
        assertTrue(measured.get("noiseOctaveBandsDbfs").isObject(), "a recording's octave bands are measured");
        JsonNode sized = json("advise", "--recording", recording.toString(), "--room-volume", "60", "--json").get("environment");
        assertTrue(sized.get("criticalDistanceMetres").isNumber(), sized.toString());
    }

    @Test
    void theReadmeNamesEveryContractField() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String advise = readme.substring(readme.indexOf("### advise"));
        List<String> missing = new ArrayList<>();
        for (String field : ENVIRONMENT) if (!advise.contains("`" + field + "`")) missing.add(field);
        for (String field : RECOMMENDATION) if (!advise.contains("`" + field + "`")) missing.add(field);
        assertEquals(List.of(), missing, "fields the README's advise contract does not name");
    }

    /** "63 -52 125 -64 250 -116" paired numbers by eye; the table puts each level right under its band. */
    @Test
    void octaveBandsAreATable() throws Exception {
        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, HeadroomCommand.run(new String[] {"advise", "--recording", recording.toString()},
                TestContexts.capturing(out, err)), err.toString());
        List<String> lines = out.toString().replace("\r", "").lines().toList();
        int head = lines.indexOf("  Noise by octave:");
        assertTrue(head >= 0, out.toString());
        String hz = lines.get(head + 1);
        String db = lines.get(head + 2);
        assertTrue(hz.strip().startsWith("Hz ") && db.strip().startsWith("dBFS "), hz + "\n" + db);
        List<String> centres = List.of("63", "125", "250", "500", "1k", "2k", "4k", "8k");
        assertEquals(centres, List.of(hz.strip().substring(2).strip().split("\\s+")));
        String[] levels = db.strip().substring(4).strip().split("\\s+");
        assertEquals(centres.size(), levels.length, db);
        for (String centre : centres) {
            // right-aligned columns: the band's label and its level end in the same column
            int end = hz.indexOf(" " + centre + (centre.equals("8k") ? "" : " ")) + 1 + centre.length();
            assertTrue(Character.isDigit(db.charAt(end - 1)) || db.charAt(end - 1) == '-', "level under " + centre + ": " + db);
            assertTrue(end == db.length() || db.charAt(end) == ' ', "level under " + centre + " ends where its label ends");
        }
    }
}
