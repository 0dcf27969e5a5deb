package org.headroom.audio;

import java.util.ArrayList;
import java.util.List;

/** WAVE_FORMAT_EXTENSIBLE speaker masks (Microsoft KSAUDIO_SPEAKER bits) turned into channel roles. */
final class ChannelMasks {
    private static final int FRONT_LEFT = 0x1, FRONT_RIGHT = 0x2, FRONT_CENTER = 0x4, LOW_FREQUENCY = 0x8;
    private static final int BACK_LEFT = 0x10, BACK_RIGHT = 0x20, BACK_CENTER = 0x100;
    private static final int SIDE_LEFT = 0x200, SIDE_RIGHT = 0x400;

    private ChannelMasks() {
    }

    /**
     * Roles for the channels in stream order: the mask's set bits, lowest first, name the
     * channels; channels past the last set bit are OTHER. A mask of 0 (or a mono file) means
     * "not said", so the default layout applies. When only one surround pair is present, back
     * or side, it is the 5.1 surround pair (ITU-R BS.775 Ls/Rs), which is how both common 5.1
     * masks (0x3F and 0x60F) are meant.
     */
    static List<ChannelRole> roles(long mask, int channels) {
        if (mask == 0 || channels == 1) return ChannelRole.defaultLayout(channels);
        boolean backPair = (mask & (BACK_LEFT | BACK_RIGHT)) != 0;
        boolean sidePair = (mask & (SIDE_LEFT | SIDE_RIGHT)) != 0;
        boolean surroundIsBack = backPair && !sidePair;
        boolean surroundIsSide = sidePair && !backPair;
        List<ChannelRole> roles = new ArrayList<>(channels);
        for (int bit = 0; bit < 32 && roles.size() < channels; bit++) {
            long b = 1L << bit;
            if ((mask & b) == 0) continue;
            roles.add(role((int) b, surroundIsBack, surroundIsSide));
        }
        while (roles.size() < channels) roles.add(ChannelRole.OTHER);
        return roles;
    }

    private static ChannelRole role(int bit, boolean surroundIsBack, boolean surroundIsSide) {
        switch (bit) {
            case FRONT_LEFT: return ChannelRole.LEFT;
            case FRONT_RIGHT: return ChannelRole.RIGHT;
            case FRONT_CENTER: return ChannelRole.CENTER;
            case LOW_FREQUENCY: return ChannelRole.LFE;
            case BACK_LEFT: return surroundIsBack ? ChannelRole.LEFT_SURROUND : ChannelRole.BACK_LEFT;
            case BACK_RIGHT: return surroundIsBack ? ChannelRole.RIGHT_SURROUND : ChannelRole.BACK_RIGHT;
            case BACK_CENTER: return ChannelRole.BACK_CENTER;
            case SIDE_LEFT: return surroundIsSide ? ChannelRole.LEFT_SURROUND : ChannelRole.SIDE_LEFT;
            case SIDE_RIGHT: return surroundIsSide ? ChannelRole.RIGHT_SURROUND : ChannelRole.SIDE_RIGHT;
            default: return ChannelRole.OTHER;
        }
    }

    /** The mask a writer puts in an extensible header for the default layout of {@code channels}. */
    static int defaultMask(int channels) {
        switch (channels) {
            case 1: return FRONT_CENTER;
            case 2: return FRONT_LEFT | FRONT_RIGHT;
            case 3: return FRONT_LEFT | FRONT_RIGHT | FRONT_CENTER;
            case 4: return FRONT_LEFT | FRONT_RIGHT | BACK_LEFT | BACK_RIGHT;
            case 5: return FRONT_LEFT | FRONT_RIGHT | FRONT_CENTER | BACK_LEFT | BACK_RIGHT;
            case 6: return 0x3F;
            default: return 0;
        }
    }
}
