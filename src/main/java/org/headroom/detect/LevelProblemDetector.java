package org.headroom.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Level and channel problems, all from 10 ms frame sums (see {@link FrameStats}). The figures in
 * brackets are the {@link DetectionThresholds#DEFAULTS}:
 * <ul>
 * <li>TOO_QUIET: the programme level (mean power of frames above -70 dBFS and no more than 20 dB
 * below their mean, a loudness-style gate that ignores pauses) under {@code tooQuietDbfs} (-30 dBFS),
 * i.e. 10 dB or more below the -20 to -18 dBFS dialogue practice. While a take is running
 * ({@link #findingsSoFar()}) it waits for {@value #JUDGE_AFTER_FRAMES} gated 10 ms frames
 * (10 s of programme): a take's first seconds are room tone and a slate, not its level. At the
 * end ({@link #findings()}) whatever programme there is is judged.</li>
 * <li>SILENCE: all channels at or below {@code silenceDbfs} RMS (-120 dBFS: digital silence, or float
 * residue of it) for {@code silenceMinSeconds} (2 s) or more; the whole file silent is an error.</li>
 * <li>DEAD_CHANNEL: a channel at or below {@code deadChannelDbfs} (-100 dBFS) for a stretch in which
 * another channel had programme (above -60 dBFS) for at least a second.</li>
 * <li>DC_OFFSET: |mean| above {@code dcOffsetLimit} (0.01, -40 dBFS) over at least a second. Converters
 * in order sit below ~0.001; a hundredth of full scale is a fault worth fixing: it costs that much
 * headroom on one side and makes every cut and fade thump. Smaller offsets are left to the meter.</li>
 * <li>PHASE_INVERTED: channels 1 and 2 correlated at {@code phaseInvertedCorrelation} (-0.9) or below
 * while both have programme: one is wired or set upside down and the pair cancels in mono.</li>
 * <li>MONO_IN_STEREO: channels 1 and 2 identical to within {@code monoInStereoDb} (-60 dB) while both
 * have programme.</li>
 * </ul>
 */
public final class LevelProblemDetector implements Detector {
    private static final double PROGRAMME_POWER = 1e-6;    // -60 dBFS
    private static final double GATE_POWER = 1e-7;         // -70 dBFS
    private static final int MAX_FINDINGS = 1000;
    /** Gated 10 ms frames of programme before a running take's level is judged: 10 s. */
    public static final int JUDGE_AFTER_FRAMES = 1000;

    private final int channels;
    private final int sampleRate;
    private final DetectionThresholds limits;
    /** The thresholds as powers, so the per-frame tests stay a compare. */
    private final double silentPower;
    private final double deadPower;
    private final double identicalRatio;
    private final FrameStats stats;
    private final PowerHistogram programme = new PowerHistogram();
    private final double[] totalSum;
    private final RangeTracker silence;
    private final DeadRun[] dead;
    private final List<Finding> deadFindings = new ArrayList<>();
    private long frames;
    private long statFrames;
    private long silentFrames;
    private double pairCross, pairA, pairB;
    private long pairFrames;

    public LevelProblemDetector(int channels, int sampleRate) {
        this(channels, sampleRate, DetectionThresholds.DEFAULTS);
    }

    public LevelProblemDetector(int channels, int sampleRate, DetectionThresholds thresholds) {
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.limits = thresholds;
        this.silentPower = power(thresholds.silenceDbfs());
        this.deadPower = power(thresholds.deadChannelDbfs());
        this.identicalRatio = power(thresholds.monoInStereoDb());
        this.stats = new FrameStats(channels, sampleRate, true, this::onFrame);
        this.totalSum = new double[channels];
        this.silence = new RangeTracker((int) Math.round(thresholds.silenceMinSeconds() * 100), 0, MAX_FINDINGS);
        this.dead = new DeadRun[channels];
        for (int c = 0; c < channels; c++) dead[c] = new DeadRun(c);
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
        statFrames++;
        double mean = s.meanPower();
        programme.add(mean);
        boolean allSilent = true;
        double loudest = 0;
        for (int c = 0; c < channels; c++) {
            totalSum[c] += s.sum[c];
            double p = s.sumSq[c] / length;
            if (p > silentPower) allSilent = false;
            loudest = Math.max(loudest, p);
        }
        if (allSilent) silentFrames++;
        silence.update(allSilent, start, start + length, 1);
        for (int c = 0; c < channels; c++) {
            double p = s.sumSq[c] / length;
            boolean othersLive = false;
            for (int o = 0; o < channels; o++) {
                if (o != c && s.sumSq[o] / length > PROGRAMME_POWER) othersLive = true;
            }
            dead[c].update(p <= deadPower, othersLive, start, start + length);
        }
        if (channels >= 2 && s.sumSq[0] / length > PROGRAMME_POWER && s.sumSq[1] / length > PROGRAMME_POWER) {
            pairCross += s.cross;
            pairA += s.sumSq[0];
            pairB += s.sumSq[1];
            pairFrames++;
        }
    }

    /** Programme level in dBFS (gated mean power); empty when nothing passes the gate. */
    public java.util.OptionalDouble programmeLevelDbfs() {
        long n = programme.countAtLeast(GATE_POWER);
        if (n == 0) return java.util.OptionalDouble.empty();
        double relative = programme.sumAtLeast(GATE_POWER) / n / 100; // -20 dB
        double gate = Math.max(GATE_POWER, relative);
        long m = programme.countAtLeast(gate);
        return java.util.OptionalDouble.of(10 * Math.log10(programme.sumAtLeast(gate) / m));
    }

    /** Mean sample value of a channel so far, as a fraction of full scale. */
    public double dcOffset(int channel) {
        long n = statFrames * stats.frameLength;
        return n == 0 ? 0 : totalSum[channel] / n;
    }

    /** Correlation of channels 1 and 2 over frames where both have programme; NaN when there are none. */
    public double correlation() {
        return pairFrames == 0 ? Double.NaN : pairCross / Math.sqrt(pairA * pairB);
    }

    @Override
    public List<Finding> findings() {
        return findings(true);
    }

    /** The findings of a take still running: level findings only once there is enough programme to judge. */
    public List<Finding> findingsSoFar() {
        return findings(programme.countAtLeast(GATE_POWER) >= JUDGE_AFTER_FRAMES);
    }

    private List<Finding> findings(boolean judgeLevel) {
        List<Finding> out = new ArrayList<>();
        boolean wholeSilent = statFrames > 0 && silentFrames == statFrames;
        if (wholeSilent) {
            out.add(finding(FindingKind.SILENCE, Severity.ERROR, -1, 0, frames, frames / (double) sampleRate,
                    "every sample at or below " + show(limits.silenceDbfs()) + " dBFS",
                    "The whole recording is silent: check that the right input is selected, the mic is plugged in "
                            + "and phantom power is on if it needs it, then record again."));
        } else {
            for (RangeTracker.Range r : silence.ranges()) {
                double seconds = (r.end() - r.start()) / (double) sampleRate;
                out.add(finding(FindingKind.SILENCE, Severity.WARNING, -1, r.start(), r.end(), seconds,
                        "all channels at or below " + show(limits.silenceDbfs()) + " dBFS for \u2265"
                                + show(limits.silenceMinSeconds()) + " s",
                        String.format(Locale.ROOT, "Complete digital silence for %.1f s from %s: the signal was cut "
                                + "(muted input, unplugged cable or an edit) \u2014 check this stretch.", seconds,
                                Timecode.of(r.start(), sampleRate))));
            }
        }
        out.addAll(deadFindings);
        for (DeadRun d : dead) {
            Finding open = d.finding();
            if (open != null) out.add(open);
        }
        if (judgeLevel) addLevelFindings(out);
        addDcFindings(out);
        addPairFindings(out);
        out.sort(java.util.Comparator.comparingLong(Finding::startFrame));
        return List.copyOf(out);
    }

    private void addLevelFindings(List<Finding> out) {
        java.util.OptionalDouble level = programmeLevelDbfs();
        if (level.isPresent() && level.getAsDouble() < limits.tooQuietDbfs()) {
            double v = level.getAsDouble();
            out.add(finding(FindingKind.TOO_QUIET, Severity.WARNING, -1, 0, frames, v,
                    "programme level (gated RMS) below " + show(limits.tooQuietDbfs()) + " dBFS",
                    String.format(Locale.ROOT, "The recording is quiet: speech averages %.0f dBFS where -20 to "
                            + "-18 dBFS is usual \u2014 turn the gain up or move the mic closer; raising it later "
                            + "raises the noise too.", v)));
        }
    }

    private void addDcFindings(List<Finding> out) {
        if (frames < sampleRate) return;
        for (int c = 0; c < channels; c++) {
            double dc = dcOffset(c);
            if (Math.abs(dc) > limits.dcOffsetLimit()) {
                out.add(finding(FindingKind.DC_OFFSET, Severity.WARNING, c, 0, frames, dc,
                        "|mean sample value| above " + show(limits.dcOffsetLimit()) + " of full scale",
                        String.format(Locale.ROOT, "Channel %d is shifted off centre by %.1f %% of full scale (DC "
                                + "offset): it wastes headroom and makes edits click \u2014 remove it with a DC filter "
                                + "or high-pass, and have the recorder or interface checked.", c + 1, 100 * dc)));
            }
        }
    }

    private void addPairFindings(List<Finding> out) {
        if (channels < 2 || pairFrames < 100) return; // a second of programme in both channels
        double r = correlation();
        double difference = (pairA + pairB - 2 * pairCross) / (pairA + pairB);
        long start = 0;
        if (r <= limits.phaseInvertedCorrelation()) {
            out.add(finding(FindingKind.PHASE_INVERTED, Severity.WARNING, 1, start, frames, r,
                    "correlation of channels 1 and 2 at or below " + show(limits.phaseInvertedCorrelation()),
                    String.format(Locale.ROOT, "Channel 2 is upside down compared with channel 1 (correlation %.2f): "
                            + "played in mono the two cancel out \u2014 flip the polarity of one channel (a cable or "
                            + "the phase switch).", r)));
        } else if (difference <= identicalRatio) {
            out.add(finding(FindingKind.MONO_IN_STEREO, Severity.INFO, -1, start, frames,
                    difference > 0 ? 10 * Math.log10(difference) : Double.NEGATIVE_INFINITY,
                    "channels 1 and 2 identical to within " + show(limits.monoInStereoDb()) + " dB",
                    "Both channels carry exactly the same sound: this is mono stored as stereo \u2014 fine for "
                            + "dialogue, but a mono file is half the size."));
        }
    }

    private static double power(double db) {
        return Math.pow(10, db / 10);
    }

    private static String show(double threshold) {
        return DetectionThresholds.show(threshold);
    }

    private Finding finding(FindingKind kind, Severity severity, int channel, long start, long end, double value,
                            String rule, String message) {
        return Finding.at(kind, severity, channel, start, end, sampleRate, value, rule, message);
    }

    /** A stretch where one channel is dead, and how long the others had programme meanwhile. */
    private final class DeadRun {
        final int channel;
        long start = -1;
        long end;
        long liveFrames;

        DeadRun(int channel) {
            this.channel = channel;
        }

        void update(boolean isDead, boolean othersLive, long frameStart, long frameEnd) {
            if (isDead) {
                if (start < 0) {
                    start = frameStart;
                    liveFrames = 0;
                }
                end = frameEnd;
                if (othersLive) liveFrames++;
            } else if (start >= 0) {
                Finding f = finding();
                if (f != null && deadFindings.size() < MAX_FINDINGS) deadFindings.add(f);
                start = -1;
            }
        }

        /** The finding for the current stretch, or null when it does not count (yet). */
        Finding finding() {
            if (start < 0 || liveFrames < 100) return null;
            double seconds = (end - start) / (double) sampleRate;
            return LevelProblemDetector.this.finding(FindingKind.DEAD_CHANNEL, Severity.ERROR, channel, start, end,
                    seconds, "one channel at or below " + show(limits.deadChannelDbfs())
                            + " dBFS while another has programme for \u22651 s",
                    String.format(Locale.ROOT, "Channel %d is dead from %s to %s while the other channel has sound: "
                                    + "a cable, input or mic on that channel is not working \u2014 check it before the "
                                    + "next take.", channel + 1, Timecode.of(start, sampleRate),
                            Timecode.of(end, sampleRate)));
        }
    }
}
