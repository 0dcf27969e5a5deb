package org.headroom.edit;

import static org.headroom.edit.EffectMeasures.RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No effect moves the programme in time: denoise, declip and the leveller look ahead, and their
 * latency is taken out, so the cross-correlation of output with input peaks at lag 0 (searched
 * over ±2500 frames, more than any of their look-aheads at 48 kHz but the leveller's, which is
 * also caught: a lag of 1.5 s would leave lag 0 uncorrelated). Exact: the lag is an integer.
 * (EQ is left out here: a minimum-phase filter shifts phase, not time, so its correlation peak
 * may sit a frame off; {@link EqTest} shows its impulse response starts at the impulse.)
 */
class EffectAlignmentTest {
    static List<Edit> effects() {
        return List.of(new Edit.Denoise(12, null, null), new Edit.Declip(5), new Edit.Level(-20, 12, 3),
                new Edit.Compress(-30, 4, 10, 150, 6, 0), new Edit.Reverb(0.8, 10.0, 0.25, null, null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("effects")
    void outputIsSampleAlignedWithInput(Edit effect) throws IOException {
        float[] speech = TestSignals.speechLike(RATE, 4.0, -8, 61);
        float[] in = TestSignals.mix(speech, TestSignals.pinkNoise(RATE, 4.0, -45, 62));
        for (int i = 0; i < in.length; i++) in[i] = Math.max(-1f, Math.min(1f, in[i]));
        float[] out = EffectMeasures.render(in, effect);
        assertEquals(in.length, out.length, "same length");
        assertEquals(0, bestLag(in, out, 2500), "lag of the correlation peak, frames");
    }

    private static int bestLag(float[] a, float[] b, int max) {
        int best = Integer.MIN_VALUE;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int lag = -max; lag <= max; lag++) {
            double sum = 0;
            for (int i = Math.max(0, -lag); i < a.length && i + lag < b.length; i += 3) sum += (double) a[i] * b[i + lag];
            if (sum > bestValue) {
                bestValue = sum;
                best = lag;
            }
        }
        return best;
    }
}
