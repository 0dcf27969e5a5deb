package org.headroom.advice;

import java.util.Map;

/**
 * One microphone in one deployment, assessed for a place: the figures and the named point
 * contributions that add up to its score, kept apart so the text can say which one decided.
 *
 * @param mic             catalogue entry
 * @param type            deployment
 * @param distanceMetres  mouth-to-capsule distance it works at
 * @param numbers         figures by name, for the report
 * @param points          contribution to the score by plain-language name (penalties negative)
 */
record Candidate(Microphone mic, MicType type, double distanceMetres, Map<String, Double> numbers, Map<String, Double> points) {
    double score() {
        double sum = points.values().stream().mapToDouble(Double::doubleValue).sum();
        return Math.max(0, Math.min(100, sum));
    }

    double number(String name) {
        return numbers.getOrDefault(name, Double.NaN);
    }

    String label() {
        return mic.pattern().id() + " " + type.words();
    }
}
