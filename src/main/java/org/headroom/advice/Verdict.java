package org.headroom.advice;

import java.util.List;
import java.util.Optional;

/**
 * The trainer's judgement of one answer.
 *
 * @param scenario    what was asked
 * @param choice      what the apprentice picked
 * @param score       0..100
 * @param rank        1-based place of the choice in the recommender's ranking; 0 when it cannot work there
 * @param explanation plain sentences with numbers: why this score, what the guide says, what Headroom ranks first
 * @param yours       the recommender's assessment of the choice, when it can work there
 * @param top         the recommender's first choice
 */
public record Verdict(Scenario scenario, Scenario.Answer choice, double score, int rank, List<String> explanation,
                      Optional<Recommendation> yours, Recommendation top) {
    public Verdict {
        explanation = List.copyOf(explanation);
    }
}
