package org.headroom.ui.monitor;

import org.headroom.audio.ChannelRole;
import org.headroom.audio.SourceFormat;

/** Short channel names for meter columns and the QC log: L, R, C, LFE..., or 1, 2, 3 when the roles say nothing. */
final class ChannelNames {
    private ChannelNames() {
    }

    static String of(SourceFormat format, int channel) {
        if (channel < 0) return "all";
        ChannelRole role = format.channelRoles().get(channel);
        return switch (role) {
            case MONO -> "M";
            case LEFT -> "L";
            case RIGHT -> "R";
            case CENTER -> "C";
            case LFE -> "LFE";
            case LEFT_SURROUND -> "Ls";
            case RIGHT_SURROUND -> "Rs";
            default -> String.valueOf(channel + 1);
        };
    }
}
