package org.headroom.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HumDetectorTest {
    private static final int RATE = 48000;
    /** ±1 Hz: the brief's drift allowance; the parabolic peak is good to ~0.2 bin (1.2 Hz) worst case, far better on a steady line. */
    private static final double FREQ_TOLERANCE_HZ = 1.0;
    /** ±2 dB: the neighbourhood subtraction leaves some speech in, and weak harmonics may be left out (-0.5 dB at most here). */
    private static final double LEVEL_TOLERANCE_DB = 2.0;

    @ParameterizedTest(name = "{0} Hz hum at -60 dBFS under speech")
    @CsvSource({"50", "60", "49.3", "60.8"})
    void humUnderSpeechIsFoundWithFrequencyAndLevel(double freq) {
        float[] speech = TestSignals.speechLike(RATE, 30, -20, 5);
        float[] hum = TestSignals.hum(RATE, 30, freq, -60, -10, -15);
        HumDetector d = Blocks.feed(new HumDetector(2, RATE),
                TestSignals.channels(TestSignals.mix(speech, hum), 2), 4800);
        Hum found = d.hum().orElseThrow();
        System.out.printf(Locale.ROOT, "hum %.1f Hz: found %.2f Hz, %.2f dBFS (error %+.2f dB)%n",
                freq, found.frequencyHz(), found.levelDbfs(), found.levelDbfs() + 60);
        assertEquals(freq, found.frequencyHz(), FREQ_TOLERANCE_HZ);
        assertEquals(-60, found.levelDbfs(), LEVEL_TOLERANCE_DB);
        List<Finding> f = d.findings();
        assertEquals(1, f.size(), f.toString());
        assertEquals(FindingKind.HUM, f.get(0).kind());
        assertTrue(f.get(0).endSeconds() - f.get(0).startSeconds() > 25, "hum runs through the whole take");
    }

    @Test
    void humThatStartsHalfWayHasItsRange() {
        float[] speech = TestSignals.speechLike(RATE, 30, -20, 6);
        float[] hum = TestSignals.concat(TestSignals.silence(RATE, 15), TestSignals.hum(RATE, 15, 50, -50, -6));
        HumDetector d = Blocks.feed(new HumDetector(1, RATE), TestSignals.mix(speech, hum), 1024);
        Finding f = d.findings().get(0);
        // one sparse spectrum every 2 s: the range edges are good to a hop plus a frame
        assertEquals(15.0, f.startSeconds(), 2.2);
        assertEquals(30.0, f.endSeconds(), 2.2);
    }

    @Test
    void noHumInCleanSpeechPinkNoiseOrTones() {
        float[][] cases = {
                TestSignals.speechLike(RATE, 30, -20, 8),
                TestSignals.pinkNoise(RATE, 30, -30, 9),
                TestSignals.mix(TestSignals.speechLike(RATE, 30, -20, 10), TestSignals.pinkNoise(RATE, 30, -50, 11)),
                TestSignals.sine(RATE, 30, 1000, -10),
                TestSignals.sine(RATE, 30, 100, -10),
        };
        for (float[] x : cases) {
            HumDetector d = Blocks.feed(new HumDetector(1, RATE), x, 2048);
            assertFalse(d.hum().isPresent(), () -> "false hum " + d.hum());
            assertTrue(d.findings().isEmpty(), () -> d.findings().toString());
        }
    }

    @Test
    void humWithHarmonicsOverQuietNoiseCountsTheHarmonics() {
        float[] x = TestSignals.mix(TestSignals.hum(RATE, 20, 50, -50, -6, -10, -14), TestSignals.whiteNoise(RATE, 20, -80, 3));
        Hum h = Blocks.feed(new HumDetector(1, RATE), x, 960).hum().orElseThrow();
        // 0.5 dB: every harmonic stands clear of -80 dBFS noise; the fundamental alone would read -51.9
        assertEquals(-50, h.levelDbfs(), 0.5);
    }

    @Test
    void silenceHasNoHum() {
        HumDetector d = Blocks.feed(new HumDetector(2, RATE), TestSignals.channels(TestSignals.silence(RATE, 10), 2), 4096);
        assertFalse(d.hum().isPresent());
    }
}
