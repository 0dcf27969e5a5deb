package org.headroom.analysis;

import java.util.Objects;
import org.headroom.detect.DetectionThresholds;
import org.headroom.preset.AnalysisDefaults;
import org.headroom.preset.DeliveryPreset;

/**
 * What one analysis run is told to look for. Built by the command line (or the window) from
 * {@code presets/analysis.json} and the user's options, so no threshold is a constant in code.
 *
 * @param clipRun             consecutive samples at or above the clip threshold that make a clip event (1–10)
 * @param clipThresholdDbfs   level counted as clipped; 0 means the format's full-scale codes
 * @param preset              the delivery preset to check against, or null for none
 * @param truePeakCeilingDbtp true-peak overs above this are warnings: the preset's ceiling, else the default
 * @param detection           when the detectors report noise, level, dropout, hum, wind, hiss and provenance findings
 */
public record AnalysisSettings(int clipRun, double clipThresholdDbfs, DeliveryPreset preset, double truePeakCeilingDbtp,
                               DetectionThresholds detection) {

    public AnalysisSettings {
        if (clipRun < 1) throw new IllegalArgumentException("clip run must be at least 1: " + clipRun);
        if (!(clipThresholdDbfs <= 0.0)) throw new IllegalArgumentException("clip threshold must be <= 0 dBFS: " + clipThresholdDbfs);
        if (!Double.isFinite(truePeakCeilingDbtp)) throw new IllegalArgumentException("true-peak ceiling must be finite");
        Objects.requireNonNull(detection, "detection thresholds");
    }

    /** With the detection thresholds Headroom ships with, for callers that set none of their own. */
    public AnalysisSettings(int clipRun, double clipThresholdDbfs, DeliveryPreset preset, double truePeakCeilingDbtp) {
        this(clipRun, clipThresholdDbfs, preset, truePeakCeilingDbtp, DetectionThresholds.DEFAULTS);
    }

    /** presets/analysis.json as it stands, checked against {@code delivery} (or null): its ceiling, else the default one. */
    public static AnalysisSettings of(AnalysisDefaults defaults, DeliveryPreset delivery) {
        double ceiling = delivery != null && delivery.truePeakMaxDbtp() != null ? delivery.truePeakMaxDbtp() : defaults.truePeakCeilingDbtp();
        return new AnalysisSettings(defaults.clipRun(), defaults.clipThresholdDbfs(), delivery, ceiling, defaults.detection());
    }
}
