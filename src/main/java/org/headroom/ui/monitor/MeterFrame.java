package org.headroom.ui.monitor;

import java.util.Optional;

import org.headroom.advice.Rt60Estimate;
import org.headroom.analysis.LiveSnapshot;
import org.headroom.preset.DeliveryPreset;

/**
 * Everything one screen refresh shows, assembled on the EDT from the session's immutable
 * snapshot, the room's latest RT60 estimate and the user's choices. Nothing in it is computed
 * here: every figure is the session's (or, for RT60, the advisor's estimator's).
 *
 * @param snapshot   the session's latest snapshot
 * @param rt60       the room's latest RT60 estimate, empty until there is enough to go on
 * @param input      the input being metered
 * @param preset     the active delivery preset (never null: the window always has one)
 * @param ballistics what the level bars follow
 * @param inputLost  the input failed: the snapshot is its last reading, not a level still there
 */
record MeterFrame(LiveSnapshot snapshot, Optional<Rt60Estimate> rt60, OpenedInput input, DeliveryPreset preset,
                  Ballistics ballistics, boolean inputLost) {

    /** The bar level of one channel under the chosen ballistics, dBFS. */
    double barDb(int channel) {
        LiveSnapshot.ChannelMeters m = snapshot.channels().get(channel);
        return switch (ballistics) {
            case SAMPLE_PEAK -> m.peakDbfs();
            case PPM_I -> m.ppmTypeIDbfs();
            case PPM_IIA -> m.ppmTypeIIaDbfs();
            case VU -> m.vuDbfs();
        };
    }
}
