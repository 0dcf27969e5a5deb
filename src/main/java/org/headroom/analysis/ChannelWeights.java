package org.headroom.analysis;

import java.util.List;

import org.headroom.audio.ChannelRole;

/**
 * BS.1770 channel weights from channel roles: front channels and mono count once, surrounds
 * 1.41 (+1.5 dB) because they reach the listener from the side, and the LFE not at all.
 */
public final class ChannelWeights {
    private static final double SURROUND = 1.41;

    private ChannelWeights() {
    }

    public static double[] of(List<ChannelRole> roles) {
        double[] weights = new double[roles.size()];
        for (int i = 0; i < weights.length; i++) weights[i] = weight(roles.get(i));
        return weights;
    }

    static double weight(ChannelRole role) {
        switch (role) {
            case LFE:
                return 0.0;
            case LEFT_SURROUND: case RIGHT_SURROUND: case SIDE_LEFT: case SIDE_RIGHT:
            case BACK_LEFT: case BACK_RIGHT: case BACK_CENTER:
                return SURROUND;
            default:
                return 1.0;
        }
    }
}
