package org.headroom.advice;

import java.util.List;

/**
 * A trainer exercise from {@code presets/scenarios/}: a shoot described in words and as a
 * {@link Situation}, with the answer an expert guide gives and why.
 *
 * @param id           file name without .json
 * @param title        short name
 * @param description  the brief an apprentice reads
 * @param situation    the same brief for the recommender
 * @param expert       what the guide says to use
 * @param alsoAccepted other answers the guide counts as right
 * @param why          plain-language reason
 * @param sources      where the answer comes from (reference sections and their sources)
 * @param file         where it was read from
 * @param set          which half of the corpus it belongs to: weights are tuned on {@link Set#TUNING}
 *                     only, and {@link Set#HELD_OUT} is what the advisor is judged on
 */
public record Scenario(String id, String title, String description, Situation situation, Answer expert,
                       List<Answer> alsoAccepted, String why, List<String> sources, String file, Set set) {
    /**
     * The corpus split, decided once (issue 14) and recorded in each file's "set": the first 24
     * scenarios, which the weights had already been tuned on, are tuning; the later ones were
     * split by the parity of the CRC-32 of their id, not by hand. A scenario never moves.
     */
    public enum Set {
        TUNING("tuning"), HELD_OUT("held-out");

        private final String id;

        Set(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Scenario {
        alsoAccepted = List.copyOf(alsoAccepted);
        sources = List.copyOf(sources);
    }

    /**
     * A microphone answer.
     *
     * @param pattern        pickup pattern
     * @param micType        deployment
     * @param distanceMetres mouth-to-capsule distance, NaN when not given
     * @param placement      where to put it, in words ("" when not given)
     * @param accessories    what to bring
     */
    public record Answer(PatternId pattern, MicType micType, double distanceMetres, String placement, List<String> accessories) {
        public Answer {
            accessories = List.copyOf(accessories);
        }

        public static Answer of(PatternId pattern, MicType micType, double distanceMetres) {
            return new Answer(pattern, micType, distanceMetres, "", List.of());
        }

        public boolean sameMic(Answer other) {
            return pattern == other.pattern && micType == other.micType;
        }

        public String label() {
            return pattern.id() + " " + micType.words();
        }
    }

    /** Whether an answer is the expert's or one the guide also accepts. */
    public boolean accepts(Answer a) {
        return expert.sameMic(a) || alsoAccepted.stream().anyMatch(x -> x.sameMic(a));
    }
}
