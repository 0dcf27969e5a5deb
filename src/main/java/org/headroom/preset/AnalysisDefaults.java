package org.headroom.preset;

import java.util.Map;

/**
 * Analysis thresholds from {@code presets/analysis.json}: what counts as a clip, the true-peak
 * ceiling when no delivery preset is given, and the noise detectors' thresholds.
 *
 * @param clipRun             consecutive samples at the threshold that make a clip event (1–10)
 * @param clipThresholdDbfs   0 means the format's full-scale codes
 * @param truePeakCeilingDbtp ceiling used without a delivery preset
 * @param noise               detector thresholds by name (e.g. "noiseFloorWarnDbfs"), for package detect
 * @param sources             figure name → where the figure comes from
 */
public record AnalysisDefaults(int clipRun, double clipThresholdDbfs, double truePeakCeilingDbtp,
                               Map<String, Double> noise, Map<String, String> sources) {
    public AnalysisDefaults {
        noise = Map.copyOf(noise);
        sources = Map.copyOf(sources);
    }
}
