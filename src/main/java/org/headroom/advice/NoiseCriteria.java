package org.headroom.advice;

import java.util.List;

/**
 * The NC curves a place's octave-band noise is rated against, read from
 * {@code presets/advisor/noise-criteria.json}: each curve is a limit per octave band
 * ({@link OctaveBands#CENTRES}), and a place's rating is the lowest curve no band exceeds
 * (reference §2.4).
 *
 * @param curves lowest first; each lies at or above the one before it in every band
 * @param file   where they were read from, for messages
 */
public record NoiseCriteria(List<Curve> curves, String file) {
    public NoiseCriteria {
        curves = List.copyOf(curves);
        if (curves.isEmpty()) throw new IllegalArgumentException(file + ": no curves");
    }

    /**
     * One curve.
     *
     * @param nc       its number ("NC-35" is 35)
     * @param levelsDb limits in dB SPL, one per octave band
     */
    public record Curve(int nc, double[] levelsDb) {
        public Curve {
            levelsDb = levelsDb.clone();
        }

        @Override
        public double[] levelsDb() {
            return levelsDb.clone();
        }

        boolean covers(double[] bandsSpl) {
            for (int b = 0; b < bandsSpl.length; b++) {
                if (!Double.isNaN(bandsSpl[b]) && bandsSpl[b] > levelsDb[b]) return false;
            }
            return true;
        }
    }

    /** The lowest curve no known band exceeds; one more than the highest curve when all are exceeded. */
    double rate(double[] bandsSpl) {
        for (Curve c : curves) if (c.covers(bandsSpl)) return c.nc();
        return highest() + 1;
    }

    int highest() {
        return curves.get(curves.size() - 1).nc();
    }
}
