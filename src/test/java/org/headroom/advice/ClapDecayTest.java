package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Clap RT60 against synthetic rooms. Tolerance ±15 % (the target), from the whole
 * measurement, two rooms per RT60 (the clapper at the critical distance, DRR 0 dB, and at half of it, +6 dB; a
 * clap is recognised by its direct sound, so one from far beyond the critical distance is not), the
 * clap 50+ dB above the noise so T30 applies. At 25–35 dB only a T10 or T20 is possible and
 * the estimate is allowed to be missing or marked less confident.
 */
class ClapDecayTest {
    private static final int RATE = 16000;

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.4, 0.6, 1.0, 1.5, 2.0})
    void clapGivesRt60WithinFifteenPercent(double rt60) throws Exception {
        for (double drr : new double[] {0, 6}) {
            Location loc = Recordings.measure(RATE, Recordings.room(RATE, rt60, drr, true, 40, 7));
            Rt60Estimate e = loc.clapRt60().orElseThrow(() -> new AssertionError("no clap found at RT60 " + rt60));
            assertEquals(rt60, e.seconds(), 0.15 * rt60, e.detail());
            assertEquals(Rt60Method.CLAP, loc.rt60().orElseThrow().method(), "a trusted clap is preferred to speech");
            assertTrue(e.confidence() >= 0.4, e.toString());
        }
    }

    @Test
    void speechAloneIsNotTakenForAClap() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Location loc = Recordings.measure(RATE, Recordings.room(RATE, 0.6, 0, false, 40, seed));
            assertTrue(loc.clapRt60().isEmpty() || Math.abs(loc.clapRt60().get().seconds() / 0.6 - 1) < 0.3,
                    "a syllable mistaken for a clap must at least decay like the room: " + loc.clapRt60());
            assertEquals(Rt60Method.SPEECH, loc.rt60().orElseThrow().method(), loc.clapRt60().toString());
        }
    }

    @Test
    void aClapInANoisyRoomIsLessConfident() throws Exception {
        Location loc = Recordings.measure(RATE, Recordings.room(RATE, 0.6, 0, true, 20, 3));
        loc.clapRt60().ifPresent(e -> assertTrue(e.confidence() < 0.8, e.toString()));
    }

    /**
     * Issue 14: a file that holds only the clap and its decay (no room tone before it, no speech)
     * gives the Schroeder RT60 within ±10 % from 0.25 to 2 s. Files of 0.5 to 5 s, the clapper at
     * the critical distance, the noise 79 dB under the clap; three seeds each (1–3; the cut-file
     * margins were chosen on seeds 11–16). A file cut while the room still rings is fitted over
     * what it holds, the tail beyond its end extrapolated: a 0.5 s file in a 1.5 s room still holds
     * about 15 dB of the energy decay after its first 5, enough for T10. In a 2 s room a 0.5 s file
     * holds about 12 dB of it, too little for a T10, so there it must either be within ±10 % or
     * give none and say why (next test); from 0.7 s on it is judged like the rest.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.5, 1.0, 1.5, 2.0})
    void aFileOfOnlyTheClapGivesRt60WithinTenPercent(double rt60) throws Exception {
        int rate = 48000;
        for (double seconds : new double[] {0.5, 0.7, 1, 2.5, 5}) {
            for (long seed = 1; seed <= 3; seed++) {
                Location loc = Recordings.measure(rate, Recordings.clapOnly(rate, rt60, seconds, seed));
                if (rt60 >= 2.0 && seconds < 0.7 && loc.clapRt60().isEmpty()) {
                    assertTrue(loc.cautions().stream().anyMatch(c -> c.contains("still ringing")), loc.cautions().toString());
                    continue;
                }
                Rt60Estimate e = loc.clapRt60()
                        .orElseThrow(() -> new AssertionError("no RT60 from a clap-only file, RT60 " + rt60 + " s, " + seconds + " s long"));
                assertEquals(rt60, e.seconds(), 0.10 * rt60, seconds + " s file, seed " + seed + ": " + e.detail());
            }
        }
    }

    /**
     * A file cut before the decay reaches the noise says so in the estimate (its range and that
     * the rest is extrapolated) and is trusted less than a whole decay; cut too soon for any fit,
     * the cautions say why there is no RT60 instead of leaving the preset's figure unexplained.
     */
    @Test
    void aFileCutInTheDecaySaysSo() throws Exception {
        int rate = 48000;
        Rt60Estimate cut = Recordings.measure(rate, Recordings.clapOnly(rate, 1.5, 0.5, 1)).clapRt60().orElseThrow();
        Rt60Estimate whole = Recordings.measure(rate, Recordings.clapOnly(rate, 1.5, 2.5, 1)).clapRt60().orElseThrow();
        assertTrue(cut.detail().contains("extrapolated") && cut.confidence() < whole.confidence(), cut + " against " + whole);
        assertTrue(!whole.detail().contains("extrapolated"), whole.detail());
        Location tooShort = Recordings.measure(rate, Recordings.clapOnly(rate, 2.0, 0.4, 1));
        assertTrue(tooShort.clapRt60().isEmpty(), tooShort.clapRt60().toString());
        assertTrue(tooShort.cautions().stream().anyMatch(c -> c.contains("still ringing")), tooShort.cautions().toString());
    }
}
