package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.headroom.preset.PresetException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trainer's scenarios against the recommender, and the trainer's scoring. */
class ScenarioSetTest {
    /**
     * Issue 14: the held-out agreement is the figure that counts, at least 90 % of first choices
     * an answer the guide accepts (its own or one it also accepts). The tuning set is held to the
     * same bar so tuning cannot quietly trade it away. Pattern family alone is printed, not judged.
     */
    static final double AGREEMENT = 0.9;
    /**
     * The held-out set, recorded here as well as in each file's "set" so that moving a scenario
     * between the halves is a visible change to this test, never a quiet one.
     */
    static final java.util.Set<String> HELD_OUT = java.util.Set.of(
            "audiobook-professional-booth",
            "conference-keynote-stage",
            "news-live-windy-exterior",
            "news-reporter-in-rain",
            "news-reporter-to-camera-street",
            "office-interview-hidden-mic",
            "panel-four-own-mics",
            "podcast-field-interview-kitchen",
            "podcast-solo-home-office",
            "podcast-three-in-office",
            "podcast-two-one-mic",
            "stairwell-drama-interior",
            "street-interview-planes-overhead",
            "studio-interview-mic-may-show",
            "talk-show-sofa",
            "tv-studio-presenter",
            "vlog-windy-clifftop",
            "vox-pop-street-rain");

    static List<Scenario> scenarios;
    static MicRecommender recommender;

    @BeforeAll
    static void load() throws Exception {
        scenarios = loadAll();
        recommender = new MicRecommender(AdvicePresetsTest.microphones().values().stream()
                .sorted(Comparator.comparing(Microphone::id)).toList(), AdvicePresetsTest.scoring());
    }

    static List<Scenario> loadAll() throws Exception {
        Map<String, Environment> env = AdvicePresetsTest.environments();
        List<Scenario> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(AdvicePresetsTest.PRESETS.resolve(ScenarioPresets.FOLDER))) {
            for (Path p : files.sorted().toList()) {
                out.add(ScenarioPresets.scenario("presets/scenarios/" + p.getFileName(), Files.readString(p), env));
            }
        }
        return out;
    }

    @Test
    void atLeastSixtyScenariosLoadEachCitingItsGuidance() {
        assertTrue(scenarios.size() >= 60, scenarios.size() + " scenarios");
        for (Scenario s : scenarios) assertFalse(s.sources().isEmpty(), s.id());
    }

    @Test
    void theSplitIsTheRecordedOne() {
        java.util.Set<String> held = new java.util.TreeSet<>();
        for (Scenario s : scenarios) if (s.set() == Scenario.Set.HELD_OUT) held.add(s.id());
        assertEquals(new java.util.TreeSet<>(HELD_OUT), held, "a scenario never moves between tuning and held-out");
        for (String id : held) assertEquals(1, crcParity(id), id + ": held-out by CRC-32 parity");
    }

    private static long crcParity(String id) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue() % 2;
    }

    @Test
    void recommenderAgreesWithTheGuidesOnTuningAndHeldOutSeparately() {
        StringBuilder table = new StringBuilder(String.format("%-36s %-9s %-26s %-26s %s%n", "scenario", "set", "expert", "headroom", "agree"));
        int[] accepted = new int[2];
        int[] family = new int[2];
        int[] count = new int[2];
        for (Scenario s : scenarios) {
            Recommendation top = recommender.recommend(s.situation()).get(0);
            PatternId pattern = PatternId.byId(top.pattern()).orElseThrow();
            Scenario.Answer mine = Scenario.Answer.of(pattern, MicType.byId(top.micType()).orElseThrow(), Double.NaN);
            int k = s.set().ordinal();
            count[k]++;
            if (s.accepts(mine)) accepted[k]++;
            if (PatternFamily.of(pattern) == PatternFamily.of(s.expert().pattern())) family[k]++;
            table.append(String.format("%-36s %-9s %-26s %-26s %s%n", s.id(), s.set().id(), s.expert().label(), mine.label(),
                    s.expert().sameMic(mine) ? "exact" : s.accepts(mine) ? "accepted" : "NO"));
        }
        for (Scenario.Set set : Scenario.Set.values()) {
            int k = set.ordinal();
            table.append(String.format("%s: accepted %d/%d (%.0f %%), same pattern family %d/%d%n", set.id(), accepted[k], count[k],
                    100.0 * accepted[k] / count[k], family[k], count[k]));
        }
        System.out.print(table);
        assertTrue(count[Scenario.Set.HELD_OUT.ordinal()] >= 15, "a held-out set big enough to mean something");
        for (Scenario.Set set : Scenario.Set.values()) {
            assertTrue(accepted[set.ordinal()] >= AGREEMENT * count[set.ordinal()], set.id() + "\n" + table);
        }
    }

    @Test
    void theExpertAnswerScoresHighAndAnUnworkableOneLow() {
        Trainer trainer = new Trainer(recommender);
        for (Scenario s : scenarios) {
            Verdict expert = trainer.judge(s, s.expert());
            assertTrue(expert.score() >= 60, s.id() + ": " + expert.score() + " " + expert.explanation());
        }
        Scenario presenter = byId("presenter-to-camera");
        Verdict handheld = trainer.judge(presenter, Scenario.Answer.of(PatternId.OMNI, MicType.HANDHELD, 0.15));
        assertEquals(0, handheld.rank());
        assertTrue(handheld.score() <= Trainer.UNWORKABLE_POINTS, handheld.toString());
        assertTrue(handheld.explanation().get(0).contains("no mic may be seen"), handheld.explanation().toString());
    }

    @Test
    void aShotgunIndoorsLosesToTheHypercardioidAndTheTrainerSaysWhy() {
        Trainer trainer = new Trainer(recommender);
        Scenario drama = byId("drama-interior");
        Verdict shotgun = trainer.judge(drama, Scenario.Answer.of(PatternId.SHOTGUN, MicType.BOOM, 1.0));
        Verdict hyper = trainer.judge(drama, drama.expert());
        assertTrue(hyper.score() > shotgun.score() + 15, hyper.score() + " vs " + shotgun.score());
        assertTrue(shotgun.explanation().stream().anyMatch(l -> l.contains("shotgun indoors")), shotgun.explanation().toString());
        assertTrue(shotgun.explanation().stream().anyMatch(l -> l.startsWith("Why: ")));
        assertTrue(shotgun.explanation().stream().anyMatch(l -> l.startsWith("Headroom's first choice, the ") && l.contains("beats yours, the shotgun on a boom")),
                "the trainer does not call the user's choice 'the next choice': " + shotgun.explanation());
        // Issue 14: a wrong answer is told which number made it worse, in the physical figure behind it.
        assertTrue(shotgun.explanation().stream().anyMatch(l -> l.startsWith("What made it worse: ") && l.contains("shotgun indoors")),
                shotgun.explanation().toString());
        Verdict omniBoomFar = trainer.judge(byId("reverberant-hall"), Scenario.Answer.of(PatternId.WIDE_CARDIOID, MicType.BOOM, 1.0));
        assertTrue(omniBoomFar.explanation().stream().anyMatch(l -> l.startsWith("What made it worse: the room's late reverb is")
                && l.contains("your wide-cardioid on a boom at 1.00 m")), omniBoomFar.explanation().toString());
    }

    @Test
    void distanceFarFromTheGuidesCostsPointsAndIsExplainedInDecibels() {
        Trainer trainer = new Trainer(recommender);
        Scenario pod = byId("podcast-round-table");
        Verdict near = trainer.judge(pod, Scenario.Answer.of(PatternId.CARDIOID, MicType.STUDIO, 0.2));
        Verdict far = trainer.judge(pod, Scenario.Answer.of(PatternId.CARDIOID, MicType.STUDIO, 0.8));
        assertEquals(20, near.score() - far.score(), 0.5, "two doublings from the guide's 0.2 m");
        assertTrue(far.explanation().stream().anyMatch(l -> l.contains("12.0 dB less direct sound")), far.explanation().toString());
    }

    @Test
    void aSessionKeepsTheRunningScore() {
        TrainingSession session = new TrainingSession(new Trainer(recommender));
        session.answer(byId("drama-interior"), byId("drama-interior").expert());
        session.answer(byId("presenter-to-camera"), Scenario.Answer.of(PatternId.OMNI, MicType.HANDHELD, 0.15));
        assertEquals((session.verdicts().get(0).score() + session.verdicts().get(1).score()) / 2, session.score(), 1e-9);
        assertTrue(session.summary().startsWith("2 scenarios"), session.summary());
        assertTrue(session.summary().contains("1 answered as the guide would"), session.summary());
    }

    @Test
    void aBadScenarioFileIsAOneLineMessage() throws Exception {
        Map<String, Environment> env = AdvicePresetsTest.environments();
        PresetException e = assertThrows(PresetException.class, () -> ScenarioPresets.scenario("presets/scenarios/x.json",
                "{\"id\": \"x\", \"title\": \"t\", \"description\": \"d\", \"situation\": {\"environment\": \"moon\"},"
                        + " \"expert\": {\"pattern\": \"omni\", \"micType\": \"lavalier\"}, \"why\": \"w\", \"sources\": [\"s\"]}", env));
        assertTrue(e.getMessage().startsWith("presets/scenarios/x.json 'situation': unknown environment \"moon\""), e.getMessage());
    }

    private static Scenario byId(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
