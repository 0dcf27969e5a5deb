package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** BS.1770 channel weights, as the analysis and the editor's normaliser both take them. */
class ChannelRoleTest {
    @Test
    void fivePointOneWeighsSurroundsUpAndDropsTheLfe() {
        assertArrayEquals(new double[] {1, 1, 1, 0, 1.41, 1.41}, ChannelRole.loudnessWeights(ChannelRole.defaultLayout(6)), 0.0);
    }

    @Test
    void monoIsOneChannelOfWeightOne() {
        assertArrayEquals(new double[] {1}, ChannelRole.loudnessWeights(ChannelRole.defaultLayout(1)), 0.0);
    }
}
