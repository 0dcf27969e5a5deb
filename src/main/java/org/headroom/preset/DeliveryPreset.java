package org.headroom.preset;

import java.util.Map;

/**
 * Delivery targets from {@code presets/delivery/<name>.json}. Every figure is optional (null
 * when the delivery does not ask for it) and, when present, has a source document in
 * {@link #sources()} under the figure's JSON name.
 *
 * @param name              the file's name without ".json", e.g. "ebu-r128"
 * @param title             how a person names it, e.g. "EBU R 128 broadcast"
 * @param integratedLufs    integrated loudness target
 * @param toleranceLu       allowed deviation from the target; null when the platform normalises (a guide, not a limit)
 * @param qcToleranceLu     stricter deviation for quality control, or null
 * @param truePeakMaxDbtp   true-peak ceiling
 * @param samplePeakMaxDbfs sample-peak ceiling (ACX)
 * @param rmsMinDbfs        lowest allowed programme RMS (ACX)
 * @param rmsMaxDbfs        highest allowed programme RMS (ACX)
 * @param noiseFloorMaxDbfs highest allowed noise floor (ACX)
 * @param sources           figure name → the document it comes from
 * @param origin            where it was loaded from, for messages
 */
public record DeliveryPreset(
        String name,
        String title,
        Double integratedLufs,
        Double toleranceLu,
        Double qcToleranceLu,
        Double truePeakMaxDbtp,
        Double samplePeakMaxDbfs,
        Double rmsMinDbfs,
        Double rmsMaxDbfs,
        Double noiseFloorMaxDbfs,
        Map<String, String> sources,
        String origin) {

    public DeliveryPreset {
        sources = Map.copyOf(sources);
    }

    /** The source document of a figure, or "" when the file gives none. */
    public String sourceOf(String figure) {
        return sources.getOrDefault(figure, "");
    }
}
