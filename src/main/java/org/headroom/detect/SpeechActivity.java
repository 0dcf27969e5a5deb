package org.headroom.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.headroom.meter.BlockConsumer;

/**
 * Where a programme carries speech, in 10 ms frames, for ducking a music bed under it. A frame
 * is speech when its RMS (the mean of the channels' powers, as the level and noise detectors
 * take it) is at or above a threshold. The automatic threshold is the one the noise analysis
 * already uses to tell active speech from pauses: ITU-T P.56's 15.9 dB activity margin below the
 * active speech level ({@link NoiseAnalyzer#activeSpeechDbfs()}), but never within 3 dB of the
 * noise, so room noise does not count as speech. A programme with no noise at all (digital
 * silence between words) has no SNR; there the active level is the mean power of the non-silent
 * frames.
 *
 * <p>Keeps one float per 10 ms frame (1.4 MB for an hour) so the caller can look ahead: a duck
 * starts before the first syllable.
 */
public final class SpeechActivity implements BlockConsumer {
    /** ITU-T P.56: active speech frames reach down to this far below the active level. */
    static final double ACTIVITY_MARGIN_DB = 15.9;
    /** Frames must stand this far over the noise to count, whatever the speech level. */
    static final double OVER_NOISE_DB = 3.0;

    private final FrameStats stats;
    private final NoiseAnalyzer noise;
    private float[] powers = new float[1024];
    private int count;
    private double nonSilentSum;
    private long nonSilent;

    public SpeechActivity(int channels, int sampleRate) {
        this.noise = new NoiseAnalyzer(channels, sampleRate);
        this.stats = new FrameStats(channels, sampleRate, false, this::onFrame);
    }

    @Override
    public void accept(float[][] block, int frames) {
        stats.accept(block, frames);
    }

    private void onFrame(FrameStats s, long start, int length) {
        noise.onFrame(s, start, length);
        double p = s.meanPower();
        if (count == powers.length) powers = Arrays.copyOf(powers, powers.length * 2);
        powers[count++] = (float) p;
        if (p > 0) {
            nonSilentSum += p;
            nonSilent++;
        }
    }

    /** Samples per 10 ms frame. */
    public int frameLength() {
        return stats.frameLength;
    }

    /** The automatic threshold (class comment), dBFS; empty when the programme is digital silence. */
    public OptionalDouble autoThresholdDbfs() {
        OptionalDouble active = noise.activeSpeechDbfs();
        OptionalDouble snr = noise.snrDb();
        if (active.isPresent() && snr.isPresent()) {
            double noiseDb = active.getAsDouble() - snr.getAsDouble();
            return OptionalDouble.of(Math.max(active.getAsDouble() - ACTIVITY_MARGIN_DB, noiseDb + OVER_NOISE_DB));
        }
        if (nonSilent == 0) return OptionalDouble.empty();
        double floor = noise.noiseFloorDbfs().orElse(Double.NEGATIVE_INFINITY);
        double level = 10 * Math.log10(nonSilentSum / nonSilent) - ACTIVITY_MARGIN_DB;
        return OptionalDouble.of(Math.max(level, floor + OVER_NOISE_DB));
    }

    /**
     * The runs of speech frames, as sample ranges [start, end) from the first sample accepted.
     *
     * @param thresholdDbfs a frame at or above this RMS is speech
     */
    public List<long[]> speech(double thresholdDbfs) {
        double threshold = Math.pow(10, thresholdDbfs / 10);
        List<long[]> runs = new ArrayList<>();
        int i = 0;
        while (i < count) {
            if (powers[i] < threshold) {
                i++;
                continue;
            }
            int j = i;
            while (j < count && powers[j] >= threshold) j++;
            runs.add(new long[] {(long) i * stats.frameLength, (long) j * stats.frameLength});
            i = j;
        }
        return runs;
    }
}
