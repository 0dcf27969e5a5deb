package org.headroom.audio;

import java.util.ArrayList;
import java.util.List;

/** WAVE_FORMAT_EXTENSIBLE speaker masks (Microsoft KSAUDIO_SPEAKER bits) turned into channel roles. */
public final class ChannelMasks {
    /** The Vorbis comment (FLAC, Ogg) that carries a speaker mask, as the reference FLAC tools and ffmpeg name it. */
    public static final String VORBIS_COMMENT_TAG = "WAVEFORMATEXTENSIBLE_CHANNEL_MASK";
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
    public static List<ChannelRole> roles(long mask, int channels) {
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

    /**
     * The mask for channels in these roles: the inverse of {@link #roles}, with the 5.1 surround
     * pair on the "back" bits (0x3F, the common WAV reading). 0 ("not said") when a role has no
     * speaker bit or the roles are not in the mask's bit order, which is how a mask names them.
     */
    public static long mask(List<ChannelRole> roles) {
        long mask = 0;
        long previous = 0;
        for (ChannelRole r : roles) {
            long bit = bit(r);
            if (bit == 0 || bit <= previous) return 0;
            mask |= bit;
            previous = bit;
        }
        return mask;
    }

    private static long bit(ChannelRole r) {
        switch (r) {
            case MONO: case CENTER: return FRONT_CENTER;
            case LEFT: return FRONT_LEFT;
            case RIGHT: return FRONT_RIGHT;
            case LFE: return LOW_FREQUENCY;
            case LEFT_SURROUND: case BACK_LEFT: return BACK_LEFT;
            case RIGHT_SURROUND: case BACK_RIGHT: return BACK_RIGHT;
            case BACK_CENTER: return BACK_CENTER;
            case SIDE_LEFT: return SIDE_LEFT;
            case SIDE_RIGHT: return SIDE_RIGHT;
            default: return 0;
        }
    }

    /** The mask a writer puts in an extensible header for the default layout of {@code channels}. */
    public static long defaultMask(int channels) {
        return mask(ChannelRole.defaultLayout(channels));
    }
}
