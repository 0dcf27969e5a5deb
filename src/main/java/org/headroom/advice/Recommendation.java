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
 * @param score       0..100: the sum of {@code parts}, clamped
 * @param reasons     plain sentences with the numbers behind the score
 * @param accessories what to bring with it
 * @param placement   where and how to put it
 * @param numbers     the figures, by name (criticalDistanceMetres, effectiveReachMetres, ...)
 * @param parts       the points that add up to the score, by plain name: "speech over noise" and
 *                    "voice over room" (each 0..50 on its stated curve) and the costs (negative)
 * @param outlook     for the first choice, whether even it will sound poor and what would change
 *                    that; {@link Outlook#FINE} for the rest
 */
public record Recommendation(String pattern, String micType, String microphone, String name, double score,
                             List<String> reasons, List<String> accessories, String placement, Map<String, Double> numbers,
                             Map<String, Double> parts, Outlook outlook) {
    public Recommendation {
        reasons = List.copyOf(reasons);
        accessories = List.copyOf(accessories);
        numbers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(numbers));
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
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
