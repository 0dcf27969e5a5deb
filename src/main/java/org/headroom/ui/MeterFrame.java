package org.headroom.ui;

import org.headroom.analysis.LiveSnapshot;
import org.headroom.preset.DeliveryPreset;

/**
 * Everything one screen refresh shows, assembled on the EDT from the immutable snapshot, the
 * tap's reading and the user's choices.
 *
 * @param snapshot   the session's latest snapshot
 * @param tap        the capture tap's latest reading
 * @param input      the input being metered
 * @param preset     the active delivery preset (never null: the window always has one)
 * @param ballistics what the level bars follow
 */
record MeterFrame(LiveSnapshot snapshot, TapReading tap, OpenedInput input, DeliveryPreset preset,
                  Ballistics ballistics) {

    /** The bar level of one channel under the chosen ballistics, dBFS. */
    double barDb(int channel) {
        LiveSnapshot.ChannelMeters m = snapshot.channels().get(channel);
        return switch (ballistics) {
            case SAMPLE_PEAK -> m.peakDbfs();
            case PPM_I -> channel < tap.ppmI().length ? tap.ppmI()[channel] : m.ppmDbfs();
            case PPM_IIA -> channel < tap.ppmIIa().length ? tap.ppmIIa()[channel] : m.ppmDbfs();
            case VU -> m.vuDbfs();
        };
    }
}
