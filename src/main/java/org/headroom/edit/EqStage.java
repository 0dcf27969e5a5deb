package org.headroom.edit;

import java.util.List;
import org.headroom.dsp.Biquad;

/**
 * One EQ edit in the stream: its biquads through {@link FilterChain}, over the whole programme
 * or, with a range, mixed in by a {@link ProgrammeMask}. The filters run everywhere, so they are
 * settled when the range begins and the mix is all that changes at its edges.
 */
final class EqStage implements BlockProcessor {
    private final FilterChain filters;
    private final ProgrammeMask mask;
    private long position;
    private float[][] wet = new float[0][];
    private float[] weights = new float[0];

    /** @param mask null for the whole programme */
    EqStage(List<Biquad> sections, int channels, ProgrammeMask mask, long position) {
        this.filters = new FilterChain(sections, channels);
        this.mask = mask;
        this.position = position;
    }

    @Override
    public void process(float[][] block, int frames) {
        if (mask == null) {
            filters.process(block, frames);
        } else {
            if (wet.length != block.length || wet[0].length < frames) wet = new float[block.length][Math.max(frames, 1)];
            if (weights.length < frames) weights = new float[frames];
            for (int c = 0; c < block.length; c++) System.arraycopy(block[c], 0, wet[c], 0, frames);
            filters.process(wet, frames);
            mask.fill(position, frames, weights);
            for (int c = 0; c < block.length; c++) {
                float[] x = block[c];
                float[] y = wet[c];
                for (int i = 0; i < frames; i++) {
                    float m = weights[i];
                    if (m != 0f) x[i] = m == 1f ? y[i] : x[i] + m * (y[i] - x[i]);
                }
            }
        }
        position += frames;
    }
}
