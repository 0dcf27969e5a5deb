package org.headroom.advice;

import static org.headroom.testsupport.TestSignals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A location take that cannot be trusted says why, in words a runner can act on; a good one says nothing. */
class TakeCheckTest {
    private static final int RATE = 48000;

    /** 3 s of room tone then 17 s of speech 30 dB over white noise: what the prompt asks for. */
    private static float[] goodTake() {
        return mix(whiteNoise(RATE, 20, -50, 3), placeAt(RATE, speechLike(RATE, 17, -20, 11), 3, 20));
    }

    private static List<String> cautions(float[] take) throws Exception {
        return Recordings.measure(RATE, take).cautions();
    }

    private static boolean mentions(List<String> cautions, String words) {
        return cautions.stream().anyMatch(c -> c.contains(words));
    }

    @Test
    void aGoodTakeHasNoCaution() throws Exception {
        assertEquals(List.of(), cautions(goodTake()));
    }

    @Test
    void aTakeShorterThanTenSecondsAsksForMore() throws Exception {
        List<String> c = cautions(java.util.Arrays.copyOf(goodTake(), 6 * RATE));
        assertTrue(mentions(c, "Only 6.0 s recorded"), c::toString);
    }

    /** A muted input gives zeros: that is a cable or a switch, not a quiet room. */
    @Test
    void digitalSilenceBlamesTheInputNotTheRoom() throws Exception {
        List<String> c = cautions(silence(RATE, 15));
        assertTrue(mentions(c, "digital silence"), c::toString);
        assertTrue(c.stream().noneMatch(s -> s.startsWith("No speech")), "silence is not 'no speech': " + c);
    }

    @Test
    void roomToneAloneAsksForTalking() throws Exception {
        List<String> c = cautions(whiteNoise(RATE, 20, -50, 4));
        assertTrue(mentions(c, "No speech heard"), c::toString);
    }

    /** At 0 dB SNR the reading is within the issue's ±3 dB, but it cannot be told from noise swelling, so it is flagged. */
    @Test
    void speechAsLoudAsTheNoiseIsFlaggedRough() throws Exception {
        float[] take = mix(whiteNoise(RATE, 20, -20, 3), placeAt(RATE, speechLike(RATE, 17, -20, 11), 3, 20));
        List<String> c = cautions(take);
        assertTrue(mentions(c, "hardly above the noise"), c::toString);
    }

    @Test
    void aClippedTakeAsksForLessGain() throws Exception {
        float[] take = goodTake();
        for (int i = 0; i < take.length; i++) take[i] = Math.max(-1f, Math.min(1f, take[i] * 30));
        List<String> c = cautions(take);
        assertTrue(mentions(c, "The take clipped"), c::toString);
    }
}
