package org.headroom.advice;

import java.util.Locale;

/**
 * How noisy a place is, from its octave-band noise: the NC rating (the lowest curve no band
 * exceeds, reference §2.4) and an A-weighted total, with the reference's words for the range.
 *
 * <p>A recording holds dBFS, not sound pressure, so the levels are placed on an SPL scale by
 * assuming the talker's voice: conversational speech is about 60 dBA at 1 m (as
 * {@code Place.VOICE_DBA_AT_1M}), so the measured speech level in dBFS, at the stated distance,
 * fixes the offset. Without speech the recorder is assumed set for dialogue at −20 dBFS. Either
 * way the result is rough — a few dB either way — and is labelled so.
 *
 * @param nc          NC rating (15..70, or 71 meaning "above NC-70"); NaN when no band is known
 * @param dba         A-weighted total of the bands on the assumed SPL scale
 * @param splOffsetDb dB SPL = dBFS + this
 * @param words       plain description from the reference's table
 */
public record NoiseRating(double nc, double dba, double splOffsetDb, String words) {
    /**
     * Beranek's NC curves as tabulated in ANSI S12.2 (octave bands 63 Hz–8 kHz, dB SPL), NC-15 to
     * NC-70 in steps of 5. The reference names NC curves (citysoundproofing; av-info) without
     * printing them; these are the widely reproduced values [unsourced in the reference].
     */
    static final double[][] NC = {
            {47, 36, 29, 22, 17, 14, 12, 11}, {51, 40, 33, 26, 22, 19, 17, 16}, {54, 44, 37, 31, 27, 24, 22, 21},
            {57, 48, 41, 35, 31, 29, 28, 27}, {60, 52, 45, 40, 36, 34, 33, 32}, {64, 56, 50, 45, 41, 39, 38, 37},
            {67, 60, 54, 49, 46, 44, 43, 42}, {71, 64, 58, 54, 51, 49, 48, 47}, {74, 67, 62, 58, 56, 54, 53, 52},
            {77, 71, 67, 63, 61, 59, 58, 57}, {80, 75, 71, 68, 66, 64, 63, 62}, {83, 79, 75, 72, 71, 70, 69, 68}};
    /** A-weighting at the octave centres (IEC 61672), dB. */
    static final double[] A_WEIGHT = {-26.2, -16.1, -8.6, -3.2, 0, 1.2, 1.0, -1.1};
    static final double VOICE_DBA_AT_1M = 60;
    static final double ASSUMED_SPEECH_DBFS = -20;

    /**
     * @param bandsDbfs      octave levels from {@link OctaveBands}
     * @param speechDbfs     active speech level in the recording, NaN when there was none
     * @param talkerMetres   mouth-to-mic distance of that speech
     */
    static NoiseRating of(double[] bandsDbfs, double speechDbfs, double talkerMetres) {
        double voice = VOICE_DBA_AT_1M - 20 * Math.log10(talkerMetres);
        double offset = voice - (Double.isNaN(speechDbfs) ? ASSUMED_SPEECH_DBFS : speechDbfs);
        double energy = 0;
        int known = 0;
        for (int b = 0; b < bandsDbfs.length; b++) {
            if (Double.isNaN(bandsDbfs[b])) continue;
            energy += Math.pow(10, (bandsDbfs[b] + offset + A_WEIGHT[b]) / 10);
            known++;
        }
        if (known == 0) return new NoiseRating(Double.NaN, Double.NaN, offset, "not measured");
        double nc = 71;
        for (int c = 0; c < NC.length; c++) {
            boolean under = true;
            for (int b = 0; b < bandsDbfs.length; b++) under &= Double.isNaN(bandsDbfs[b]) || bandsDbfs[b] + offset <= NC[c][b];
            if (under) {
                nc = 15 + 5 * c;
                break;
            }
        }
        double dba = 10 * Math.log10(energy);
        return new NoiseRating(nc, dba, offset, words(nc, dba));
    }

    /** The reference's §2.4 tables, put into words. */
    private static String words(double nc, double dba) {
        String place;
        if (nc <= 20) place = "studio quiet";
        else if (nc <= 30) place = "quiet, like an executive office or small church";
        else if (nc <= 35) place = "like a private office or classroom";
        else if (nc <= 40) place = "like an open office or restaurant";
        else if (dba < 65) place = "noisy, like a busy office or a quiet street by day";
        else place = "very noisy, like a street with traffic or a full restaurant";
        return String.format(Locale.ROOT, "%s (%s, about %.0f dBA, rough: assumes a normal speaking voice)",
                place, nc > 70 ? "above NC-70" : "NC-" + (int) nc, dba);
    }
}
