package org.headroom.edit;

import static org.headroom.edit.EffectMeasures.RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compressor's steady-state law with a hard knee: a 1 kHz tone at level L (its peak, dBFS)
 * comes out at T + (L − T)/R + makeup above the threshold T and at L + makeup under it. Measured
 * as the RMS + 3.01 dB of the last second of a 2 s tone, once attack and release have settled.
 * Tolerance 0.5 dB (the issue's): the 5 ms detector ripples by under 0.1 dB at 1 kHz.
 */
class CompressorTest {
    @ParameterizedTest(name = "tone at {0} dBFS, threshold {1}, ratio {2}, makeup {3}")
    @CsvSource({"-30, -20, 3, 0", "-20, -20, 3, 0", "-10, -20, 3, 0", "-3, -20, 3, 0", "0, -20, 3, 0",
            "-6, -30, 8, 6", "-12, -18, 2, 3", "-40, -20, 4, 2"})
    void steadyToneFollowsTheLaw(double level, double threshold, double ratio, double makeup) throws IOException {
        float[] tone = TestSignals.sine(RATE, 2.0, 1000, level);
        float[] out = EffectMeasures.render(tone, new Edit.Compress(threshold, ratio, 10, 150, 0, makeup));
        double measured = EffectMeasures.db(EffectMeasures.power(out, RATE, 2 * RATE)) + 3.0103;
        double expected = (level > threshold ? threshold + (level - threshold) / ratio : level) + makeup;
        assertEquals(expected, measured, 0.5, "output level of the steady tone, dBFS");
    }
}
