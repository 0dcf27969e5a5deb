package org.headroom.dsp.effects;

/**
 * An effect that changes de-interleaved blocks in place and keeps its state between them.
 * Sample n out is sample n − {@link #latency()} in, processed: an effect that must see ahead
 * delays its output by that much and the caller removes the delay.
 */
public interface BlockEffect {
    void process(float[][] block, int frames);

    /** Frames by which the output trails the input; 0 for an effect that needs no look-ahead. */
    default int latency() {
        return 0;
    }
}
