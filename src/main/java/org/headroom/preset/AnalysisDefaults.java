package org.headroom.preset;

import java.util.Map;
import java.util.Objects;
import org.headroom.detect.DetectionThresholds;

/**
 * Analysis thresholds from {@code presets/analysis.json}: what counts as a clip, the true-peak
 * ceiling when no delivery preset is given, and when the detectors report a finding.
 *
 * <p>The bundled file gives every {@code detection} field with its source (a test holds them
 * equal to {@link DetectionThresholds#DEFAULTS}). A user's own analysis.json may leave out the
 * {@code detection} object or any of its fields; those keep the defaults.
 *
 * @param clipRun             consecutive samples at the threshold that make a clip event (1–10)
 * @param clipThresholdDbfs   0 means the format's full-scale codes
 * @param truePeakCeilingDbtp ceiling used without a delivery preset
 * @param detection           the detectors' thresholds ("detection" in the file)
 * @param sources             figure name ("clipRun", "detection.snrWarnDb") → where the figure comes from
 */
public record AnalysisDefaults(int clipRun, double clipThresholdDbfs, double truePeakCeilingDbtp,
                               DetectionThresholds detection, Map<String, String> sources) {
    public AnalysisDefaults {
        Objects.requireNonNull(detection, "detection");
        sources = Map.copyOf(sources);
    }
}
