package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.headroom.audio.ChannelRole;
import org.junit.jupiter.api.Test;

class ChannelWeightsTest {
    @Test
    void fivePointOneWeighsSurroundsUpAndDropsTheLfe() {
        assertArrayEquals(new double[] {1, 1, 1, 0, 1.41, 1.41}, ChannelWeights.of(ChannelRole.defaultLayout(6)), 0.0);
    }

    @Test
    void monoIsOneChannelOfWeightOne() {
        assertArrayEquals(new double[] {1}, ChannelWeights.of(ChannelRole.defaultLayout(1)), 0.0);
    }
}
