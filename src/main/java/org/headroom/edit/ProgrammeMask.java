package org.headroom.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a ranged effect acts, frame by frame: 1 inside its programme ranges, 0 outside, with a
 * linear ramp of {@link #RAMP_SECONDS} inside each end (as ranged gain ramps), so switching an
 * effect on or off never clicks.
 */
final class ProgrammeMask {
    static final double RAMP_SECONDS = 0.01;

    private final List<long[]> ranges;
    private final int[] ramps;

    /** @param ranges programme ranges [start, end), sorted; touching or overlapping ones are merged */
    ProgrammeMask(List<long[]> ranges, int sampleRate) {
        List<long[]> merged = new ArrayList<>();
        for (long[] r : ranges) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new long[] {r[0], r[1]});
            }
        }
        this.ranges = merged;
        this.ramps = new int[merged.size()];
        long ramp = Math.round(RAMP_SECONDS * sampleRate);
        for (int i = 0; i < ramps.length; i++) ramps[i] = (int) Math.max(1, Math.min(ramp, (merged.get(i)[1] - merged.get(i)[0]) / 2));
    }

    /** The mask for programme frames [position, position + frames) into {@code out}. */
    void fill(long position, int frames, float[] out) {
        java.util.Arrays.fill(out, 0, frames, 0f);
        long end = position + frames;
        for (int k = 0; k < ranges.size(); k++) {
            long[] r = ranges.get(k);
            if (r[1] <= position || r[0] >= end) continue;
            int ramp = ramps[k];
            long from = Math.max(r[0], position);
            long to = Math.min(r[1], end);
            for (long f = from; f < to; f++) {
                long in = f - r[0];
                long left = r[1] - 1 - f;
                double m = Math.min(1.0, Math.min((in + 1) / (double) ramp, (left + 1) / (double) ramp));
                out[(int) (f - position)] = (float) m;
            }
        }
    }
}
