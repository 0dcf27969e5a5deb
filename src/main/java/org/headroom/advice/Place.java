package org.headroom.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions the recommender works from, once measurements have overridden the typical
 * environment and the gaps are filled with stated defaults.
 *
 * @param outdoor           free field
 * @param room              volume and RT60 indoors
 * @param omniSnrDb         speech-to-noise an omni would get at the planned distance
 * @param ambientDba        background level, when it came from the environment; NaN when measured
 * @param windy             wind is expected at the mic
 * @param bassHeavyNoise    noise leans to the low end, where a low-cut helps
 * @param deskOrStand       there is a desk, table or stand for a fixed (studio) mic: never outdoors;
 *                          indoors as the environment says, and assumed when no environment is given
 * @param assumptions       defaults used, to be said out loud
 */
record Place(boolean outdoor, Optional<Room> room, double omniSnrDb, double ambientDba, boolean windy,
             boolean bassHeavyNoise, boolean deskOrStand, List<String> assumptions) {
    /**
     * Conversational speech at 1 m is about 60 dBA [unsourced here; ANSI S3.5 puts normal vocal
     * effort near 62 dB]; the lower figure errs toward recommending closer mics.
     */
    static final double VOICE_DBA_AT_1M = 60;
    /**
     * Lombard effect: talkers raise their voices in noise, by about 0.65 dB per dBA of noise above
     * 43 dBA (Bottalico et al., Acta Acustica 103:169, 2017) and 0.3 dB/dB above 40 dBA in
     * van Heusden, Plomp and Pols (1979); we take 0.5 between them, up to a ceiling of 20 dB
     * (a shout). Only for a predicted noise level: a measured speech-to-noise already holds it.
     */
    static final double LOMBARD_ONSET_DBA = 43;
    static final double LOMBARD_SLOPE = 0.5;
    static final double LOMBARD_CEILING_DB = 20;
    /** Dialogue recorded at the usual average of −20 dBFS (reference §4.2, −20 to −18 dBFS). */
    static final double DIALOGUE_AVERAGE_DBFS = -20;
    /** Fall-backs when nothing is known, each announced in {@link #assumptions()} [unsourced]. */
    static final double DEFAULT_VOLUME = 100;
    static final double DEFAULT_RT60 = 0.6;
    static final double DEFAULT_NOISE_DBA = 45;
    /** An environment whose wind likelihood is at least this is treated as windy. */
    static final double WINDY_LIKELIHOOD = 0.5;
    /** Noise falling faster than this toward the treble is mostly rumble [unsourced]. */
    static final double BASS_HEAVY_TILT = -4;

    static Place of(Situation s) {
        Optional<Environment> env = Optional.ofNullable(s.environment());
        List<String> assumed = new ArrayList<>();
        boolean outdoor = s.outdoor() != null ? s.outdoor() : env.map(Environment::outdoor).orElse(false);
        Optional<Room> room = outdoor ? Optional.empty() : Optional.of(room(s, env, assumed));
        double ambient = Double.NaN;
        double snr;
        if (s.snrDb() != null) {
            snr = s.snrDb();
        } else if (s.noiseFloorDbfs() != null) {
            snr = DIALOGUE_AVERAGE_DBFS - s.noiseFloorDbfs();
            assumed.add("speech-to-noise taken as the gap from a " + (int) DIALOGUE_AVERAGE_DBFS + " dBFS dialogue average to the measured floor");
        } else {
            ambient = env.map(Environment::noiseDba).orElse(DEFAULT_NOISE_DBA);
            if (env.isEmpty()) assumed.add("background noise assumed " + (int) DEFAULT_NOISE_DBA + " dBA");
            snr = voiceDbaAt1m(ambient) - 20 * Math.log10(s.distanceMetres()) - ambient;
        }
        boolean windy = s.wind() != null ? s.wind() : outdoor && env.map(e -> e.windLikelihood() >= WINDY_LIKELIHOOD).orElse(false);
        boolean bassHeavy = env.map(e -> e.noiseTiltDbPerOctave() <= BASS_HEAVY_TILT).orElse(false);
        // An outdoor preset says nothing about furniture; overridden to indoors, a stand is assumed like any room.
        boolean deskOrStand = !outdoor && env.filter(e -> !e.outdoor()).map(Environment::deskOrStand).orElse(true);
        return new Place(outdoor, room, snr, ambient, windy, bassHeavy, deskOrStand, List.copyOf(assumed));
    }

    /** A talker's level at 1 m against this much background noise, raised by the Lombard effect. */
    static double voiceDbaAt1m(double ambientDba) {
        return VOICE_DBA_AT_1M + Math.min(LOMBARD_CEILING_DB, LOMBARD_SLOPE * Math.max(0, ambientDba - LOMBARD_ONSET_DBA));
    }

    private static Room room(Situation s, Optional<Environment> env, List<String> assumed) {
        Optional<Room> typical = env.flatMap(Environment::room);
        double volume = s.roomVolumeCubicMetres() != null ? s.roomVolumeCubicMetres()
                : typical.map(Room::volumeCubicMetres).orElse(DEFAULT_VOLUME);
        double rt60 = s.rt60Seconds() != null ? s.rt60Seconds() : typical.map(Room::rt60Seconds).orElse(DEFAULT_RT60);
        if (s.roomVolumeCubicMetres() == null && typical.isEmpty()) assumed.add("room volume assumed " + (int) DEFAULT_VOLUME + " m³");
        if (s.rt60Seconds() == null && typical.isEmpty()) assumed.add("RT60 assumed " + DEFAULT_RT60 + " s");
        return new Room(volume, rt60);
    }
}
