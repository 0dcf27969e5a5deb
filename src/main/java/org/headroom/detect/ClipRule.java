package org.headroom.detect;

/**
 * When a run of loud samples counts as a clip.
 *
 * @param minRun        consecutive samples needed in one channel (1..10 in the UI)
 * @param thresholdDbfs level at or above which a sample counts; 0.0 means only full-scale codes
 */
public record ClipRule(int minRun, double thresholdDbfs) {
    /** Audacity's rule: 3 consecutive samples at full scale. */
    public static final ClipRule DEFAULT = new ClipRule(3, 0.0);

    public ClipRule {
        if (minRun < 1) throw new IllegalArgumentException("minRun must be at least 1, was " + minRun);
        if (thresholdDbfs > 0.0) throw new IllegalArgumentException("threshold above 0 dBFS: " + thresholdDbfs);
    }

    /**
     * The level at or above which a positive sample counts, for integer PCM of {@code containerBits}
     * (the largest positive code is 1 − 2^−(bits−1), so "full scale" must mean that code), or for
     * float and lossy material when null (then a clip is also a flat top: equal values).
     */
    public float high(Integer containerBits) {
        double threshold = Math.pow(10.0, thresholdDbfs / 20.0);
        if (containerBits == null) return (float) threshold;
        return (float) Math.min(threshold, 1.0 - Math.pow(2.0, -(containerBits - 1)));
    }

    /** The level at or below which a negative sample counts (see {@link #high}). */
    public float low(Integer containerBits) {
        double threshold = Math.pow(10.0, thresholdDbfs / 20.0);
        return (float) -(containerBits == null ? threshold : Math.min(threshold, 1.0));
    }

    /** The rule in words, as findings show it. */
    public String describe() {
        return thresholdDbfs == 0.0
                ? "\u2265" + minRun + " consecutive samples at full scale"
                : String.format(java.util.Locale.ROOT, "\u2265%d consecutive samples at or above %.1f dBFS",
                        minRun, thresholdDbfs);
    }
}
