package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The advice says each thing one way (issue 11, point 5): the "Why" text's points are the
 * headline's points, and the studio deployment has one name in every sentence.
 */
class AdviceWordsTest {
    private static final Pattern POINTS = Pattern.compile("\\((\\d+) vs (\\d+) points\\)");
    private static MicRecommender recommender;
    private static Map<String, Environment> env;

    @BeforeAll
    static void load() throws Exception {
        env = AdvicePresetsTest.environments();
        recommender = new MicRecommender(AdvicePresetsTest.microphones().values().stream()
                .sorted(Comparator.comparing(Microphone::id)).toList(), AdvicePresetsTest.scoring());
    }

    /** Every place, a sweep of distances and talkers: many scores land near a half point, where two roundings part. */
    private static List<Situation> situations() {
        List<Situation> all = new ArrayList<>();
        for (Environment e : env.values()) {
            for (int cm = 30; cm <= 400; cm += 7) {
                for (int talkers = 1; talkers <= 3; talkers++) {
                    all.add(Situation.builder().environment(e).talkers(talkers).sharedMic(talkers > 1)
                            .distanceMetres(cm / 100.0).build());
                }
            }
        }
        return all;
    }

    @Test
    void theWhyTextsPointsAreTheHeadlinesPoints() {
        int compared = 0;
        for (Situation s : situations()) {
            List<Recommendation> list = recommender.recommend(s);
            if (list.size() < 2) continue;
            Matcher m = POINTS.matcher(list.get(0).reasons().get(0));
            assertTrue(m.find(), list.get(0).reasons().get(0));
            assertEquals(Recommendation.wholePoints(list.get(0).score()), m.group(1), "the winner's points: " + list.get(0).reasons().get(0));
            assertEquals(Recommendation.wholePoints(list.get(1).score()), m.group(2), "the runner-up's points: " + list.get(0).reasons().get(0));
            compared++;
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    @Test
    void wholePointsRoundsOnce() {
        assertEquals("96", Recommendation.wholePoints(95.5));
        assertEquals("95", Recommendation.wholePoints(95.4));
        // the reported score is to 0.1: 95.46 is carried as 95.5, and its whole points are 96 wherever shown
        assertEquals("96", Recommendation.wholePoints(Recommendation.reported(95.46)));
    }

    /** The window's heading says "on a stand"; no sentence may call the same choice "studio". */
    @Test
    void theStandHasOneName() {
        for (Situation s : situations()) {
            for (Recommendation r : recommender.recommend(s)) {
                for (String reason : r.reasons()) assertFalse(reason.contains(" studio"), reason);
                assertFalse(r.placement().contains(" studio"), r.placement());
            }
        }
        assertEquals("on a stand", MicType.words("studio"));
    }
}
