package org.headroom.edit;

/** A constant gain. Multiplies in float: one rounding per sample, and exactly nothing at 1.0. */
final class GainProcessor implements BlockProcessor {
    private final float gain;

    GainProcessor(double linear) {
        this.gain = (float) linear;
    }

    @Override
    public void process(float[][] block, int frames) {
        if (gain == 1f) return;
        for (float[] ch : block) {
            for (int i = 0; i < frames; i++) ch[i] *= gain;
        }
    }
}
