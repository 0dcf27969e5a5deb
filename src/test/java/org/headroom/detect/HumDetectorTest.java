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
    /**
     * ±2 dB: these tests are about finding a hum, drifted ones included; the level's own accuracy
     * is held to {@link #LEVEL_UNDER_SPEECH_TOLERANCE_DB} by the tests written for it.
     */
    private static final double LEVEL_TOLERANCE_DB = 2.0;
    /**
     * ±1 dB: the accuracy the level is meant to have under speech. Measured within 0.31 dB over
     * speech seeds 11-20 on white and pink floors (HumLevelProbe); the old whole-recording average
     * was off by -1.5 to +2.9 dB here, so this is the line between right and wrong, not a margin.
     */
    private static final double LEVEL_UNDER_SPEECH_TOLERANCE_DB = 1.0;

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

    /**
     * 3 s of room tone, then 17 s of speech; the hum's total RMS is the truth. The seeds are those
     * where the old average read high (a voice's harmonic on a mains harmonic counted as hum: 12 at
     * 50 Hz, 13 at 60 Hz) or low (the harmonics dropped because speech covered them: 11).
     */
    @ParameterizedTest(name = "{0} Hz hum at {1} dBFS under speech seed {2}")
    @CsvSource({"50, -60, 11", "50, -60, 12", "60, -50, 11", "60, -50, 13", "60, -60, 14"})
    void humLevelUnderSpeechIsTheHumsOwn(double freq, double level, long seed) {
        float[] x = TestSignals.mix(TestSignals.whiteNoise(RATE, 20, -80, 4),
                TestSignals.placeAt(RATE, TestSignals.speechLike(RATE, 17, -20, seed), 3, 20),
                TestSignals.hum(RATE, 20, freq, level, -6, -10, -14));
        Hum found = Blocks.feed(new HumDetector(1, RATE), x, 4096).hum().orElseThrow();
        assertEquals(level, found.levelDbfs(), LEVEL_UNDER_SPEECH_TOLERANCE_DB);
    }

    /** Speech from the first second over a pink floor: the only quiet spectra are the pauses between phrases. */
    @Test
    void humLevelWhenSpeechNeverStopsForLong() {
        float[] x = TestSignals.mix(TestSignals.pinkNoise(RATE, 20, -70, 15), TestSignals.speechLike(RATE, 20, -20, 16),
                TestSignals.hum(RATE, 20, 60, -60, -6, -10, -14));
        Hum found = Blocks.feed(new HumDetector(2, RATE), TestSignals.channels(x, 2), 4800).hum().orElseThrow();
        assertEquals(-60, found.levelDbfs(), LEVEL_UNDER_SPEECH_TOLERANCE_DB);
    }

    /** A lone fundamental under speech: no voice harmonic may be added to it. */
    @Test
    void aLoneFundamentalUnderSpeechGainsNoHarmonics() {
        float[] x = TestSignals.mix(TestSignals.whiteNoise(RATE, 20, -80, 4),
                TestSignals.placeAt(RATE, TestSignals.speechLike(RATE, 17, -20, 12), 3, 20),
                TestSignals.hum(RATE, 20, 50, -60));
        assertEquals(-60, Blocks.feed(new HumDetector(1, RATE), x, 4096).hum().orElseThrow().levelDbfs(),
                LEVEL_UNDER_SPEECH_TOLERANCE_DB);
    }

    /**
     * Hum switched on half-way through a take with a steady noise floor: the quietest spectra are
     * then the hum-free first half, and only spectra holding the fundamental may speak for the level,
     * which is the hum's while it is there (the old average of the whole take read 3 dB low).
     */
    @Test
    void humThatStartsHalfWayReadsItsLevelWhileOn() {
        float[] x = TestSignals.mix(TestSignals.whiteNoise(RATE, 30, -80, 7),
                TestSignals.concat(TestSignals.silence(RATE, 15), TestSignals.hum(RATE, 15, 50, -55, -6, -10)));
        Hum found = Blocks.feed(new HumDetector(1, RATE), x, 4096).hum().orElseThrow();
        assertEquals(-55, found.levelDbfs(), LEVEL_UNDER_SPEECH_TOLERANCE_DB);
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
