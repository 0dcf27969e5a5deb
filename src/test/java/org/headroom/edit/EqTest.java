package org.headroom.edit;

import static org.headroom.edit.EffectMeasures.RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The EQ edit, measured on rendered tones (RMS of the settled second half against the input's):
 * a peak band gives its gain at its frequency and a shelf half its gain at its corner (the RBJ
 * definition) and all of it a decade beyond, each within 0.3 dB (the tolerance; the
 * design is exact, so what is left is the measurement's ripple over whole periods); a ranged EQ
 * changes only its range; presets load from presets/effects.
 */
class EqTest {
    private static double gainDb(Edit.Eq eq, double hz) throws IOException {
        float[] tone = TestSignals.sine(RATE, 1.0, hz, -12);
        float[] out = EffectMeasures.render(tone, eq);
        return EffectMeasures.db(EffectMeasures.power(out, RATE / 2, RATE) / EffectMeasures.power(tone, RATE / 2, RATE));
    }

    private static Edit.Eq band(Edit.BandType type, double hz, double gainDb, double q) {
        return new Edit.Eq(List.of(new Edit.Eq.Band(type, hz, gainDb, q)), null, null, null);
    }

    @ParameterizedTest(name = "peak {1} dB at {0} Hz, q {2}")
    @CsvSource({"1000, 6, 1", "3000, -9, 2", "120, 12, 0.7", "8000, 4, 1.4", "250, -15, 4"})
    void peakGivesItsGainAtItsFrequency(double hz, double gain, double q) throws IOException {
        assertEquals(gain, gainDb(band(Edit.BandType.PEAK, hz, gain, q), hz), 0.3);
    }

    @ParameterizedTest(name = "{0} {2} dB at {1} Hz")
    @CsvSource({"LOW_SHELF, 200, 6, 20", "LOW_SHELF, 300, -8, 30", "HIGH_SHELF, 2000, 5, 20000", "HIGH_SHELF, 1500, -6, 15000"})
    void shelfGivesHalfAtItsCornerAndAllFarAway(Edit.BandType type, double hz, double gain, double far) throws IOException {
        Edit.Eq eq = band(type, hz, gain, 0.7071);
        assertEquals(gain / 2, gainDb(eq, hz), 0.3, "at the corner");
        assertEquals(gain, gainDb(eq, far), 0.3, "a decade away");
    }

    @Test
    void notchAndPassesCutWhereTheySay() throws IOException {
        assertTrue(gainDb(band(Edit.BandType.NOTCH, 1000, 0, 10), 1000) < -40, "a notch removes its frequency");
        assertEquals(-3.01, gainDb(band(Edit.BandType.HIGH_PASS, 500, 0, 0.7071), 500), 0.3, "Butterworth high-pass: −3 dB at its corner");
        assertEquals(-3.01, gainDb(band(Edit.BandType.LOW_PASS, 5000, 0, 0.7071), 5000), 0.3, "Butterworth low-pass: −3 dB at its corner");
    }

    @Test
    void noDelay() throws IOException {
        float[] x = new float[4000];
        x[1000] = 1;
        float[] out = EffectMeasures.render(x, new Edit.Eq(null, "presence", null, null));
        for (int i = 0; i < 1000; i++) assertEquals(0f, out[i], 0f, "nothing before the impulse, frame " + i);
        assertTrue(Math.abs(out[1000]) > 0.5, "the response starts at the impulse: " + out[1000]);
    }

    @Test
    void rangedEqLeavesTheRestAlone() throws IOException {
        float[] tone = TestSignals.sine(RATE, 3.0, 1000, -12);
        Edit.Eq eq = new Edit.Eq(List.of(new Edit.Eq.Band(Edit.BandType.PEAK, 1000, 6, 1)), null, 1.0, 2.0);
        float[] out = EffectMeasures.render(tone, eq);
        double before = EffectMeasures.db(EffectMeasures.power(out, 0, RATE - 100) / EffectMeasures.power(tone, 0, RATE - 100));
        double inside = EffectMeasures.db(EffectMeasures.power(out, RATE + 1000, 2 * RATE - 1000) / EffectMeasures.power(tone, RATE + 1000, 2 * RATE - 1000));
        double after = EffectMeasures.db(EffectMeasures.power(out, 2 * RATE + 2000, 3 * RATE) / EffectMeasures.power(tone, 2 * RATE + 2000, 3 * RATE));
        assertEquals(0, before, 0.01, "before the range: untouched");
        assertEquals(6, inside, 0.3, "inside the range");
        assertEquals(0, after, 0.05, "after the range (the filter's ringing has died away 2000 frames on)");
    }

    @Test
    void telephonePresetKeepsTheVoiceBandAndCutsTheRest() throws IOException {
        Edit.Eq phone = new Edit.Eq(null, "telephone", null, null);
        assertTrue(gainDb(phone, 1000) > 0, "1 kHz passes");
        assertTrue(gainDb(phone, 100) < -30, "100 Hz is cut: 24 dB/octave under 300 Hz");
        assertTrue(gainDb(phone, 10000) < -30, "10 kHz is cut: 24 dB/octave over 3.4 kHz");
    }

    @Test
    void everyPresetLoads() throws IOException {
        for (String name : List.of("telephone", "radio", "warm", "presence")) {
            float[] out = EffectMeasures.render(TestSignals.sine(RATE, 0.2, 1000, -12), new Edit.Eq(null, name, null, null));
            assertTrue(EffectMeasures.power(out, 0, out.length) > 0, name);
        }
    }
}
