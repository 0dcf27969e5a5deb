package org.headroom.edit;

import java.util.List;
import org.headroom.dsp.ShapedNoise;

/**
 * The gain and silence regions, applied by source position so they follow the material
 * wherever it plays (a pasted copy of a silenced stretch is silent too). The ramps are
 * raised-cosine and lie inside each region, so the material the user kept is never touched
 * and the region's edges never click. A silence filled with room tone crosses into the tone over
 * the same ramps.
 */
final class SourceEnvelope {
    private final List<Timeline.Region> regions;
    /** Room tone for filled silences, by source position; null when nothing is filled. */
    private final ShapedNoise fill;
    private float[] tone = new float[0];

    SourceEnvelope(List<Timeline.Region> regions) {
        this(regions, null);
    }

    SourceEnvelope(List<Timeline.Region> regions, ShapedNoise fill) {
        this.regions = regions;
        this.fill = fill;
    }

    /** Scales {@code block[.][off, off + n)}, which holds source frames from {@code sourceStart}. */
    void apply(float[][] block, int off, int n, long sourceStart) {
        for (Timeline.Region r : regions) {
            long from = Math.max(sourceStart, r.sourceStart());
            long to = Math.min(sourceStart + n, r.sourceEnd());
            if (from >= to) continue;
            if (r.fill() && fill != null) {
                fill(block, off + (int) (from - sourceStart), r, from, (int) (to - from));
                continue;
            }
            for (long f = from; f < to; f++) {
                float g = (float) gainAt(r, f);
                int i = off + (int) (f - sourceStart);
                for (float[] ch : block) ch[i] *= g;
            }
        }
    }

    /**
     * The silence's ramps cross the material into room tone at equal power (the two are
     * uncorrelated noises, so their powers add): material × g, tone × √(1 − g²).
     */
    private void fill(float[][] block, int at, Timeline.Region r, long from, int n) {
        if (tone.length < n) tone = new float[n];
        for (int c = 0; c < block.length; c++) {
            fill.read(c, from, tone, 0, n);
            float[] ch = block[c];
            for (int j = 0; j < n; j++) {
                double g = gainAt(r, from + j);
                ch[at + j] = (float) (ch[at + j] * g + tone[j] * Math.sqrt(Math.max(0, 1 - g * g)));
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
