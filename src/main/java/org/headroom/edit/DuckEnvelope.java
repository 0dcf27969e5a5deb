package org.headroom.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A layer's gain under speech, by programme frame: 0 dB, down to −depth over the attack
 * <em>before</em> speech starts (the renderer has measured the whole programme, so it can look
 * ahead), −depth while speech goes on and for the hold after it, and back up over the release.
 * A pause too short for hold + release + attack keeps the layer down, so the bed does not pump
 * between sentences. The ramps are straight lines in dB, which is how a fader moves and sounds even.
 *
 * <p>A pure function of the frame: any block partition and any seek give the same gains.
 */
final class DuckEnvelope {
    private final double depthDb;
    private final long attack;
    private final long release;
    /** Fully down over [downStart[i], downEnd[i]); sorted, and far enough apart that ramps never overlap. */
    private final long[] downStart;
    private final long[] downEnd;

    /**
     * @param speech runs of speech [start, end) in programme frames, sorted
     */
    DuckEnvelope(List<long[]> speech, Edit.Duck duck, int sampleRate) {
        this.depthDb = duck.depthDb();
        this.attack = Math.round(duck.attackMs() * sampleRate / 1000.0);
        this.release = Math.round(duck.releaseMs() * sampleRate / 1000.0);
        long hold = Math.round(duck.holdMs() * sampleRate / 1000.0);
        List<long[]> down = new ArrayList<>();
        for (long[] run : speech) {
            long s = run[0];
            long e = run[1] + hold;
            long[] last = down.isEmpty() ? null : down.get(down.size() - 1);
            // a gap the release and the next attack cannot both fit in stays down
            if (last != null && s - attack < last[1] + release) {
                last[1] = Math.max(last[1], e);
            } else {
                down.add(new long[] {s, e});
            }
        }
        this.downStart = down.stream().mapToLong(d -> d[0]).toArray();
        this.downEnd = down.stream().mapToLong(d -> d[1]).toArray();
    }

    /** Number of separate ducks (for the result line). */
    int ducks() {
        return downStart.length;
    }

    /** The gain at programme frame {@code frame}, in dB (0 or below). */
    double gainDb(long frame) {
        int i = lastStartingBy(frame + attack);
        if (i < 0) return 0;
        long s = downStart[i];
        long e = downEnd[i];
        if (frame < s) return -depthDb * (frame - (s - attack) + 0.5) / attack;
        if (frame < e) return -depthDb;
        if (frame < e + release) return -depthDb * (1 - (frame - e + 0.5) / release);
        return 0;
    }

    /** Linear gains for programme frames [from, from + n) into {@code out}: one pow per ramp frame, none on the flat. */
    void gains(long from, float[] out, int n) {
        int j = 0;
        while (j < n) {
            long frame = from + j;
            long flat = Math.min(n, flatUntil(frame) - from);
            float g = (float) Math.pow(10, gainDb(frame) / 20);
            if (flat <= j + 1) {
                out[j++] = g;
                continue;
            }
            java.util.Arrays.fill(out, j, (int) flat, g);
            j = (int) flat;
        }
    }

    /** The first frame after {@code frame} whose gain may differ from its gain (frame + 1 on a ramp). */
    private long flatUntil(long frame) {
        int i = lastStartingBy(frame + attack);
        long nextRamp = i + 1 < downStart.length ? downStart[i + 1] - attack : Long.MAX_VALUE;
        if (i < 0) return nextRamp;
        if (frame < downStart[i]) return frame + 1;
        if (frame < downEnd[i]) return downEnd[i];
        if (frame < downEnd[i] + release) return frame + 1;
        return nextRamp;
    }

    /** Index of the last duck whose ramp has started by {@code frame} + attack, i.e. downStart ≤ frame + attack; -1 if none. */
    private int lastStartingBy(long limit) {
        int lo = 0;
        int hi = downStart.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (downStart[mid] <= limit) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
