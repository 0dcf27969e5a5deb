package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rain on an exterior (issue 14): drops land on whatever covers a mic in the open, scaled by how
 * much cover each type turns to the sky ({@link MicType#rainExposure}); a lavalier worn under the
 * coat is out of it.
 */
class RainTest {
    private static MicRecommender recommender;
    private static Environment rainy;
    private static double perBlimp;

    @BeforeAll
    static void load() throws Exception {
        recommender = new MicRecommender(AdvicePresetsTest.microphones().values().stream()
                .sorted(Comparator.comparing(Microphone::id)).toList(), AdvicePresetsTest.scoring());
        rainy = AdvicePresetsTest.environments().get("rainy-exterior");
        perBlimp = AdvicePresetsTest.scoring().get(ScoringWeights.Weight.RAIN_ON_COVER_POINTS);
    }

    private static Situation.Builder reporter() {
        return Situation.builder().environment(rainy).onCamera(true).micMayShow(true).distanceMetres(2);
    }

    private static Recommendation best(List<Recommendation> all, MicType type) {
        return all.stream().filter(r -> r.micType().equals(type.id())).findFirst().orElseThrow(() -> new AssertionError("no " + type));
    }

    @Test
    void rainCostsEachTypeByTheCoverItTurnsToTheSky() {
        List<Recommendation> wet = recommender.recommend(reporter().rain(true).build());
        assertEquals(-perBlimp, best(wet, MicType.BOOM).parts().get("rain on the cover"), 1e-9);
        assertEquals(-0.5 * perBlimp, best(wet, MicType.ON_CAMERA).parts().get("rain on the cover"), 1e-9);
        assertEquals(-0.1 * perBlimp, best(wet, MicType.HANDHELD).parts().get("rain on the cover"), 1e-9);
        assertFalse(best(wet, MicType.LAVALIER).parts().containsKey("rain on the cover"), "a lavalier under the coat is out of the rain");
    }

    @Test
    void dryDaysAndRoomsHaveNoRainPart() {
        for (Recommendation r : recommender.recommend(reporter().build())) assertFalse(r.parts().containsKey("rain on the cover"), r.toString());
        Situation indoors = reporter().rain(true).outdoor(false).build();
        for (Recommendation r : recommender.recommend(indoors)) assertFalse(r.parts().containsKey("rain on the cover"), r.toString());
    }

    /**
     * A presenter walking three metres from camera where no mic may show: on a dry day the boom
     * with a shotgun comes first (it follows the walk and hears the mouth, not the chest); in the
     * rain it loses exactly its part and a lavalier under the coat comes first.
     */
    @Test
    void rainMovesTheBoomBehindAWornMicOnAWalk() {
        Situation.Builder walk = Situation.builder().environment(rainy).onCamera(true).micMayShow(false).moving(true).distanceMetres(3);
        List<Recommendation> dry = recommender.recommend(walk.build());
        assertEquals(MicType.BOOM.id(), dry.get(0).micType(), dry.get(0).toString());
        List<Recommendation> wet = recommender.recommend(walk.rain(true).build());
        assertEquals(dry.get(0).score() - perBlimp, best(wet, MicType.BOOM).score(), 1e-6);
        assertEquals(MicType.LAVALIER.id(), wet.get(0).micType(), wet.get(0).toString());
    }
}
