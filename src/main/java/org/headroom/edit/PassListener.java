package org.headroom.edit;

import java.io.IOException;

/**
 * Told of each block a render plan's measuring passes read, so a long normalisation can show
 * progress and be stopped: throwing (an export's cancel, say) ends the plan with that exception.
 */
@FunctionalInterface
public interface PassListener {
    PassListener NONE = (stage, done, total) -> { };

    /**
     * @param stage "measuring" (the programme as it is) or "checking the limiter" (a trial render)
     * @param total frames in the pass, or -1 when not known
     */
    void progress(String stage, long framesDone, long framesTotal) throws IOException;
}
