package org.headroom.ui.monitor;

import java.time.Instant;
import java.util.List;

/**
 * What an export writes, copied on the EDT so the writer thread touches nothing live.
 *
 * @param exported    when the export was asked for
 * @param input       the input being metered
 * @param format      its format, as the format panel says it
 * @param preset      the delivery preset's title and target, as the loudness panel says it
 * @param takeSeconds how long the current input has run
 * @param integratedLufs integrated loudness, null while undefined
 * @param rangeLu        loudness range, null while undefined
 * @param truePeakDbtp   highest true peak of any channel, null before any signal
 * @param noiseFloorDbfs noise floor, null while unknown
 * @param rows        the log
 */
record QcReport(Instant exported, String input, String format, String preset, double takeSeconds,
                Double integratedLufs, Double rangeLu, Double truePeakDbtp, Double noiseFloorDbfs, List<QcRow> rows) {
    QcReport {
        rows = List.copyOf(rows);
    }
}
