package org.headroom.ui.monitor;

import java.time.Instant;

import org.headroom.advice.ReverbWatch;
import org.headroom.analysis.LiveSession;

/**
 * A started session and what it listens to.
 *
 * @param session   the live session (capture thread running), which computes every figure shown
 * @param input     the input it reads
 * @param reverb    the room's RT60 watch, one of the session's block listeners
 * @param startedAt wall-clock time of take time 0, for the QC log
 */
record RunningInput(LiveSession session, OpenedInput input, ReverbWatch reverb, Instant startedAt) {
    /** Block listeners the window itself attaches to every session: the RT60 watch. */
    static final int OWN_LISTENERS = 1;
}
