package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.headroom.preset.PresetException;
import org.junit.jupiter.api.Test;

class AdvicePresetsTest {
    /** Maven runs tests from the project folder, where presets/ lives. */
    static final Path PRESETS = Path.of("presets");

    private static final String CARDIOID = """
            {"id": "x", "name": "X", "pattern": "cardioid", "a": 0.5, "b": 0.5, "micTypes": ["handheld"],
             "windSensitivity": 3, "handlingSensitivity": 3, "visibility": 4, "proximityEffect": true,
             "sources": {"a": "s", "b": "s", "windSensitivity": "s", "handlingSensitivity": "s", "visibility": "s"}}
            """;

    static Map<String, Microphone> microphones() throws PresetException {
        return AdvicePresets.loadMicrophones(PRESETS).stream().collect(Collectors.toMap(Microphone::id, Function.identity()));
    }

    /** The bundled scoring weights. */
    static ScoringWeights scoring() throws PresetException {
        return TuningPresets.loadScoring(PRESETS);
    }

    /** The bundled NC curves. */
    static NoiseCriteria noiseCriteria() throws PresetException {
        return TuningPresets.loadNoiseCriteria(PRESETS);
    }

    static Map<String, Environment> environments() throws PresetException {
        return AdvicePresets.loadEnvironments(PRESETS).stream().collect(Collectors.toMap(Environment::id, Function.identity()));
    }

    @Test
    void theWholeCatalogueLoads() throws Exception {
        Map<String, Microphone> mics = microphones();
        assertEquals(Set.of("omni", "wide-cardioid", "cardioid", "supercardioid", "hypercardioid", "figure-8", "shotgun",
                "lavalier-omni", "lavalier-cardioid", "boundary"), mics.keySet());
        Microphone shotgun = mics.get("shotgun");
        assertEquals(3.0, shotgun.distanceFactor(Microphone.SPEECH_HZ), 0.02, "DI is printed to 0.1 dB, ±0.6 % on the distance factor 3");
        assertEquals(2.0, shotgun.distanceFactor(200), 1e-9, "below the tube's onset it is its hypercardioid capsule");
        assertEquals(1372, shotgun.tube().orElseThrow().onsetHz(), 1, "c/L for 25 cm");
        assertEquals(PatternId.OMNI, mics.get("lavalier-omni").pattern());
        assertEquals("presets/microphones/cardioid.json", mics.get("cardioid").file());
    }

    @Test
    void allTenEnvironmentsLoadWithSensibleCriticalDistances() throws Exception {
        Map<String, Environment> envs = environments();
        assertTrue(envs.keySet().containsAll(List.of("studio", "living-room", "office", "classroom", "church-hall",
                "stairwell", "car", "street", "restaurant", "windy-exterior")), envs.keySet().toString());
        assertTrue(envs.get("street").outdoor() && envs.get("street").room().isEmpty());
        double stair = envs.get("stairwell").room().orElseThrow().criticalDistance();
        double church = envs.get("church-hall").room().orElseThrow().criticalDistance();
        assertEquals(0.49, stair, 0.006, "reference §2.1 table, stairwell row");
        assertEquals(2.55, church, 0.05, "reference §2.1 table, church row printed 2.6");
    }

    @Test
    void aValidFileParses() throws Exception {
        Microphone m = AdvicePresets.microphone("presets/microphones/x.json", CARDIOID);
        assertEquals(PolarPattern.CARDIOID, m.capsule());
    }

    private static String fails(String json) {
        return assertThrows(PresetException.class, () -> AdvicePresets.microphone("presets/microphones/x.json", json)).getMessage();
    }

    @Test
    void coefficientsThatDoNotSumToOneAreRefused() {
        assertEquals("presets/microphones/x.json: A + B must equal 1 (got 1.2)", fails(CARDIOID.replace("\"b\": 0.5", "\"b\": 0.7")));
    }

    @Test
    void eachMistakeGetsItsOwnLine() {
        assertEquals("presets/microphones/x.json: a cardioid has A in 0.45..0.55 (got A = 0.25)",
                fails(CARDIOID.replace("\"a\": 0.5, \"b\": 0.5", "\"a\": 0.25, \"b\": 0.75")));
        assertEquals("presets/microphones/x.json: 'id' is \"y\" but the file is named x.json", fails(CARDIOID.replace("\"id\": \"x\"", "\"id\": \"y\"")));
        assertTrue(fails(CARDIOID.replace("\"cardioid\"", "\"bidirectional\"")).startsWith("presets/microphones/x.json: 'pattern' must be one of omni, wide-cardioid"));
        assertTrue(fails(CARDIOID.replace("\"handheld\"", "\"stand\"")).contains("'micTypes' may hold only handheld, lavalier"));
        assertEquals("presets/microphones/x.json: 'windSensitivity' must be a whole number 1..5 (got 9)", fails(CARDIOID.replace("\"windSensitivity\": 3", "\"windSensitivity\": 9")));
        assertEquals("presets/microphones/x.json: 'sources' must say where 'visibility' comes from", fails(CARDIOID.replace(", \"visibility\": \"s\"", "")));
        assertTrue(fails(CARDIOID.replace("\"proximityEffect\": true", "\"proximityEffect\": false")).contains("'proximityEffect' is false but B = 0.5"));
        assertTrue(fails(CARDIOID.replace("\"name\"", "\"nmae\"")).contains("unknown field 'nmae'"));
        assertEquals("presets/microphones/x.json: only a shotgun has 'tubeLengthMetres' and 'directivityIndexDb'",
                fails(CARDIOID.replace("\"micTypes\"", "\"tubeLengthMetres\": 0.25, \"micTypes\"")));
        assertTrue(fails("{\"id\": ").startsWith("presets/microphones/x.json: not valid JSON"));
    }

    @Test
    void aShotgunTubeMustAddDirectivity() {
        String weak = CARDIOID.replace("\"cardioid\"", "\"shotgun\"").replace("\"micTypes\"", "\"tubeLengthMetres\": 0.25, \"directivityIndexDb\": 3, \"micTypes\"")
                .replace("\"visibility\": \"s\"", "\"visibility\": \"s\", \"tubeLengthMetres\": \"s\", \"directivityIndexDb\": \"s\"");
        assertEquals("presets/microphones/x.json: 'directivityIndexDb' 3 must exceed the capsule's own 4.771 dB (the tube only adds)", fails(weak));
    }

    @Test
    void environmentsAreCheckedToo() {
        String outdoorWithRoom = """
                {"id": "e", "name": "E", "outdoor": true, "rt60Seconds": 1, "noiseDba": 50, "noiseTiltDbPerOctave": -3,
                 "windLikelihood": 0.5, "sources": {"noiseDba": "s", "noiseTiltDbPerOctave": "s", "windLikelihood": "s", "rt60Seconds": "s"}}
                """;
        var e = assertThrows(PresetException.class, () -> AdvicePresets.environment("presets/environments/e.json", outdoorWithRoom));
        assertEquals("presets/environments/e.json: an outdoor environment has no 'volumeCubicMetres', 'rt60Seconds' or 'deskOrStand' (free field, no furniture)", e.getMessage());
        String indoorWithoutFurniture = outdoorWithRoom.replace("\"outdoor\": true", "\"outdoor\": false")
                .replace("\"rt60Seconds\": 1,", "\"rt60Seconds\": 1, \"volumeCubicMetres\": 50,").replace("\"rt60Seconds\": \"s\"", "\"rt60Seconds\": \"s\", \"volumeCubicMetres\": \"s\"");
        e = assertThrows(PresetException.class, () -> AdvicePresets.environment("presets/environments/e.json", indoorWithoutFurniture));
        assertEquals("presets/environments/e.json: 'deskOrStand' must be true or false", e.getMessage());
        String windy = outdoorWithRoom.replace("\"rt60Seconds\": 1, ", "").replace("0.5", "1.5");
        e = assertThrows(PresetException.class, () -> AdvicePresets.environment("presets/environments/e.json", windy));
        assertEquals("presets/environments/e.json: 'windLikelihood' must be between 0 and 1 (got 1.5)", e.getMessage());
    }
}
