package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The advisor's tunables as data: the bundled files load, bad ones are one line, a changed weight moves the ranking. */
class TuningPresetsTest {
    private static final String SCORING_FILE = "presets/advisor/scoring.json";
    private static final String NC_FILE = "presets/advisor/noise-criteria.json";

    private static String bundled(String relative) throws Exception {
        return Files.readString(AdvicePresetsTest.PRESETS.resolve(relative));
    }

    private static String scoringFails(String json) {
        return assertThrows(PresetException.class, () -> TuningPresets.scoring(SCORING_FILE, json)).getMessage();
    }

    private static String ncFails(String json) {
        return assertThrows(PresetException.class, () -> TuningPresets.noiseCriteria(NC_FILE, json)).getMessage();
    }

    @Test
    void theBundledFilesLoadFromTheFolderAndFromTheJarsCopy() throws Exception {
        ScoringWeights folder = AdvicePresetsTest.scoring();
        // PresetLoader.of(List.of()) searches only the copies bundled on the class path, as a lone jar does.
        ScoringWeights jar = TuningPresets.scoring(PresetLoader.of(List.of()));
        assertTrue(jar.file().startsWith("built-in presets/advisor/scoring.json"), jar.file());
        for (ScoringWeights.Weight w : ScoringWeights.Weight.values()) assertEquals(folder.get(w), jar.get(w), w.field());
        NoiseCriteria nc = TuningPresets.noiseCriteria(PresetLoader.of(List.of()));
        assertEquals(List.of(15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70), nc.curves().stream().map(NoiseCriteria.Curve::nc).toList());
    }

    @Test
    void aPlaceIsRatedByTheLowestCurveNoBandExceeds() throws Exception {
        NoiseCriteria nc = AdvicePresetsTest.noiseCriteria();
        double[] onNc35 = nc.curves().get(4).levelsDb();
        assertEquals(35, nc.rate(onNc35), "a spectrum lying exactly on NC-35 does not exceed it");
        double[] oneBandOver = onNc35.clone();
        oneBandOver[3] += 0.5;
        assertEquals(40, nc.rate(oneBandOver), "half a dB over in one band is enough to need the next curve");
        double[] loud = new double[8];
        Arrays.fill(loud, 100);
        assertEquals(71, nc.rate(loud), "above the last curve");
        double[] unknownTop = onNc35.clone();
        unknownTop[7] = Double.NaN;
        assertEquals(35, nc.rate(unknownTop), "a band above Nyquist is not counted");
    }

    @Test
    void aBadScoringFileNamesTheFileAndTheField() throws Exception {
        String good = bundled(TuningPresets.SCORING);
        assertEquals(SCORING_FILE + ": 'snrMidDb' is missing (a number between -20 and 60)",
                scoringFails(good.replace("\"snrMidDb\": 15,", "")));
        assertEquals(SCORING_FILE + ": 'windPointsPerStep' must be between 0 and 30 (got -8)",
                scoringFails(good.replace("\"windPointsPerStep\": 8", "\"windPointsPerStep\": -8")));
        assertEquals(SCORING_FILE + ": 'hidingPoints' must be a number",
                scoringFails(good.replace("\"hidingPoints\": 5", "\"hidingPoints\": \"five\"")));
        assertTrue(scoringFails(good.replace("\"spillPointsPerDb\": 2,", "\"spillPointsPerDb\": 2, \"spilPointsPerDb\": 2,"))
                .startsWith(SCORING_FILE + ": unknown field 'spilPointsPerDb'"));
        assertEquals(SCORING_FILE + ": 'sources' must say where 'clarityScaleDb' comes from",
                scoringFails(good.replaceAll("\"clarityScaleDb\": \"[^\"]*\",", "")));
        for (String message : List.of(scoringFails(good.replace("\"snrMidDb\": 15,", "")), scoringFails("{"))) {
            assertEquals(1, message.lines().count(), message);
        }
    }

    @Test
    void aBadNoiseCriteriaFileNamesTheFileAndTheField() throws Exception {
        String good = bundled(TuningPresets.NOISE_CRITERIA);
        assertEquals(NC_FILE + ": 'curves' NC-40: 'levelsDb' must hold 8 levels, one per band (got 7)",
                ncFails(good.replace("[64, 56, 50, 45, 41, 39, 38, 37]", "[64, 56, 50, 45, 41, 39, 38]")));
        assertEquals(NC_FILE + ": 'curves' NC-40: 'levelsDb' at 500 Hz is below NC-35's",
                ncFails(good.replace("[64, 56, 50, 45, 41, 39, 38, 37]", "[64, 56, 50, 39, 41, 39, 38, 37]")));
        assertEquals(NC_FILE + ": 'curves' NC-20 must come after a lower curve (it follows NC-25)",
                ncFails(good.replace("{\"nc\": 20, \"levelsDb\": [51, 40, 33, 26, 22, 19, 17, 16]},\n", "")
                        .replace("{\"nc\": 30,", "{\"nc\": 20, \"levelsDb\": [58, 49, 42, 36, 32, 30, 29, 28]},\n    {\"nc\": 30,")));
        assertTrue(ncFails(good.replace("[63, 125,", "[50, 125,")).startsWith(NC_FILE + ": 'bandsHz' must be [63, 125"));
        assertEquals(NC_FILE + ": 'sources' must say where 'curves' comes from",
                ncFails(good.replaceAll(",\\s*\"curves\": \"[^\"]*\"", "")));
    }

    /**
     * Reference §1.5: in wind the omni wins because it is less sensitive to it, in spite of the
     * cardioid's 4.8 dB of diffuse rejection. With wind made free in a copy of the weights, that
     * rejection is all that is left, so the cardioid must come first.
     */
    @Test
    void makingWindFreeInACopyHandsTheWindyInterviewToTheCardioid() throws Exception {
        Situation windy = new Scenarios().windyStreetInterview();
        List<Microphone> mics = AdvicePresetsTest.microphones().values().stream().sorted(Comparator.comparing(Microphone::id)).toList();
        Recommendation asBundled = new MicRecommender(mics, AdvicePresetsTest.scoring()).recommend(windy).get(0);
        String windFree = bundled(TuningPresets.SCORING).replace("\"windPointsPerStep\": 8", "\"windPointsPerStep\": 0");
        Recommendation windIgnored = new MicRecommender(mics, TuningPresets.scoring("copy.json", windFree)).recommend(windy).get(0);
        assertEquals(List.of("omni", "handheld"), List.of(asBundled.pattern(), asBundled.micType()));
        assertEquals(List.of("cardioid", "handheld"), List.of(windIgnored.pattern(), windIgnored.micType()));
    }

    /** A copy earlier on the search path wins, as it does for the catalogue: the CLI and the GUI both read it so. */
    @Test
    void aCopyEarlierOnTheSearchPathIsTheOneUsed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("advisor"));
        Files.writeString(dir.resolve(TuningPresets.SCORING), bundled(TuningPresets.SCORING).replace("\"hidingPoints\": 5", "\"hidingPoints\": 7"));
        ScoringWeights mine = TuningPresets.scoring(PresetLoader.of(List.of(dir)));
        assertEquals(7, mine.get(ScoringWeights.Weight.HIDING_POINTS));
        assertTrue(mine.file().endsWith("advisor/scoring.json") && !mine.file().startsWith("built-in"), mine.file());
        Files.writeString(dir.resolve(TuningPresets.SCORING), "{\"snrMidDb\": 15}");
        String message = assertThrows(PresetException.class, () -> TuningPresets.scoring(PresetLoader.of(List.of(dir)))).getMessage();
        assertTrue(message.matches(".*advisor/scoring\\.json: '\\w+' is missing .*"), message);
    }
}
