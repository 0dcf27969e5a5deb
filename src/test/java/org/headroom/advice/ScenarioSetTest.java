package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
     * The issue asks the recommender to agree with the guides on most scenarios; 80 % is our bar,
     * counting the guide's answer, one it also accepts, or the same pattern family. Strict family
     * agreement alone is printed too: 17 of 24 when written, 19 since a boom pays for its operator
     * where a stand would do, a shared handheld counts as carried, and a solo talker gets no boom;
     * 20 since a live event (the church sermon, the reality-TV market) gets no boom, as no crew may
     * stand over the talker there, and a place with no desk or stand (the stairwell) gets no studio
     * mic. Those three now match the guide exactly; accepted or exact went from 21 to 24.
     * {@link #STRICT_FAMILY} keeps that gain from slipping back unnoticed.
     */
    static final double AGREEMENT = 0.8;
    static final int STRICT_FAMILY = 20;

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
    void atLeastTwentyScenariosLoad() {
        assertTrue(scenarios.size() >= 20, scenarios.size() + " scenarios");
    }

    @Test
    void recommenderAgreesWithTheGuidesOnThePatternFamily() {
        int agree = 0, exact = 0, either = 0;
        StringBuilder table = new StringBuilder(String.format("%-32s %-26s %-26s %s%n", "scenario", "expert", "headroom", "agree"));
        for (Scenario s : scenarios) {
            Recommendation top = recommender.recommend(s.situation()).get(0);
            PatternId pattern = PatternId.byId(top.pattern()).orElseThrow();
            boolean family = PatternFamily.of(pattern) == PatternFamily.of(s.expert().pattern());
            Scenario.Answer mine = Scenario.Answer.of(pattern, MicType.byId(top.micType()).orElseThrow(), Double.NaN);
            if (family) agree++;
            if (s.accepts(mine)) exact++;
            if (family || s.accepts(mine)) either++;
            table.append(String.format("%-32s %-26s %-26s %s%n", s.id(), s.expert().label(), mine.label(),
                    s.expert().sameMic(mine) ? "exact" : s.accepts(mine) ? "accepted" : family ? "family" : "NO"));
        }
        table.append(String.format("family %d/%d, accepted or exact %d/%d, either %d/%d%n", agree, scenarios.size(), exact,
                scenarios.size(), either, scenarios.size()));
        System.out.print(table);
        assertTrue(either >= AGREEMENT * scenarios.size(), table.toString());
        assertTrue(agree >= STRICT_FAMILY, table.toString());
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
