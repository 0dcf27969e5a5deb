package org.headroom.advice;

/**
 * The acoustic figures of an enclosed space that decide how much room a microphone hears.
 *
 * @param volumeCubicMetres V
 * @param rt60Seconds       reverberation time, the time for the reverb to fall 60 dB
 */
public record Room(double volumeCubicMetres, double rt60Seconds) {
    /** Talker directivity used for advice: treating the voice as omni errs toward closer mics. */
    public static final double TALKER_Q = 1.0;
    /**
     * The Arup Strutt constant, as in the reference's worked table. The exact form
     * Dc = √(Q·V/(100π·RT60)) gives 0.0564, 1 % lower: far inside the uncertainty of any RT60
     * or volume a production assistant will have, so we keep the figure people can check.
     */
    static final double DC_CONSTANT = 0.057;

    public Room {
        if (!(volumeCubicMetres > 0)) throw new IllegalArgumentException("room volume must be positive (got " + volumeCubicMetres + ")");
        if (!(rt60Seconds > 0)) throw new IllegalArgumentException("RT60 must be positive (got " + rt60Seconds + ")");
    }

    /**
     * Distance from a source of directivity {@code sourceQ} at which direct and reverberant
     * energy are equal, metres: Dc ≈ 0.057·√(Q·V/RT60).
     */
    public double criticalDistance(double sourceQ) {
        return DC_CONSTANT * Math.sqrt(sourceQ * volumeCubicMetres / rt60Seconds);
    }

    /** Critical distance for a talker heard by an omni. */
    public double criticalDistance() {
        return criticalDistance(TALKER_Q);
    }

    /**
     * How far a microphone with this distance factor can stand and still hear as much voice as
     * room (direct = reverberant): Dc × √Q_mic.
     */
    public double reach(double micDistanceFactor) {
        return criticalDistance() * micDistanceFactor;
    }

    /**
     * Direct-to-reverberant ratio at {@code distanceMetres}, dB. Direct sound falls 6 dB per
     * doubling of distance while the diffuse level stays put, so DRR = 20·log10(reach / r).
     */
    public double directToReverberantDb(double micDistanceFactor, double distanceMetres) {
        return 20 * Math.log10(reach(micDistanceFactor) / distanceMetres);
    }

    /** Speech clarity's split between early and late sound, seconds (ISO 3382-1's C50). */
    static final double EARLY_SECONDS = 0.05;

    /**
     * Voice over room as a listener hears it: the predicted speech clarity C50 at the capsule,
     * dB, i.e. direct sound plus the reverberation of the first 50 ms against the reverberation
     * after it. Early reflections fuse with the voice and make it louder, not muddier; only the
     * late tail smears syllables. In a diffuse field decaying 60 dB per RT60 the share of the
     * reverberant energy arriving after 50 ms is e^(−13.8·0.05/RT60) [derived], so a dead booth
     * (0.2 s: 3 % late) leaves the voice far ahead of the room even where direct and reverberant
     * sound are equal, while a church (2.5 s: 76 % late) does not.
     */
    public double clarityDb(double micDistanceFactor, double distanceMetres) {
        double directOverReverb = Math.pow(10, directToReverberantDb(micDistanceFactor, distanceMetres) / 10);
        double late = lateShare();
        return 10 * Math.log10((directOverReverb + 1 - late) / late);
    }

    /** Share of the reverberant energy that arrives later than {@link #EARLY_SECONDS}. */
    double lateShare() {
        // Energy falls 60 dB (a factor 10^6) per RT60.
        return Math.exp(-6 * Math.log(10) * EARLY_SECONDS / rt60Seconds);
    }
}
