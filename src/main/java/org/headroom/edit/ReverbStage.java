package org.headroom.edit;

import org.headroom.dsp.effects.FeedbackDelayReverb;

/** One reverb edit in the stream: the whole programme sent into the room, or only its range (the tail rings on after it). */
final class ReverbStage implements BlockProcessor {
    private final FeedbackDelayReverb reverb;
    private final ProgrammeMask mask;
    private long position;
    private float[] send = new float[0];

    /** @param mask null for the whole programme */
    ReverbStage(FeedbackDelayReverb reverb, ProgrammeMask mask, long position) {
        this.reverb = reverb;
        this.mask = mask;
        this.position = position;
    }

    @Override
    public void process(float[][] block, int frames) {
        if (mask == null) {
            reverb.process(block, frames, null);
        } else {
            if (send.length < frames) send = new float[frames];
            mask.fill(position, frames, send);
            reverb.process(block, frames, send);
        }
        position += frames;
    }
}
