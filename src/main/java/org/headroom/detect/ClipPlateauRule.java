package org.headroom.detect;

import java.util.Locale;

/**
 * How a clip looks once a lossy codec has decoded it: not a flat run of equal samples (the
 * codec's band limit makes the flat top ripple) but a plateau, a run of one polarity near full
 * scale whose magnitude stays in a narrow band and ripples instead of rising and falling once as
 * a loud but clean crest does. The figures come from presets/analysis.json, which says how they
 * were found.
 *
 * @param threshold   magnitude a plateau's samples reach (fraction of full scale)
 * @param band        largest spread of magnitudes inside the plateau
 * @param minRun      shortest plateau, in samples
 * @param minTurns    fewest changes of direction of the magnitude inside the plateau
 */
public record ClipPlateauRule(double threshold, double band, int minRun, int minTurns) {

    static ClipPlateauRule from(DetectionThresholds t) {
        return new ClipPlateauRule(Math.pow(10, t.lossyPlateauDbfs() / 20), t.lossyPlateauBand(),
                (int) Math.round(t.lossyPlateauRun()), (int) Math.round(t.lossyPlateauTurns()));
    }

    /** The rule in words, as findings show it. */
    public String describe() {
        return String.format(Locale.ROOT, "lossy-decode plateau: \u2265%d samples above %.1f dBFS within %s of full scale, rippling",
                minRun, 20 * Math.log10(threshold), DetectionThresholds.show(band));
    }

    /** One channel's run above the threshold, as it grows. */
    static final class Run {
        float min = Float.MAX_VALUE;
        float max;
        float last;
        int direction;
        int turns;
        int equal;
        int longestEqualAtRail;

        void reset() {
            min = Float.MAX_VALUE;
            max = 0;
            last = 0;
            direction = 0;
            turns = 0;
            equal = 0;
            longestEqualAtRail = 0;
        }

        /** @param rail the level rule's threshold: equal samples at or above it are a flat top */
        void add(float magnitude, float rail) {
            if (max > 0) {
                int d = Float.compare(magnitude, last);
                if (d != 0) {
                    if (direction != 0 && d != direction) turns++;
                    direction = d;
                }
                equal = magnitude == last ? equal + 1 : 1;
            } else {
                equal = 1;
            }
            if (magnitude >= rail) longestEqualAtRail = Math.max(longestEqualAtRail, equal);
            min = Math.min(min, magnitude);
            max = Math.max(max, magnitude);
            last = magnitude;
        }

        boolean isPlateau(ClipPlateauRule rule, int length) {
            return length >= rule.minRun && max - min <= rule.band && turns >= rule.minTurns;
        }
    }
}
