package org.headroom.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.headroom.meter.BlockConsumer;

/**
 * Finds where to cut: pauses and low-energy moments, so a cut lands between words. Fed blocks
 * like a meter (so it runs in the same pass as the waveform overview and holds 4 bytes per
 * 10 ms, 1.4 MB per hour); asked for its suggestions at the end.
 *
 * <p>The signal is measured in 10 ms RMS frames (all channels together). "Quiet" is relative to
 * the recording, not a fixed level: a frame is quiet when it is at least
 * {@value #QUIET_BELOW_SPEECH_DB} dB under the speech level (the 90th percentile of the frame
 * levels) or within {@value #QUIET_ABOVE_FLOOR_DB} dB of the noise floor (the 10th percentile),
 * whichever is higher — so the same settings work for a close lavalier and a distant boom. A
 * run of quiet frames lasting {@value #MIN_PAUSE_SECONDS} s or more is a pause; a shorter run of
 * at least {@value #MIN_DIP_SECONDS} s is a dip.
 *
 * <p>Ranked best first: pauses before dips, then longer before shorter, then quieter first.
 */
public final class PauseFinder implements BlockConsumer {
    public static final double MIN_PAUSE_SECONDS = 0.25;
    public static final double MIN_DIP_SECONDS = 0.03;
    static final double QUIET_BELOW_SPEECH_DB = 30.0;
    static final double QUIET_ABOVE_FLOOR_DB = 6.0;
    private static final double FRAME_SECONDS = 0.01;

    private final int frameLength;
    private final double secondsPerFrame;
    private float[] levels = new float[1024]; // mean square per 10 ms frame
    private int count;
    private double sum;
    private int inFrame;

    public PauseFinder(int sampleRate) {
        this.frameLength = Math.max(1, (int) Math.round(sampleRate * FRAME_SECONDS));
        this.secondsPerFrame = (double) frameLength / sampleRate;
    }

    @Override
    public void accept(float[][] block, int frames) {
        for (int i = 0; i < frames; i++) {
            double e = 0;
            for (float[] ch : block) e += (double) ch[i] * ch[i];
            sum += e / block.length;
            if (++inFrame == frameLength) {
                if (count == levels.length) levels = Arrays.copyOf(levels, count * 2);
                levels[count++] = (float) (sum / frameLength);
                sum = 0;
                inFrame = 0;
            }
        }
    }

    /** Every pause and dip, best first. */
    public List<EditPoint> suggestions() {
        if (count == 0) return List.of();
        double threshold = quietThreshold();
        List<EditPoint> out = new ArrayList<>();
        int i = 0;
        while (i < count) {
            if (levels[i] > threshold) {
                i++;
                continue;
            }
            int start = i;
            double energy = 0;
            while (i < count && levels[i] <= threshold) energy += levels[i++];
            double length = (i - start) * secondsPerFrame;
            if (length + 1e-9 < MIN_DIP_SECONDS) continue;
            double level = 10 * Math.log10(energy / (i - start));
            EditPoint.Kind kind = length + 1e-9 >= MIN_PAUSE_SECONDS ? EditPoint.Kind.PAUSE : EditPoint.Kind.DIP;
            out.add(new EditPoint((start + i) / 2.0 * secondsPerFrame, level, length, kind));
        }
        out.sort(Comparator.comparing(EditPoint::kind).thenComparing(Comparator.comparingDouble(EditPoint::lengthSeconds).reversed())
                .thenComparingDouble(EditPoint::levelDbfs));
        return out;
    }

    /** Mean square at or under which a frame counts as quiet. */
    double quietThreshold() {
        float[] sorted = Arrays.copyOf(levels, count);
        Arrays.sort(sorted);
        double speech = sorted[(int) Math.min(count - 1, Math.round(0.9 * (count - 1)))];
        double floor = sorted[(int) Math.round(0.1 * (count - 1))];
        return Math.max(speech * Math.pow(10, -QUIET_BELOW_SPEECH_DB / 10), floor * Math.pow(10, QUIET_ABOVE_FLOOR_DB / 10));
    }
}
