package org.headroom.advice;

import be.tarsos.dsp.pitch.PitchDetectionResult;
import be.tarsos.dsp.pitch.McLeodPitchMethod;
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
 *   <li><b>level</b> — a pitched frame far below the loudest pitched frames is a background
 *       talker caught in a gap of the crowd, not the nearest one;</li>
 *   <li><b>continuity</b> — a pitch lost for up to 64 ms inside a syllable is still the talker,
 *       and frames within 64 ms of its syllables are counted neither way.</li>
 * </ul>
 * The noise power is the mean (not a low percentile) full-band power of the frames left; the
 * speech power the mean of the talker's frames less that. A pitch gate (frames near the talker's
 * median pitch) was tried and dropped: the pitch read on the band jumps by octaves and formants,
 * and the gate threw away more of the talker than of the crowd.
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
    /** At least this many seconds of foreground and of noise-only frames to tell anything. */
    static final double MIN_SECONDS = 0.5;

    static {
        // TarsosDSP 2.4's McLeodPitchMethod asserts an internal invariant in its peak picking that
        // noisy frames break; with assertions off, as every run of the product, it returns its
        // pitch regardless. The tests run with -ea: switch it off for this one class, before it
        // loads, so they measure what users get.
        ClassLoader loader = ForegroundSnr.class.getClassLoader();
        if (loader != null) loader.setClassAssertionStatus("be.tarsos.dsp.pitch.McLeodPitchMethod", false);
    }

    private ForegroundSnr() {
    }

    /** Mean full-band powers: the nearest talker's (the noise's taken off) and the noise's, over the frames of each. */
    record Powers(double speech, double noise, double noiseMedian) {
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
        int pitchedCount = 0;
        for (int i = 0; i < frames; i++) {
            System.arraycopy(band, i * FRAME, buffer, 0, FRAME);
            PitchDetectionResult r = mpm.getPitch(buffer);
            if (r.isPitched() && r.getPitch() >= MIN_HZ && r.getPitch() <= MAX_HZ && r.getProbability() >= PITCH_THRESHOLD) { pitch[i] = r.getPitch(); pitchedCount++; }
        }
        int need = (int) Math.ceil(MIN_SECONDS * bandRate / FRAME);
        if (pitchedCount < need) return Optional.empty();
        // Start from the frames without a pitch as the noise, then take as the talker's the pitched
        // frames clearly above that noise, and measure the noise again around them.
        double noise = meanWhere(framePowers, frames, pitch, false);
        boolean[] talking = new boolean[frames];
        double speechSum = 0;
        int speechCount = 0, noiseCount = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double gate = noise * Math.pow(10, ABOVE_NOISE_DB / 10);
            for (int i = 0; i < frames; i++) talking[i] = pitch[i] > 0 && framePowers[i] >= gate;
            closeGaps(talking);
            speechSum = 0;
            speechCount = 0;
            double noiseSum = 0;
            noiseCount = 0;
            for (int i = 0; i < frames; i++) {
                boolean beside = false;
                for (int j = Math.max(0, i - GUARD_FRAMES); j <= Math.min(frames - 1, i + GUARD_FRAMES); j++) beside |= talking[j];
                if (talking[i]) { speechSum += framePowers[i]; speechCount++; }
                else if (!beside && framePowers[i] > 0) { noiseSum += framePowers[i]; noiseCount++; }
            }
            if (noiseCount == 0) return Optional.empty();
            noise = noiseSum / noiseCount;
        }
        if (speechCount < need || noiseCount < need) return Optional.empty();
        double speech = speechSum / speechCount - noise;
        double[] quiet = new double[noiseCount];
        for (int i = 0, k = 0; i < frames; i++) {
            boolean beside = false;
            for (int j = Math.max(0, i - GUARD_FRAMES); j <= Math.min(frames - 1, i + GUARD_FRAMES); j++) beside |= talking[j];
            if (!beside && framePowers[i] > 0) quiet[k++] = framePowers[i];
        }
        Arrays.sort(quiet);
        double median = quiet[noiseCount / 2];
        return speech > 0 ? Optional.of(new Powers(speech, noise, median)) : Optional.empty();
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
