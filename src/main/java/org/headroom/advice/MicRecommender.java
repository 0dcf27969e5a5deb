package org.headroom.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks every microphone in the catalogue, in every deployment it is made for, for one
 * situation. Pure: no I/O, the catalogue and the scoring weights are handed in, the same input gives the same list.
 */
public final class MicRecommender {
    private final List<Microphone> catalogue;
    private final CandidateAssessor assessor;
    private final ScoringWeights weights;

    /** @param weights how candidates are scored, from presets/advisor/scoring.json */
    public MicRecommender(List<Microphone> catalogue, ScoringWeights weights) {
        if (catalogue.isEmpty()) throw new IllegalArgumentException("the microphone catalogue is empty");
        this.catalogue = List.copyOf(catalogue);
        this.assessor = new CandidateAssessor(weights);
        this.weights = weights;
    }

    /** Best first; combinations that cannot work here (a visible mic that must not show...) are left out. */
    public List<Recommendation> recommend(Situation situation) {
        Place place = Place.of(situation);
        List<Candidate> ranked = rank(situation, place);
        List<Recommendation> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            List<String> reasons = new ArrayList<>(AdviceText.reasons(c, situation, place));
            reasons.add(0, AdviceText.scoreParts(c));
            if (i == 0 && ranked.size() > 1) reasons.add(0, AdviceText.comparison(c, ranked.get(1)));
            Outlook outlook = i == 0 ? Outlook.of(c, situation, place, weights) : Outlook.FINE;
            out.add(new Recommendation(c.mic().pattern().id(), c.type().id(), c.mic().id(), c.mic().name(),
                    Recommendation.reported(c.score()), reasons, AdviceText.accessories(c, situation, place),
                    AdviceText.placement(c, situation), c.numbers(), c.points(), outlook));
        }
        return out;
    }

    /**
     * The room the advice is worked out for (measured or given figures over the environment's,
     * defaults filled in), empty outdoors.
     */
    public static java.util.Optional<Room> room(Situation situation) {
        return Place.of(situation).room();
    }

    /** Defaults the advice had to assume, in words ("RT60 assumed 0.6 s"). */
    public static List<String> assumptions(Situation situation) {
        return Place.of(situation).assumptions();
    }

    List<Candidate> rank(Situation situation, Place place) {
        List<Candidate> all = new ArrayList<>();
        for (Microphone mic : catalogue) {
            for (MicType type : MicType.values()) {
                assessor.assess(mic, type, situation, place).ifPresent(all::add);
            }
        }
        // Stable sort: equal scores keep catalogue order, so the output never shuffles between runs.
        all.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return all;
    }
}
