package org.headroom.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.headroom.dsp.SlidingSum;

/**
 * Noise floor and signal-to-noise ratio.
 *
 * <p><b>Noise floor</b> (as Audacity's ACX Check): the RMS of the quietest 500 ms, in dBFS. Windows
 * slide on a 10 ms grid over the mean of the channels' powers. Windows holding a 10 ms frame of
 * exact digital silence are skipped: a muted stretch is not the room's noise, and the level
 * detector reports it as SILENCE.
 *
 * <p><b>SNR</b>: active-speech power over noise power, full band, from an energy histogram of
 * 50 ms frames (fixed memory). Noise power N is the 5th percentile of the frame powers (pauses
 * between words are noise only). Active frames are those above max(1.5·N, N + A/39) — the second
 * term is ITU-T P.56's 15.9 dB activity margin below the active level A, the first keeps noise-only
 * frames out when the SNR is low — and A is their mean power with N subtracted. Iterated three
 * times. We chose this over WADA-SNR because WADA assumes real speech's amplitude distribution
 * (gamma, shape 0.4) and needs a log per sample; the histogram method needs only the sums of
 * squares we compute anyway and stays within ±3 dB down to 0 dB SNR on our synthetic tests, as long
 * as at least ~5 % of the recording is pauses.
 */
public final class NoiseAnalyzer implements Detector {
    private static final int WINDOW_FRAMES = 50;   // 500 ms of 10 ms frames: the noise floor's window
    private static final int SNR_FRAMES = 5;       // 50 ms frames for the SNR histogram
    private static final double NOISE_PERCENTILE = 0.05;
    private static final double MIN_ACTIVE_FRACTION = 0.02;
    private static final double SPREAD_LOW = 0.02;
    private static final double SPREAD_HIGH = 0.10;
    private static final double SPREAD_POWER = 3;
    private static final double MIN_MARGIN = 1.15;
    private static final double MIN_SNR_DB = -2.0;
    /** ITU-T P.56: speech frames count as active down to this far below the active level. Part of the method, not a limit. */
    private static final double ACTIVITY_MARGIN_DB = 15.9;

    private final int sampleRate;
    private final DetectionThresholds limits;
    private final FrameStats stats;
    /** 10 ms frames in the quietest-stretch window: WINDOW_FRAMES for the noise floor. */
    private final int windowFrames;
    /** The last windowFrames frame powers; without drift, so a quiet window after a loud one reads right. */
    private final SlidingSum window;
    private int silentInWindow;
    private double quietestPower = Double.POSITIVE_INFINITY;
    private long quietestStart = -1;
    private long frames;

    private final PowerHistogram histogram = new PowerHistogram();
    private double snrSum;
    private int snrFilled;

    public NoiseAnalyzer(int channels, int sampleRate) {
        this(channels, sampleRate, DetectionThresholds.DEFAULTS);
    }

    /** Uses {@code noiseFloorWarnDbfs}, {@code snrWarnDb} and {@code snrErrorDb} of the thresholds. */
    public NoiseAnalyzer(int channels, int sampleRate, DetectionThresholds thresholds) {
        this(channels, sampleRate, thresholds, WINDOW_FRAMES);
    }

    /**
     * Finds the quietest {@code windowSeconds} (whole 10 ms frames) instead of the quietest 500 ms:
     * the editor's default room tone is the quietest second, found by the same rule as the noise floor.
     * {@link #noiseFloorDbfs()} and the findings then describe that window.
     */
    public static NoiseAnalyzer quietestStretch(int channels, int sampleRate, double windowSeconds) {
        return new NoiseAnalyzer(channels, sampleRate, DetectionThresholds.DEFAULTS, Math.max(1, (int) Math.round(windowSeconds * 100)));
    }

    private NoiseAnalyzer(int channels, int sampleRate, DetectionThresholds thresholds, int windowFrames) {
        this.windowFrames = windowFrames;
        this.window = new SlidingSum(windowFrames);
        this.sampleRate = sampleRate;
        this.limits = thresholds;
        this.stats = new FrameStats(channels, sampleRate, false, this::onFrame);
    }

    @Override
    public void accept(float[][] block, int frames) {
        stats.accept(block, frames);
        this.frames += frames;
    }

    /** For {@link DetectorSet}, which sums the frames once for this and the other frame-based detector. */
    void advance(int frames) {
        this.frames += frames;
    }

    void onFrame(FrameStats s, long start, int length) {
        double p = s.meanPower();
        if (window.push(p) == 0) silentInWindow--;
        if (p == 0) silentInWindow++;
        if (window.count() == windowFrames && silentInWindow == 0) {
            double mean = window.sum() / windowFrames;
            if (mean < quietestPower) {
                quietestPower = mean;
                quietestStart = start + length - (long) windowFrames * length;
            }
        }
        snrSum += p;
        if (++snrFilled == SNR_FRAMES) {
            histogram.add(snrSum / SNR_FRAMES);
            snrSum = 0;
            snrFilled = 0;
        }
    }

    /** RMS of the quietest 500 ms in dBFS; empty before 500 ms of non-silent audio. */
    public OptionalDouble noiseFloorDbfs() {
        return quietestStart < 0 ? OptionalDouble.empty() : OptionalDouble.of(10 * Math.log10(quietestPower));
    }

    /** First frame of the quietest window (see the class comment), or -1 before a whole window of non-silent audio. */
    public long quietestStartFrame() {
        return quietestStart;
    }

    /** The quietest-stretch window's length in frames (500 ms for the noise floor). */
    public long quietWindowFrames() {
        return (long) windowFrames * stats.frameLength;
    }

    /** Active speech over noise in dB; empty on silence, on noise alone and when there is no noise at all. */
    public OptionalDouble snrDb() {
        double[] speech = speechAndNoise();
        return speech == null ? OptionalDouble.empty() : OptionalDouble.of(10 * Math.log10(speech[0] / speech[1]));
    }

    /**
     * The active speech level (its power with the noise's taken off) in dBFS, the figure the SNR is
     * made of; empty whenever {@link #snrDb()} is. Not the noise floor plus the SNR: the floor is the
     * quietest 500 ms, the SNR's noise the 5th percentile of 50 ms frames, and a quiet stretch
     * before the room got noisy puts the two tens of dB apart.
     */
    public OptionalDouble activeSpeechDbfs() {
        double[] speech = speechAndNoise();
        return speech == null ? OptionalDouble.empty() : OptionalDouble.of(10 * Math.log10(speech[0]));
    }

    /** {active speech power, noise power} per the class comment, or null when there is no speech to tell. */
    private double[] speechAndNoise() {
        double noise = histogram.percentile(NOISE_PERCENTILE);
        if (!(noise > 0)) return null;
        // How widely noise-only frames scatter: tight for white noise, wide for pink (its slow
        // low-frequency swings). The activity margin follows it, so white noise lets quieter
        // speech frames count and pink noise does not pass its own peaks off as speech.
        double spread = histogram.percentile(SPREAD_HIGH) / histogram.percentile(SPREAD_LOW);
        double margin = Math.max(MIN_MARGIN, Math.pow(spread, SPREAD_POWER));
        double threshold = margin * noise;
        double active = Double.NaN;
        for (int iteration = 0; iteration < 3; iteration++) {
            long n = histogram.countAtLeast(threshold);
            if (n < Math.max(3, MIN_ACTIVE_FRACTION * histogram.count())) return null;
            active = histogram.sumAtLeast(threshold) / n - noise;
            threshold = Math.max(margin * noise, noise + active / Math.pow(10, ACTIVITY_MARGIN_DB / 10));
        }
        // Below this the "active" frames are just the noise's own peaks: the method reads
        // -3 to -5 dB on noise alone, and real speech at 0 dB SNR reads above 0.
        return 10 * Math.log10(active / noise) >= MIN_SNR_DB ? new double[] {active, noise} : null;
    }

    @Override
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        OptionalDouble floor = noiseFloorDbfs();
        double limit = limits.noiseFloorWarnDbfs();
        if (floor.isPresent() && floor.getAsDouble() > limit) {
            long end = quietestStart + (long) windowFrames * stats.frameLength;
            out.add(Finding.at(FindingKind.NOISE, Severity.WARNING, Finding.ALL_CHANNELS, quietestStart, end,
                    sampleRate, floor.getAsDouble(),
                    "noise floor (RMS of the quietest 500 ms) above " + DetectionThresholds.show(limit) + " dBFS",
                    String.format(Locale.ROOT, "Even the quietest moment (at %s) has background noise at %.1f dBFS, "
                                    + "above the %s dBFS %s: record in a quieter place or move the microphone closer.",
                            Timecode.of(quietestStart, sampleRate), floor.getAsDouble(), DetectionThresholds.show(limit),
                            whoAsks(limit))));
        }
        OptionalDouble snr = snrDb();
        if (snr.isPresent() && snr.getAsDouble() < limits.snrWarnDb()) {
            double v = snr.getAsDouble();
            Severity severity = v < limits.snrErrorDb() ? Severity.ERROR : Severity.WARNING;
            out.add(Finding.at(FindingKind.LOW_SNR, severity, Finding.ALL_CHANNELS, 0, frames, sampleRate, v,
                    "speech-to-noise ratio below " + DetectionThresholds.show(limits.snrWarnDb()) + " dB",
                    String.format(Locale.ROOT, "Speech is only %.0f dB louder than the background noise, so "
                            + "listeners will hear the noise: move the microphone closer to the speaker "
                            + "or make the room quieter.", v)));
        }
        return List.copyOf(out);
    }

    /** The -60 dBFS default is ACX's rule; another figure is whoever set it, and we must not claim otherwise. */
    private static String whoAsks(double limit) {
        return limit == DetectionThresholds.DEFAULTS.noiseFloorWarnDbfs()
                ? "that audiobook rules ask for" : "limit set for this analysis";
    }
}
