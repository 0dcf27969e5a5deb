package org.headroom.dsp.effects;

import org.headroom.dsp.Denormals;

/**
 * A feed-forward compressor, all channels linked (one gain, from the loudest channel, so the
 * stereo image does not move).
 *
 * <p>Level detection: the squared signal through a one-pole average of {@value #DETECTOR_MS} ms,
 * read as a sine's peak level (AES17: mean square × 2, so a full-scale sine reads 0 dB). Then the
 * static curve (hard or with a quadratic knee of {@code kneeDb}), then the gain reduction is
 * smoothed in dB with separate attack and release times ("smooth, decoupled" in Giannoulis,
 * Massberg and Reiss 2012): the detector stays short and unbiased, and the times a person sets
 * are the times the gain moves with.
 */
public final class Compressor implements BlockEffect {
    /** Averaging of the detector: its ripple on a 1 kHz tone is under 0.1 dB. */
    static final double DETECTOR_MS = 5;

    private final double threshold;
    private final double ratio;
    private final double knee;
    private final double makeup;
    private final double detector;
    private final double attack;
    private final double release;
    private double meanSquare;
    private double reductionDb;

    public Compressor(int sampleRate, double thresholdDb, double ratio, double attackMs, double releaseMs, double kneeDb,
                      double makeupDb) {
        this.threshold = thresholdDb;
        this.ratio = ratio;
        this.knee = kneeDb;
        this.makeup = makeupDb;
        this.detector = coefficient(sampleRate, DETECTOR_MS);
        this.attack = coefficient(sampleRate, attackMs);
        this.release = coefficient(sampleRate, releaseMs);
    }

    private static double coefficient(int rate, double ms) {
        return Math.exp(-1.0 / (ms * 1e-3 * rate));
    }

    /** The static curve: gain change in dB (≤ 0) for an input level in dB. */
    public double curveDb(double levelDb) {
        double over = levelDb - threshold;
        double slope = 1 / ratio - 1;
        if (2 * Math.abs(over) <= knee && knee > 0) return slope * (over + knee / 2) * (over + knee / 2) / (2 * knee);
        return over > 0 ? slope * over : 0;
    }

    @Override
    public void process(float[][] block, int frames) {
        double ms = meanSquare;
        double g = reductionDb;
        for (int i = 0; i < frames; i++) {
            double sq = 0;
            for (float[] ch : block) sq = Math.max(sq, (double) ch[i] * ch[i]);
            ms = detector * ms + (1 - detector) * sq;
            if (ms < Denormals.FLUSH_BELOW) ms = 0; // per sample, not per block: block boundaries must not change a sample
            double target = ms > 0 ? curveDb(10 * Math.log10(2 * ms)) : 0;
            g = target < g ? attack * g + (1 - attack) * target : release * g + (1 - release) * target;
            if (g > -1e-9) g = 0;
            double gain = g == 0 && makeup == 0 ? 1 : Math.pow(10, (g + makeup) / 20);
            for (float[] ch : block) ch[i] = (float) (ch[i] * gain);
        }
        meanSquare = ms;
        reductionDb = g;
    }
}
