package org.headroom.export;

import java.io.IOException;
import java.util.List;

import org.headroom.audio.AudioSource;
import org.headroom.audio.ChannelRole;
import org.headroom.meter.LoudnessMeter;
import org.headroom.meter.TruePeakMeter;

/**
 * Normalises integrated loudness (BS.1770) to a target under a true-peak ceiling.
 *
 * <p>Pass 1 measures integrated loudness and true peak; the gain is target − measured. If that
 * gain would push the true peak over the ceiling, the limiter will take some loudness away, so
 * a checking pass runs gain + limiter, measures the result and corrects the gain by what is
 * missing (up to {@value #MAX_CORRECTIONS} times, until within {@value #CLOSE_ENOUGH_LU} LU).
 * The final stream is gain + limiter; the limiter costs nothing where it has nothing to do.
 */
public final class LoudnessNormaliser implements Normaliser {
    static final int MAX_CORRECTIONS = 6;
    /** Below this the target is out of reach under the ceiling; don't chase it with huge gains. */
    static final double MIN_SLOPE = 0.1;
    static final double MAX_STEP_DB = 12;
    static final double CLOSE_ENOUGH_LU = 0.02;

    private final double targetLufs;
    private final double ceilingDbtp;

    public LoudnessNormaliser(double targetLufs, double ceilingDbtp) {
        this.targetLufs = targetLufs;
        this.ceilingDbtp = ceilingDbtp;
    }

    @Override
    public Normalised apply(StreamOpener input, ExportMonitor monitor) throws IOException {
        Measured before = measure(input.open(), monitor, "measuring");
        if (before.lufs == null) {
            // silence has no loudness to normalise; pass it through untouched
            return new Normalised(input.open(), new Normalised.Normalisation(null, before.truePeakDbtp, 0, 0, 1));
        }
        double gain = targetLufs - before.lufs;
        int passes = 1;
        double limiting = 0;
        double peakAfterGain = before.truePeakDbtp == null ? Double.NEGATIVE_INFINITY : before.truePeakDbtp + gain;
        if (peakAfterGain > ceilingDbtp - TruePeakLimiter.MARGIN_DB) {
            // The limiter takes back part of any gain, so loudness grows more slowly than the
            // gain: correct by the secant slope of the last two trials (plain steps would crawl
            // when the limiter works hard).
            double lastGain = Double.NaN, lastLufs = Double.NaN;
            for (int i = 0; i < MAX_CORRECTIONS; i++) {
                TruePeakLimiter trial = limiter(input);
                Measured after = measure(new LimitedSource(input.open(), gain, trial), monitor, "checking the limiter");
                passes++;
                limiting = 20 * Math.log10(trial.minGain());
                if (after.lufs == null) break;
                double missing = targetLufs - after.lufs;
                if (Math.abs(missing) < CLOSE_ENOUGH_LU) break;
                double slope = Double.isNaN(lastGain) || gain == lastGain ? 1.0 : (after.lufs - lastLufs) / (gain - lastGain);
                slope = Math.max(MIN_SLOPE, Math.min(1.0, slope));
                lastGain = gain;
                lastLufs = after.lufs;
                gain += Math.min(missing / slope, MAX_STEP_DB);
            }
        }
        AudioSource source = input.open();
        TruePeakLimiter limiter = new TruePeakLimiter(source.format().channels(), source.format().sampleRate(), ceilingDbtp);
        return new Normalised(new LimitedSource(source, gain, limiter),
                new Normalised.Normalisation(before.lufs, before.truePeakDbtp, gain, limiting, passes));
    }

    private TruePeakLimiter limiter(StreamOpener input) throws IOException {
        try (AudioSource s = input.open()) {
            return new TruePeakLimiter(s.format().channels(), s.format().sampleRate(), ceilingDbtp);
        }
    }

    private record Measured(Double lufs, Double truePeakDbtp) {
    }

    private static Measured measure(AudioSource source, ExportMonitor monitor, String stage) throws IOException {
        LoudnessMeter loudness = new LoudnessMeter(source.format().sampleRate(), weights(source.format().channelRoles()));
        loudness.keepStepHistory(false);
        TruePeakMeter peak = new TruePeakMeter(source.format().channels(), source.format().sampleRate());
        Passes.run(source, (block, n) -> {
            loudness.accept(block, n);
            peak.accept(block, n);
        }, monitor, stage);
        double tp = peak.truePeakAll();
        return new Measured(loudness.integrated().isPresent() ? loudness.integrated().getAsDouble() : null,
                tp > 0 ? 20 * Math.log10(tp) : null);
    }

    /** BS.1770 channel weights: surrounds 1.41, LFE 0, the rest 1. */
    static double[] weights(List<ChannelRole> roles) {
        double[] w = new double[roles.size()];
        for (int i = 0; i < w.length; i++) {
            switch (roles.get(i)) {
                case LFE: w[i] = 0; break;
                case LEFT_SURROUND: case RIGHT_SURROUND: case SIDE_LEFT: case SIDE_RIGHT:
                case BACK_LEFT: case BACK_RIGHT: case BACK_CENTER: w[i] = 1.41; break;
                default: w[i] = 1.0;
            }
        }
        return w;
    }
}
