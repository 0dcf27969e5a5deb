package org.headroom.edit;

import java.util.List;

/**
 * The gain and silence regions, applied by source position so they follow the material
 * wherever it plays (a pasted copy of a silenced stretch is silent too). The ramps are
 * raised-cosine and lie inside each region, so the material the user kept is never touched
 * and the region's edges never click.
 */
final class SourceEnvelope {
    private final List<Timeline.Region> regions;

    SourceEnvelope(List<Timeline.Region> regions) {
        this.regions = regions;
    }

    /** Scales {@code block[.][off, off + n)}, which holds source frames from {@code sourceStart}. */
    void apply(float[][] block, int off, int n, long sourceStart) {
        for (Timeline.Region r : regions) {
            long from = Math.max(sourceStart, r.sourceStart());
            long to = Math.min(sourceStart + n, r.sourceEnd());
            if (from >= to) continue;
            for (long f = from; f < to; f++) {
                float g = (float) gainAt(r, f);
                int i = off + (int) (f - sourceStart);
                for (float[] ch : block) ch[i] *= g;
            }
        }
    }

    static double gainAt(Timeline.Region r, long frame) {
        long fromStart = frame - r.sourceStart();
        long toEnd = r.sourceEnd() - 1 - frame;
        long edge = Math.min(fromStart, toEnd);
        if (edge >= r.rampFrames()) return r.gain();
        double x = (edge + 0.5) / r.rampFrames();
        double w = 0.5 - 0.5 * Math.cos(Math.PI * x);
        return 1 + (r.gain() - 1) * w;
    }
}
