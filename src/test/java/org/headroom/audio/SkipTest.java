package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AudioSource#skip}: a PCM file jumps, and lands where reading would have. */
class SkipTest {
    @TempDir
    Path dir;

    @Test
    void skippingLandsWhereReadingWould() throws Exception {
        float[] x = TestSignals.quantise(TestSignals.whiteNoise(48000, 30, -20, 1), 16);
        Path file = dir.resolve("n.wav");
        WavWriter.write(file, 48000, WavWriter.SampleFormat.PCM_16, new float[][] {x});
        try (AudioSource s = AudioFiles.open(file)) {
            float[][] b = new float[1][1000];
            s.read(b);
            assertEquals(500, s.skip(500));          // inside the buffer
            s.read(b);
            assertArrayEquals(Arrays.copyOfRange(x, 1500, 2500), b[0], 0f); // delta 0: quantise leaves -0.0, the file +0
            assertEquals(1_000_000, s.skip(1_000_000)); // past it
            s.read(b);
            assertArrayEquals(Arrays.copyOfRange(x, 1_002_500, 1_003_500), b[0], 0f);
            assertEquals(x.length - 1_003_500, s.skip(Long.MAX_VALUE));
            assertEquals(0, s.read(b));
        }
    }
}
