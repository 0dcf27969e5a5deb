package org.headroom.audio;

import java.util.ArrayList;
import java.util.List;

/** Where a channel plays from; decides its BS.1770 weight and which channels pair as stereo. */
public enum ChannelRole {
    MONO, LEFT, RIGHT, CENTER, LFE, LEFT_SURROUND, RIGHT_SURROUND,
    BACK_LEFT, BACK_RIGHT, BACK_CENTER, SIDE_LEFT, SIDE_RIGHT, OTHER;

    /**
     * The layout assumed when a file does not say: mono, stereo, and for six channels the
     * SMPTE/ITU order L R C LFE Ls Rs that WAV uses.
     */
    public static List<ChannelRole> defaultLayout(int channels) {
        switch (channels) {
            case 1: return List.of(MONO);
            case 2: return List.of(LEFT, RIGHT);
            case 3: return List.of(LEFT, RIGHT, CENTER);
            case 4: return List.of(LEFT, RIGHT, LEFT_SURROUND, RIGHT_SURROUND);
            case 5: return List.of(LEFT, RIGHT, CENTER, LEFT_SURROUND, RIGHT_SURROUND);
            case 6: return List.of(LEFT, RIGHT, CENTER, LFE, LEFT_SURROUND, RIGHT_SURROUND);
            default:
                List<ChannelRole> roles = new ArrayList<>(List.of(LEFT, RIGHT, CENTER, LFE, LEFT_SURROUND, RIGHT_SURROUND));
                while (roles.size() < channels) roles.add(OTHER);
                return List.copyOf(roles);
        }
    }
}
