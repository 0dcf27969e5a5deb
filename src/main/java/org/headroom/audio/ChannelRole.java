package org.headroom.audio;

import java.util.ArrayList;
import java.util.List;

/** Where a channel plays from; decides its BS.1770 weight and which channels pair as stereo. */
public enum ChannelRole {
    MONO, LEFT, RIGHT, CENTER, LFE, LEFT_SURROUND, RIGHT_SURROUND,
    BACK_LEFT, BACK_RIGHT, BACK_CENTER, SIDE_LEFT, SIDE_RIGHT, OTHER;

    /** BS.1770's weight for the surround channels: +1.5 dB, rounded as the standard gives it. */
    private static final double SURROUND_WEIGHT = 1.41;

    /**
     * This channel's weight in a BS.1770 loudness sum. Front channels and mono count once;
     * surrounds 1.41 (+1.5 dB) because sound from the side and behind is heard as louder; the
     * LFE not at all, as the standard leaves it out. It lives here, with the role, so the
     * analysis and the editor's normaliser weigh channels the same way without depending on
     * each other.
     */
    public double loudnessWeight() {
        switch (this) {
            case LFE:
                return 0.0;
            case LEFT_SURROUND: case RIGHT_SURROUND: case SIDE_LEFT: case SIDE_RIGHT:
            case BACK_LEFT: case BACK_RIGHT: case BACK_CENTER:
                return SURROUND_WEIGHT;
            default:
                return 1.0;
        }
    }

    /** {@link #loudnessWeight()} of each channel, in order: what {@code LoudnessMeter} takes. */
    public static double[] loudnessWeights(List<ChannelRole> roles) {
        double[] weights = new double[roles.size()];
        for (int i = 0; i < weights.length; i++) weights[i] = roles.get(i).loudnessWeight();
        return weights;
    }

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
