package org.headroom.advice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One catalogue entry from {@code presets/microphones/}: a pickup pattern plus the practical
 * traits that decide whether it survives a real location.
 *
 * @param id                  file name without .json
 * @param name                what a production assistant calls it
 * @param pattern             the pattern name used in recommendations
 * @param capsule             first-order capsule coefficients (for a shotgun, its low-frequency pattern)
 * @param tube                the interference tube, present only for a shotgun
 * @param micTypes            deployments this mic is made for
 * @param windSensitivity     1 (least) .. 5 (most) wind noise without a windshield
 * @param handlingSensitivity 1 .. 5 rumble from hands, cable or clothing
 * @param visibility          1 (easily hidden) .. 5 (large and obvious) when in shot
 * @param notes               practical notes for the advisor text
 * @param sources             figure name → where it comes from, with [practice]/[unsourced] labels
 * @param file                the file it was read from, for messages
 */
public record Microphone(String id, String name, PatternId pattern, PolarPattern capsule, Optional<ShotgunTube> tube,
                         Set<MicType> micTypes, int windSensitivity, int handlingSensitivity, int visibility,
                         List<String> notes, Map<String, String> sources, String file) {
    /** Speech intelligibility sits around 2 kHz; a figure "for speech" is taken there. */
    public static final double SPEECH_HZ = 2000;
    /** Proximity effect is quoted at 100 Hz, where a voice's chest resonance lives. */
    public static final double BASS_HZ = 100;

    public Microphone {
        micTypes = Set.copyOf(micTypes);
        notes = List.copyOf(notes);
        sources = Map.copyOf(sources);
    }

    /** Q at one frequency: the tube's above its onset, the capsule's below. */
    public double directivityFactor(double frequencyHz) {
        return tube.filter(t -> frequencyHz >= t.onsetHz())
                .map(ShotgunTube::directivityFactor)
                .orElse(capsule.directivityFactor());
    }

    public double distanceFactor(double frequencyHz) {
        return Math.sqrt(directivityFactor(frequencyHz));
    }

    /** Diffuse-field pickup relative to an omni at one frequency. */
    public double randomEnergyEfficiency(double frequencyHz) {
        return 1 / directivityFactor(frequencyHz);
    }

    public boolean hasProximityEffect() {
        return capsule.b() > 0;
    }
}
