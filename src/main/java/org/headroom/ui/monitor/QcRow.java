package org.headroom.ui.monitor;

import java.time.Instant;

import org.headroom.detect.Finding;
import org.headroom.ui.common.Readout;

/**
 * One line of the QC log: a finding with the wall-clock time it happened and the input it came from.
 *
 * @param wallClock when the audio concerned was captured (session start + take time)
 * @param finding   the finding as the session reports it; replaced as it grows (a burst of clips)
 * @param channel   channel name as the meters show it ("L", "R", "all")
 * @param input     the input's name
 */
record QcRow(Instant wallClock, Finding finding, String channel, String input) {
    String kindText() {
        String k = finding.kind().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(k.charAt(0)) + k.substring(1);
    }

    String valueText() {
        double v = finding.value();
        if (!Double.isFinite(v)) return "";
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Readout.minusSign(Long.toString((long) v)) : Readout.db(v);
    }
}
