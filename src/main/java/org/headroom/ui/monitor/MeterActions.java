package org.headroom.ui.monitor;

/** What the meters' own buttons ask of the running session; each request is queued to the capture thread. */
interface MeterActions {
    void resetHeldPeaks();

    /** One channel's clip light, or every channel's for -1. */
    void resetClips(int channel);

    void resetLoudness();
}
