package org.headroom.ui;

import java.time.Instant;

import org.headroom.analysis.LiveSession;

/**
 * A started session and what it listens to.
 *
 * @param session   the live session (capture thread running)
 * @param input     the input it reads, through the window's capture tap
 * @param startedAt wall-clock time of take time 0, for the QC log
 */
record RunningInput(LiveSession session, OpenedInput input, Instant startedAt) {
}
