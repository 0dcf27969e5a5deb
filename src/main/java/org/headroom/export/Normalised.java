package org.headroom.export;

import org.headroom.audio.AudioSource;

/**
 * The stream a {@link Normaliser} hands on, open, and what it did.
 *
 * @param stream the audio to encode; the caller closes it
 * @param report what was measured and done, or null when nothing was (Normaliser.NONE)
 */
public record Normalised(AudioSource stream, Normalisation report) {

    /**
     * @param measuredLufs       integrated loudness before, null when undefined (silence)
     * @param measuredTruePeakDbtp true peak before, null for digital silence
     * @param gainDb             the gain applied
     * @param limiterGainDb      the deepest limiting, dB (0 = the limiter never acted)
     * @param passes             passes over the audio before the final one
     */
    public record Normalisation(Double measuredLufs, Double measuredTruePeakDbtp, double gainDb, double limiterGainDb,
                                int passes) {
    }
}
