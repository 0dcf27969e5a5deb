package org.headroom.edit;

import org.headroom.dsp.effects.BlockEffect;

/** A dsp effect with no look-ahead as a stage of the chain. */
final class EffectStage implements BlockProcessor {
    private final BlockEffect effect;

    EffectStage(BlockEffect effect) {
        if (effect.latency() != 0) throw new IllegalArgumentException("an effect with latency goes through AlignedSource");
        this.effect = effect;
    }

    @Override
    public void process(float[][] block, int frames) {
        effect.process(block, frames);
    }
}
