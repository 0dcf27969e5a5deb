package org.headroom.advice;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A typical place from {@code presets/environments/}: its room (absent outdoors), its usual
 * background noise and how likely wind is. Figures are typical, not measured; measurements in a
 * {@link Situation} override them.
 *
 * @param id                   file name without .json
 * @param name                 plain name
 * @param outdoor              free field: no reverberant build-up, wind possible
 * @param room                 volume and RT60; empty outdoors
 * @param noiseDba             typical background level, dBA
 * @param noiseTiltDbPerOctave spectral slope of that noise; negative means bass-heavy
 * @param windLikelihood       0..1, the chance wind is a problem on a given day
 * @param deskOrStand          indoors, the place has a desk, table or mic stand for a fixed mic (false outdoors)
 * @param notes                practical notes
 * @param sources              figure name → source, with [practice]/[unsourced] labels
 * @param file                 the file it was read from
 */
public record Environment(String id, String name, boolean outdoor, Optional<Room> room, double noiseDba,
                          double noiseTiltDbPerOctave, double windLikelihood, boolean deskOrStand, List<String> notes,
                          Map<String, String> sources, String file) {
    public Environment {
        notes = List.copyOf(notes);
        sources = Map.copyOf(sources);
    }
}
