package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/**
 * The monitor's live RT60: only the last 25 s count, and on them it reads a room as the advisor's
 * speech estimator does (its test: ±25 % up to 1.2 s on one recording, the target).
 */
class LiveReverbTest {
    private static final int RATE = 16_000;
    private static final double SPEECH_TOLERANCE = 0.25;

    private static void feed(LiveReverb live, float[] x, int from, int to) {
        int block = RATE / 10;
        float[][] b = new float[1][block];
        for (int i = from; i < to; i += block) {
            int n = Math.min(block, to - i);
            System.arraycopy(x, i, b[0], 0, n);
            live.accept(b, n);
        }
    }

    @Test
    void saysNothingUntilEnoughIsHeardThenReadsTheRoom() {
        float[] room = Recordings.room(RATE, 0.6, Double.NaN, false, 40, 30); // speech from 7 s
        LiveReverb live = new LiveReverb(RATE);
        feed(live, room, 0, (int) ((LiveReverb.MIN_SECONDS - 0.5) * RATE));
        assertTrue(live.estimate().isEmpty(), "too little heard");
        feed(live, room, (int) ((LiveReverb.MIN_SECONDS - 0.5) * RATE), room.length);
        Rt60Estimate e = live.estimate().orElseThrow();
        assertEquals(Rt60Method.SPEECH, e.method());
        assertEquals(0.6, e.seconds(), 0.6 * SPEECH_TOLERANCE, e.detail());
    }

    /** A move from a dry room to a live one: once 25 s of the new room are in, the old one is forgotten. */
    @Test
    void followsTheLatestRoom() {
        float[] dry = Recordings.room(RATE, 0.3, Double.NaN, false, 40, 31);
        float[] live = Recordings.room(RATE, 1.0, Double.NaN, false, 40, 32);
        float[] both = TestSignals.concat(Arrays.copyOfRange(dry, 7 * RATE, 27 * RATE), Arrays.copyOfRange(live, 2 * RATE, live.length));
        LiveReverb reverb = new LiveReverb(RATE);
        feed(reverb, both, 0, 20 * RATE);
        double first = reverb.estimate().orElseThrow().seconds();
        assertEquals(0.3, first, 0.3 * SPEECH_TOLERANCE, "the dry room");
        feed(reverb, both, 20 * RATE, both.length);
        double second = reverb.estimate().orElseThrow().seconds();
        assertEquals(1.0, second, 1.0 * SPEECH_TOLERANCE, "the live room, the dry one forgotten");
    }
}
