package org.headroom.ui.editor;

import org.headroom.edit.PeakCache;
import org.headroom.edit.ProgrammeMap;

/**
 * Min/max per pixel column of the edited programme, from the source's peak cache through the
 * programme map: each column's output frames are mapped to the source stretches that play
 * there, their peaks combined and scaled by the gain envelope (gain, silence, fades), so the
 * picture shows the programme as it will sound, at the cost of a few cache lookups per column.
 */
final class PeakColumns {
    /** Column states: nothing known yet, exact, estimated from the preview. */
    static final byte NONE = 0;
    static final byte EXACT = 1;
    static final byte ESTIMATE = 2;

    final float[] min;
    final float[] max;
    final byte[] state;

    private PeakColumns(int width) {
        min = new float[width];
        max = new float[width];
        state = new byte[width];
    }

    /** Exact columns from samples read from the file (zoomed in past the cache). */
    static PeakColumns of(ProgrammeMap map, SampleWindow samples, int channel, double start, double fpp, int width) {
        PeakColumns cols = new PeakColumns(width);
        for (int x = 0; x < width; x++) {
            long from = (long) Math.floor(start + x * fpp);
            long to = Math.min(map.frames(), Math.max(from + 1, (long) Math.floor(start + (x + 1) * fpp)));
            if (from >= map.frames()) break;
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (long f = from; f < to; f++) {
                float v = samples.sample(channel, f);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double g = map.gainAt((from + to) / 2);
            cols.min[x] = (float) (lo * g);
            cols.max[x] = (float) (hi * g);
            cols.state[x] = EXACT;
        }
        return cols;
    }

    static PeakColumns of(ProgrammeMap map, PeakCache cache, int channel, double start, double fpp, int width) {
        PeakColumns cols = new PeakColumns(width);
        float[] mm = new float[2];
        for (int x = 0; x < width; x++) {
            long from = (long) Math.floor(start + x * fpp);
            long to = Math.max(from + 1, (long) Math.floor(start + (x + 1) * fpp));
            if (from >= map.frames()) break;
            to = Math.min(to, map.frames());
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            byte st = NONE;
            for (ProgrammeMap.Segment s : map.segments(from, to)) {
                int got = cache.minMaxOrEstimate(channel, s.sourceStart(), s.sourceEnd(), mm);
                if (got == 0) continue;
                lo = Math.min(lo, mm[0]);
                hi = Math.max(hi, mm[1]);
                st = (byte) Math.max(st, got);
            }
            if (st == NONE) continue;
            double g = map.gainAt((from + to) / 2);
            cols.min[x] = (float) (lo * g);
            cols.max[x] = (float) (hi * g);
            cols.state[x] = st;
        }
        return cols;
    }
}
