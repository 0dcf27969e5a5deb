package org.headroom.edit;

import static org.headroom.edit.EffectMeasures.RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/**
 * The speech leveller on two speech-like talkers 15 dB apart, taking turns over a room's noise:
 * afterwards their active levels are within 3 dB (the tolerance), measured after the
 * first {@value #SETTLE} s of each turn (the window's half plus the gain's smoothing); and in a
 * long pause the room noise does not swell ("pumping"): its level at the pause's middle is within
 * 1 dB of its level just after the last word.
 */
class LevellerTest {
    private static final double TURN = 8;
    private static final double SETTLE = 2.0;

    @Test
    void twoTalkers15DbApartEndUpWithin3Db() throws IOException {
        float[] loud = TestSignals.speechLike(RATE, TURN, -12, 21);
        float[] quiet = TestSignals.speechLike(RATE, TURN, -27, 22);
        float[] loud2 = TestSignals.speechLike(RATE, TURN, -12, 23);
        float[] quiet2 = TestSignals.speechLike(RATE, TURN, -27, 24);
        float[] speech = TestSignals.concat(loud, quiet, loud2, quiet2);
        float[] noisy = TestSignals.mix(speech, TestSignals.pinkNoise(RATE, 4 * TURN, -65, 5));
        float[] out = EffectMeasures.render(noisy, new Edit.Level(-20, 12, 3));
        double[] before = new double[4];
        double[] after = new double[4];
        for (int t = 0; t < 4; t++) {
            int from = (int) ((t * TURN + SETTLE) * RATE);
            int to = (int) ((t + 1) * TURN * RATE);
            float[] ref = java.util.Arrays.copyOfRange(speech, from, to);
            before[t] = EffectMeasures.activeDb(java.util.Arrays.copyOfRange(noisy, from, to), ref);
            after[t] = EffectMeasures.activeDb(java.util.Arrays.copyOfRange(out, from, to), ref);
        }
        String figures = String.format("before %.1f %.1f %.1f %.1f, after %.1f %.1f %.1f %.1f dBFS", before[0], before[1], before[2], before[3],
                after[0], after[1], after[2], after[3]);
        System.out.println("leveller: " + figures);
        assertEquals(15, before[0] - before[1], 1.0, "the input is what it says: " + figures);
        for (int t = 1; t < 4; t++) assertTrue(Math.abs(after[t] - after[t - 1]) <= 3, figures);
        for (int t = 0; t < 4; t++) assertEquals(-20, after[t], 3, "near the target: " + figures);
    }

    @Test
    void aLongPauseDoesNotSwell() throws IOException {
        float[] speech = TestSignals.concat(TestSignals.speechLike(RATE, 6, -30, 31), TestSignals.silence(RATE, 8),
                TestSignals.speechLike(RATE, 6, -30, 32));
        float[] noisy = TestSignals.mix(speech, TestSignals.pinkNoise(RATE, 20, -60, 6));
        float[] out = EffectMeasures.render(noisy, new Edit.Level(-20, 12, 3));
        double justAfter = EffectMeasures.db(EffectMeasures.power(out, (int) (6.3 * RATE), (int) (7.3 * RATE)));
        double middle = EffectMeasures.db(EffectMeasures.power(out, (int) (9.5 * RATE), (int) (10.5 * RATE)));
        assertEquals(justAfter, middle, 1.0, "room noise in the pause, dBFS: no pumping");
    }
}
