package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoInputTest {
    @Test
    void theBundledTakeLoopsInRealTime() throws Exception {
        try (AudioSource demo = DemoInput.open()) {
            assertEquals(48000, demo.format().sampleRate());
            assertEquals(2, demo.format().channels());
            float[][] block = new float[2][4800];
            long start = System.nanoTime();
            int total = 0;
            for (int i = 0; i < 3; i++) total += demo.read(block);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(14400, total);
            // 0.3 s of audio cannot arrive faster than a sound card would deliver it (first block is due at 0.1 s)
            assertTrue(seconds >= 0.29, "took " + seconds);
        }
    }
}
