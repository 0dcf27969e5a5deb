package org.headroom.advice;

import java.util.List;
import java.util.Map;

/**
 * One ranked choice, shaped like the advisor's JSON output.
 *
 * @param pattern     one of the {@link PatternId} names
 * @param micType     one of the {@link MicType} names
 * @param microphone  catalogue id it came from (e.g. "lavalier-omni")
 * @param name        plain name of that catalogue entry
 * @param score       0..100, only meaningful against the other candidates for the same situation
 * @param reasons     plain sentences with the numbers behind the score
 * @param accessories what to bring with it
 * @param placement   where and how to put it
 * @param numbers     the figures, by name (criticalDistanceMetres, effectiveReachMetres, ...)
 */
public record Recommendation(String pattern, String micType, String microphone, String name, double score,
                             List<String> reasons, List<String> accessories, String placement, Map<String, Double> numbers) {
    public Recommendation {
        reasons = List.copyOf(reasons);
        accessories = List.copyOf(accessories);
        numbers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(numbers));
    }

    /**
     * A score as people read it, in whole points: the headline, the runners-up and the "Why"
     * text's "96 vs 91 points" all go through here, so they cannot disagree (rounding the
     * 0.1-point score again, or the raw one, once gave "96" above a "95 vs 95").
     */
    public static String wholePoints(double score) {
        return Long.toString(Math.round(score));
    }

    /** The score a recommendation carries: 0.1 of a point is as fine as the model means anything. */
    static double reported(double rawScore) {
        return Math.round(rawScore * 10) / 10.0;
    }
}
