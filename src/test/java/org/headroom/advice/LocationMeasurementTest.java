package org.headroom.advice;

import static org.headroom.testsupport.TestSignals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Noise floor, SNR, hum and the octave spectrum of a location recording against known truth. */
class LocationMeasurementTest {
    private static final int RATE = 48000;
    /** The hum level's stated accuracy under speech; see {@link #humLevelUnderSpeechWithinOneDb}. */
    private static final double HUM_LEVEL_TOLERANCE_DB = 1.0;

    /** 3 s of room tone, then 17 s of speech (active level −20 dBFS) over the same noise. */
    private static float[] speechOver(float[] noise) {
        return mix(noise, placeAt(RATE, speechLike(RATE, 17, -20, 11), 3, 20));
    }

    /** ±3 dB is the SNR target; truth is active speech power over noise power. */
    @ParameterizedTest
    @ValueSource(doubles = {0, 10, 20, 30})
    void snrWithinThreeDb(double snr) throws Exception {
        Location loc = Recordings.measure(RATE, speechOver(whiteNoise(RATE, 20, -20 - snr, 3)));
        assertEquals(snr, loc.snrDb().orElseThrow(), 3.0);
    }

    /**
     * The noisiness rating places the recording on an SPL scale from the speech level, which must be
     * the active speech level the SNR is made of, not the noise floor plus the SNR: here a quiet
     * half second before the room got noisy puts the floor (−70) 25 dB under the SNR's noise (−45),
     * and floor + SNR read the voice 25 dB low. ±2 dB: the SNR's stated accuracy on this material.
     */
    @Test
    void noisinessIsPlacedByTheActiveSpeechLevelNotFloorPlusSnr() throws Exception {
        // 40 s, so the quiet 0.6 s stays under the 2 % of frames the SNR's noise-spread estimate reads
        float[] quietThenNoisy = concat(whiteNoise(RATE, 0.6, -70, 6), whiteNoise(RATE, 39.4, -45, 7));
        Location loc = Recordings.measure(RATE, mix(quietThenNoisy, placeAt(RATE, speechLike(RATE, 35, -20, 11), 3, 40)));
        assertEquals(25, loc.snrDb().orElseThrow(), 3.0, "the SNR's noise is the room's −45, not the quiet start");
        assertEquals(-70, loc.noiseFloorDbfs().orElseThrow(), 2.0, "the floor is the quiet start");
        double voiceAtOneMetre = NoiseRating.VOICE_DBA_AT_1M;
        assertEquals(voiceAtOneMetre - (-20), loc.rating().splOffsetDb(), 2.0, "dB SPL = dBFS + offset, from the voice at −20 dBFS");
    }

    /** ±2 dB is the target; white and pink floors from −70 to −40 dBFS. */
    @ParameterizedTest
    @ValueSource(doubles = {-70, -55, -40})
    void noiseFloorWithinTwoDb(double floor) throws Exception {
        assertEquals(floor, Recordings.measure(RATE, speechOver(whiteNoise(RATE, 20, floor, 4))).noiseFloorDbfs().orElseThrow(), 2.0);
        assertEquals(floor, Recordings.measure(RATE, speechOver(pinkNoise(RATE, 20, floor, 4))).noiseFloorDbfs().orElseThrow(), 2.0);
    }

    @Test
    void humAtMinusSixtyIsFoundAndCleanSpeechHasNone() throws Exception {
        float[] noise = whiteNoise(RATE, 20, -80, 5);
        Location humming = Recordings.measure(RATE, mix(speechOver(noise), hum(RATE, 20, 50, -60, -6, -10, -14)));
        assertTrue(humming.hum().isPresent(), "hum at -60 dBFS");
        assertEquals(50, humming.hum().get().frequencyHz(), 1);
        assertEquals(-60, humming.hum().get().levelDbfs(), 3, "hum level, fundamental plus harmonics");
        Location clean = Recordings.measure(RATE, speechOver(noise));
        assertFalse(clean.hum().isPresent(), "no false alarm on clean speech");
        assertFalse(clean.wind());
    }

    /**
     * The hum's level is its total RMS within ±1 dB under speech, the advisor's stated accuracy
     * (measured within 0.31 dB over seeds 11-20 by HumLevelProbe). Before, a voice harmonic on a
     * mains harmonic read up to 2.9 dB high and a hum whose harmonics speech covered 1.5 dB low.
     */
    @ParameterizedTest(name = "{0} Hz at {1} dBFS, speech seed {2}")
    @CsvSource({"50, -60, 12", "50, -50, 11", "60, -50, 13", "60, -60, 17"})
    void humLevelUnderSpeechWithinOneDb(double freq, double level, long seed) throws Exception {
        float[] x = mix(pinkNoise(RATE, 20, -70, 4), placeAt(RATE, speechLike(RATE, 17, -20, seed), 3, 20),
                hum(RATE, 20, freq, level, -6, -10, -14));
        assertEquals(level, Recordings.measure(RATE, x).hum().orElseThrow().levelDbfs(), HUM_LEVEL_TOLERANCE_DB);
    }

    @Test
    void octaveSpectrumOfWhiteNoiseRisesThreeDbPerOctave() throws Exception {
        Location loc = Recordings.measure(RATE, speechOver(whiteNoise(RATE, 20, -50, 6)));
        double[] bands = loc.octaveBandsDbfs();
        // White noise has equal power per Hz, so each octave (twice as wide) holds 3 dB more.
        for (int b = 1; b < bands.length; b++) assertEquals(3.0, bands[b] - bands[b - 1], 1.0, "band " + OctaveBands.CENTRES[b]);
        // The octave from 5.7 to 11.3 kHz of −50 dBFS white noise over 24 kHz holds 10·log(5.66/24) of it.
        assertEquals(-50 + 10 * Math.log10(8000 * Math.sqrt(2) / 2 / 24000), bands[7], 1.0);
    }

    /**
     * Only 1.5 s of room tone before 14 s of speech in a 1 s room (a live listen that started late):
     * the quiet frames are then fewer than a fifth, and the spectrum must still be the noise's, not
     * the reverberant words'. Truth: the same noise measured alone; ±1.5 dB allows for the scatter
     * of a few 170 ms frames in the narrow low bands (63 Hz is left out: a handful of cycles a frame).
     */
    @Test
    void octaveSpectrumIsTheNoiseEvenWhenTheRoomToneIsShort() throws Exception {
        float[] noise = pinkNoise(RATE, 15.5, -65, 8);
        float[] wet = placeAt(RATE, convolve(speechLike(RATE, 14, -20, 12), roomImpulse(RATE, 1.0, 0, 12)), 1.5, 15.5);
        double[] bands = Recordings.measure(RATE, mix(wet, noise)).octaveBandsDbfs();
        double[] truth = Recordings.measure(RATE, noise).octaveBandsDbfs();
        for (int b = 1; b < bands.length; b++) assertEquals(truth[b], bands[b], 1.5, "band " + OctaveBands.CENTRES[b]);
    }

    @Test
    void aQuietRoomRatesQuieterThanANoisyOne() throws Exception {
        NoiseRating quiet = Recordings.measure(RATE, speechOver(pinkNoise(RATE, 20, -75, 7))).rating();
        NoiseRating noisy = Recordings.measure(RATE, speechOver(pinkNoise(RATE, 20, -35, 7))).rating();
        assertTrue(quiet.nc() < noisy.nc(), quiet + " vs " + noisy);
        assertEquals(40, noisy.dba() - quiet.dba(), 2, "the same spectrum 40 dB louder");
        assertTrue(noisy.nc() >= 35 && quiet.nc() <= 20, quiet + " vs " + noisy);
    }
}
