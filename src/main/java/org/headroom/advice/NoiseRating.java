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
 * @param nc          NC rating (15..70 with the bundled curves, or one above the highest curve,
 *                    meaning "above NC-70"); NaN when no band is known
 * @param ncLabel     "NC-35", "above NC-70"; "" when not measured
 * @param dba         A-weighted total of the bands on the assumed SPL scale
 * @param splOffsetDb dB SPL = dBFS + this
 * @param words       plain description from the reference's table
 */
public record NoiseRating(double nc, String ncLabel, double dba, double splOffsetDb, String words) {
    /** A-weighting at the octave centres (IEC 61672), dB. */
    static final double[] A_WEIGHT = {-26.2, -16.1, -8.6, -3.2, 0, 1.2, 1.0, -1.1};
    static final double VOICE_DBA_AT_1M = 60;
    static final double ASSUMED_SPEECH_DBFS = -20;

    /**
     * @param bandsDbfs      octave levels from {@link OctaveBands}
     * @param speechDbfs     active speech level in the recording, NaN when there was none
     * @param talkerMetres   mouth-to-mic distance of that speech
     * @param criteria       the NC curves, from presets/advisor/noise-criteria.json
     */
    static NoiseRating of(double[] bandsDbfs, double speechDbfs, double talkerMetres, NoiseCriteria criteria) {
        double voice = VOICE_DBA_AT_1M - 20 * Math.log10(talkerMetres);
        double offset = voice - (Double.isNaN(speechDbfs) ? ASSUMED_SPEECH_DBFS : speechDbfs);
        double energy = 0;
        int known = 0;
        for (int b = 0; b < bandsDbfs.length; b++) {
            if (Double.isNaN(bandsDbfs[b])) continue;
            energy += Math.pow(10, (bandsDbfs[b] + offset + A_WEIGHT[b]) / 10);
            known++;
        }
        if (known == 0) return new NoiseRating(Double.NaN, "", Double.NaN, offset, "not measured");
        double[] spl = new double[bandsDbfs.length];
        for (int b = 0; b < bandsDbfs.length; b++) spl[b] = bandsDbfs[b] + offset;
        double nc = criteria.rate(spl);
        double dba = 10 * Math.log10(energy);
        String label = nc > criteria.highest() ? "above NC-" + criteria.highest() : "NC-" + (int) nc;
        return new NoiseRating(nc, label, dba, offset, words(nc, dba, label));
    }

    /** The reference's §2.4 tables, put into words. */
    private static String words(double nc, double dba, String label) {
        String place;
        if (nc <= 20) place = "studio quiet";
        else if (nc <= 30) place = "quiet, like an executive office or small church";
        else if (nc <= 35) place = "like a private office or classroom";
        else if (nc <= 40) place = "like an open office or restaurant";
        else if (dba < 65) place = "noisy, like a busy office or a quiet street by day";
        else place = "very noisy, like a street with traffic or a full restaurant";
        return place + " (" + figures(label, dba) + ", rough: assumes a normal speaking voice)";
    }

    /**
     * "NC-15, about -3 dBA": the rating's figures, the one way the window and the command line
     * say them; "" when not measured.
     */
    public String figures() {
        return Double.isNaN(nc) ? "" : figures(ncLabel, dba);
    }

    private static String figures(String label, double dba) {
        return String.format(Locale.ROOT, "%s, about %.0f dBA", label, dba);
    }
}
