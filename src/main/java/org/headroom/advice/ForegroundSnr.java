package org.headroom.advice;

import be.tarsos.dsp.pitch.McLeodPitchMethod;
import be.tarsos.dsp.pitch.PitchDetectionResult;
import java.util.Arrays;
import java.util.Optional;

/**
 * Speech-to-noise of the nearest talker when the noise swells and falls or is itself speech
 * (traffic, babble). The energy histogram of {@code detect.NoiseAnalyzer} takes the quietest
 * frames as the noise, which holds for steady noise but not for a crowd: babble has its own
 * pauses, so its quiet frames sit far below its mean and the SNR read 15–35 dB on 0–20 dB (or
 * nothing at all). Here the noise is measured in the frames where the nearest talker is not
 * talking, told apart by what a crowd lacks:
 * <ul>
 *   <li><b>periodicity</b> — the nearest talker's voiced frames have a clear pitch (TarsosDSP's
 *       McLeod pitch method on the 350 Hz–2.8 kHz band, where the harmonics are); a sum of several
 *       far talkers, traffic or hiss has little;</li>
 *   <li><b>level</b> — a pitched frame not clearly above the noise is a background talker caught in
 *       a gap of the crowd, not the nearest one;</li>
 *   <li><b>voice</b> — once the talker's pitch is known from its loud frames, a pitched frame far
 *       from it (allowing the band's octave slips) is a background talker as loud as the nearest,
 *       and stays in the noise ({@link #SAME_VOICE}); not applied when the loud frames are no one
 *       voice ({@link #ONE_VOICE});</li>
 *   <li><b>continuity</b> — a pitch lost for up to 64 ms inside a syllable is still the talker,
 *       and frames within 64 ms of its syllables are counted neither way.</li>
 * </ul>
 * The noise power is the mean (not a low percentile) full-band power of the frames left, less any
 * that stand far above the rest ({@link #MISSED_SYLLABLE_DB}); the speech power the mean of the
 * talker's frames less that, corrected for how few of them were found ({@link #selectionBiasDb}).
 * Tried and dropped: a gate on the talker's median pitch with no octave slips and no check that
 * the loud frames are one voice (it threw away more of the talker than of the crowd); a continuity
 * track on a normalised autocorrelation without MPM's 0.5 floor (it found more of a talker at 0 dB
 * but lost syllable edges, and 20 dB takes read 4–8 dB low).
 */
final class ForegroundSnr {
    /** 32 ms at the band's 8 kHz: two periods of an 85 Hz voice fit, and a syllable spans several. */
    static final int FRAME = 256;
    /**
     * MPM's normalised-square-difference peak from which a frame counts as pitched (1: perfectly
     * periodic) [tuned, seeds 1-2]. YIN was tried first: on the band it dips at the first
     * formant's period, and a 20 dB take read 9 dB.
     */
    static final double PITCH_THRESHOLD = 0.6;
    /** Speaking pitch: low male to child. */
    static final double MIN_HZ = 60;
    static final double MAX_HZ = 450;
    /**
     * A pitched frame counts as the nearest talker's when it is this far above the noise's mean:
     * a background talker rarely stands out of its own crowd by that much [tuned, seeds 1-2].
     */
    static final double ABOVE_NOISE_DB = 1.5;
    /** Rounds of telling talker from noise; the split settles within three. */
    static final int ITERATIONS = 3;
    /** Frames without a pitch between two of the talker's, up to this many (64 ms), are inside its syllable. */
    static final int GAP_FRAMES = 2;
    /** Frames this near the talker's (64 ms) may hold its syllables' unpitched edges: not counted as noise. */
    static final int GUARD_FRAMES = 2;
    /**
     * At least this many seconds of foreground and of noise-only frames to tell anything. A talker
     * at 0 dB in traffic has a clear pitch in about one frame in twenty of its speech: with 0.5 s,
     * one tuning take's 17 s of it went unmeasured, and the histogram's reading (+9 dB) stood.
     */
    static final double MIN_SECONDS = 0.25;
    /**
     * The share of the frames near the talker's (within {@link #NEAR_TALKER_SECONDS}) that are found
     * as the talker's in clean speech: its syllables less their edges and the pauses between them.
     * From this share down the found frames are its louder ones [tuned, seeds 1-2: 0.43-0.58 at 20 dB;
     * 0.35 tried on seeds 1-8].
     */
    static final double FULL_SHARE = 0.4;
    /**
     * How much louder than the talker's average its found frames are, in dB per natural-log unit of
     * {@link #FULL_SHARE} over the share found: at 0 dB only 5-10 % of the frames stand out of the
     * noise, and the mean of those read 5-7 dB high. Fitted on seeds 1-2 in white, pink, fan noise
     * and traffic (3.2), then lowered to 2.5 over seeds 1-8 with babble, where some found frames
     * are the crowd's and the share is overstated [tuned; 2.0 to 3.2 tried].
     */
    static final double SELECTION_DB_PER_LOG = 2.5;
    /**
     * A pitched frame is the talker's only within this (as a fraction, or an octave above or below:
     * the band's pitch slips by octaves) of the talker's median pitch, so that a background talker
     * as loud as the talker in a gap of the crowd stays in the noise. Without it, 2-talker babble
     * at 0 dB read +4 and +7 dB: the crowd's loud moments were taken out of its level. The
     * synthetic talkers glide ±15 %; 0.25 read +7.7 dB on one tuning take (a background talker 20 %
     * above the nearest) [tuned, seeds 1-8: 0.1 to 0.25 tried].
     */
    static final double SAME_VOICE = 0.15;
    /** Frames this far over the noise's mean set the talker's pitch [tuned, seeds 1-8; 3 and 9 tried]. */
    static final double LOUD_DB = 6;
    /**
     * The loud frames set the talker's pitch only when at least this share of them is one voice
     * (within {@link #SAME_VOICE} of their median): else they are a crowd's, and a pitch taken from
     * them shut the talker out (8 talkers at 0 dB read −8 dB) [tuned, seeds 1-8; 0.3 to 0.6 tried].
     */
    static final double ONE_VOICE = 0.4;
    /**
     * A frame of the noise more than this over the noise's median is a syllable of the talker whose
     * pitch was missed: babble spreads less than this over its median, and at 20 dB three such
     * frames among 250 read the noise 3 dB high (4-talker babble at 20 dB read 16 dB)
     * [tuned, seeds 1-8; 10 and 16 tried].
     */
    static final double MISSED_SYLLABLE_DB = 13;
    /** Frames within this many seconds of a found frame are in the talker's speech. */
    static final double NEAR_TALKER_SECONDS = 1;
    /** The span over which the noise's swell is judged: longer than a frame's chance, shorter than a passing car. */
    static final double SWELL_SECONDS = 0.25;
    /**
     * Below this the band is digital silence. MPM divides by the frame's energy at every lag; a frame
     * whose first and last samples are both (nearly) zero can give 0/0 there, and a NaN trips an
     * assertion in TarsosDSP 2.4's peak picking (and means nothing without it), so such frames are
     * not analysed. 1e-12 squared is still a normal float.
     */
    static final float SILENT = 1e-12f;

    private ForegroundSnr() {
    }

    /**
     * Full-band powers: the nearest talker's (the noise's taken off, its selection corrected) and
     * the noise's, over the frames of each; the noise's median frame; and its swell, the spread
     * (90th less 10th percentile, dB) of its level over {@link #SWELL_SECONDS}.
     */
    record Powers(double speech, double noise, double noiseMedian, double swellDb) {
        double snrDb() {
            return 10 * Math.log10(speech / noise);
        }
    }

    /**
     * @param band        the mid band ({@link MidBand}), for the pitch
     * @param bandRate    its rate
     * @param framePowers full-band mean power of each {@link #FRAME} band samples' span of the input
     * @return the talker's and the noise's powers, empty when too little foreground speech or too few pauses are heard
     */
    static Optional<Powers> estimate(float[] band, double bandRate, double[] framePowers) {
        int frames = Math.min(band.length / FRAME, framePowers.length);
        McLeodPitchMethod mpm = new McLeodPitchMethod((float) bandRate, FRAME);
        double[] pitch = new double[frames]; // Hz, 0 when the frame has no clear pitch
        float[] buffer = new float[FRAME];
        for (int i = 0; i < frames; i++) {
            System.arraycopy(band, i * FRAME, buffer, 0, FRAME);
            if (Math.abs(buffer[0]) < SILENT && Math.abs(buffer[FRAME - 1]) < SILENT) continue;
            PitchDetectionResult r = mpm.getPitch(buffer);
            if (r.isPitched() && r.getPitch() >= MIN_HZ && r.getPitch() <= MAX_HZ && r.getProbability() >= PITCH_THRESHOLD) pitch[i] = r.getPitch();
        }
        return fromPitch(pitch, framePowers, bandRate);
    }

    /** The split into talker and noise, from each frame's pitch (0: none) and full-band power. */
    static Optional<Powers> fromPitch(double[] pitch, double[] framePowers, double bandRate) {
        int frames = pitch.length;
        int pitchedCount = 0;
        for (double p : pitch) if (p > 0) pitchedCount++;
        int need = (int) Math.ceil(MIN_SECONDS * bandRate / FRAME);
        if (pitchedCount < need) return Optional.empty();
        // Start from the frames without a pitch as the noise, then take as the talker's the pitched
        // frames clearly above that noise, and measure the noise again around them.
        double noise = meanWhere(framePowers, frames, pitch, false);
        boolean[] talking = new boolean[frames];
        boolean[] quiet = new boolean[frames];
        double speechSum = 0;
        int speechCount = 0, noiseCount = 0;
        double talkerHz = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double gate = noise * Math.pow(10, ABOVE_NOISE_DB / 10);
            for (int i = 0; i < frames; i++) talking[i] = pitch[i] > 0 && framePowers[i] >= gate && (talkerHz == 0 || sameVoice(pitch[i], talkerHz));
            // The talker's own pitch, from its loud frames (a crowd's talker rarely gets this far
            // over the crowd), tells its frames from a background talker's from the next round on.
            talkerHz = medianPitch(pitch, framePowers, noise * Math.pow(10, LOUD_DB / 10));
            closeGaps(talking);
            markQuiet(talking, framePowers, quiet);
            dropMissedSyllables(quiet, framePowers);
            speechSum = 0;
            speechCount = 0;
            double noiseSum = 0;
            noiseCount = 0;
            for (int i = 0; i < frames; i++) {
                if (talking[i]) { speechSum += framePowers[i]; speechCount++; }
                else if (quiet[i]) { noiseSum += framePowers[i]; noiseCount++; }
            }
            if (noiseCount == 0) return Optional.empty();
            noise = noiseSum / noiseCount;
        }
        if (speechCount < need || noiseCount < need) return Optional.empty();
        int nearTalker = (int) Math.round(NEAR_TALKER_SECONDS * bandRate / FRAME);
        double share = (double) speechCount / framesNear(talking, nearTalker);
        double speech = (speechSum / speechCount - noise) * Math.pow(10, -selectionBiasDb(share) / 10);
        double[] quietPowers = new double[noiseCount];
        for (int i = 0, k = 0; i < frames; i++) if (quiet[i]) quietPowers[k++] = framePowers[i];
        Arrays.sort(quietPowers);
        double median = quietPowers[noiseCount / 2];
        double swell = swellDb(framePowers, quiet, (int) Math.round(SWELL_SECONDS * bandRate / FRAME));
        return speech > 0 ? Optional.of(new Powers(speech, noise, median, swell)) : Optional.empty();
    }

    /**
     * How far the mean of the talker's found frames is above its average over all its voiced
     * frames. In noise a frame is found when the talker stands out of it there, so the fewer of its
     * frames are found, the louder those few are than its average (a mean over the top of a
     * distribution). Over {@link #FULL_SHARE} nothing is left out that matters.
     */
    static double selectionBiasDb(double share) {
        return share >= FULL_SHARE ? 0 : SELECTION_DB_PER_LOG * Math.log(FULL_SHARE / share);
    }

    /** Frames within {@code reach} of a talking frame (those included). */
    private static int framesNear(boolean[] talking, int reach) {
        int count = 0, last = Integer.MIN_VALUE / 2;
        int[] next = new int[talking.length];
        int upcoming = Integer.MAX_VALUE / 2;
        for (int i = talking.length - 1; i >= 0; i--) {
            if (talking[i]) upcoming = i;
            next[i] = upcoming;
        }
        for (int i = 0; i < talking.length; i++) {
            if (talking[i]) last = i;
            if (i - last <= reach || next[i] - i <= reach) count++;
        }
        return count;
    }

    /**
     * Takes out of the noise the frames more than {@link #MISSED_SYLLABLE_DB} over the noise's
     * median: a syllable of the talker whose pitch was missed, not the noise.
     */
    private static void dropMissedSyllables(boolean[] quiet, double[] powers) {
        double[] q = new double[quiet.length];
        int m = 0;
        for (int i = 0; i < quiet.length; i++) if (quiet[i]) q[m++] = powers[i];
        if (m == 0) return;
        Arrays.sort(q, 0, m);
        double cap = q[m / 2] * Math.pow(10, MISSED_SYLLABLE_DB / 10);
        for (int i = 0; i < quiet.length; i++) if (quiet[i] && powers[i] > cap) quiet[i] = false;
    }

    /** Frames with power that are neither the talker's nor within {@link #GUARD_FRAMES} of them. */
    private static void markQuiet(boolean[] talking, double[] powers, boolean[] quiet) {
        int frames = talking.length;
        for (int i = 0; i < frames; i++) {
            boolean beside = false;
            for (int j = Math.max(0, i - GUARD_FRAMES); j <= Math.min(frames - 1, i + GUARD_FRAMES); j++) beside |= talking[j];
            quiet[i] = !beside && powers[i] > 0;
        }
    }

    /**
     * The 90th less the 10th percentile (dB) of the noise's level over runs of {@code span} quiet
     * frames: a frame's own chance (a fraction of a dB for white noise, 1-2 dB for rumble) averages
     * out over the span, a passing car or a crowd's turns do not. 0 when no span is wholly quiet.
     */
    static double swellDb(double[] powers, boolean[] quiet, int span) {
        double[] levels = new double[Math.max(0, quiet.length - span + 1)];
        int n = 0;
        for (int i = 0; i + span <= quiet.length; i++) {
            double sum = 0;
            boolean all = true;
            for (int j = i; j < i + span && all; j++) { all = quiet[j]; sum += powers[j]; }
            if (all) levels[n++] = 10 * Math.log10(sum / span);
        }
        if (n == 0) return 0;
        Arrays.sort(levels, 0, n);
        return levels[(int) (0.9 * (n - 1))] - levels[(int) (0.1 * (n - 1))];
    }

    /** Median pitch of the pitched frames at least {@code above} in power; 0 when none or when they are not {@link #ONE_VOICE}. */
    static double medianPitch(double[] pitch, double[] powers, double above) {
        double[] p = new double[pitch.length];
        int n = 0;
        for (int i = 0; i < pitch.length; i++) if (pitch[i] > 0 && powers[i] >= above) p[n++] = pitch[i];
        if (n == 0) return 0;
        Arrays.sort(p, 0, n);
        double median = p[n / 2];
        int same = 0;
        for (int i = 0; i < n; i++) if (sameVoice(p[i], median)) same++;
        return same >= ONE_VOICE * n ? median : 0;
    }

    /** A pitch within {@link #SAME_VOICE} of the talker's, or of an octave above or below it (the band's octave slips). */
    static boolean sameVoice(double hz, double talkerHz) {
        for (double k : new double[] {0.5, 1, 2}) if (Math.abs(Math.log(hz / (k * talkerHz))) < Math.log(1 + SAME_VOICE)) return true;
        return false;
    }

    /** Mean power of the frames with ({@code pitched}) or without a pitch. */
    private static double meanWhere(double[] powers, int frames, double[] pitch, boolean pitched) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < frames; i++) if ((pitch[i] > 0) == pitched && powers[i] > 0) { sum += powers[i]; n++; }
        return n == 0 ? 0 : sum / n;
    }

    /** Gaps of up to {@link #GAP_FRAMES} frames inside a syllable (pitch lost to the noise) count as talking. */
    private static void closeGaps(boolean[] talking) {
        int last = -1;
        for (int i = 0; i < talking.length; i++) {
            if (!talking[i]) continue;
            if (last >= 0 && i - last - 1 <= GAP_FRAMES) Arrays.fill(talking, last + 1, i, true);
            last = i;
        }
    }
}
