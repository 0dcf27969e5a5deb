package org.headroom.ui.monitor;

import java.util.ArrayList;
import java.util.List;

import org.headroom.analysis.AnalysisSettings;
import org.headroom.detect.ClipRule;
import org.headroom.preset.AnalysisDefaults;
import org.headroom.preset.DeliveryPreset;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;

/**
 * The analysis thresholds and every delivery preset, read once from disk before the window
 * opens, so the EDT never reads a preset file.
 */
record PresetCatalog(AnalysisDefaults defaults, List<DeliveryPreset> delivery) {
    PresetCatalog {
        delivery = List.copyOf(delivery);
    }

    static PresetCatalog load(PresetLoader loader) throws PresetException {
        List<DeliveryPreset> all = new ArrayList<>();
        for (String name : loader.deliveryNames()) all.add(loader.delivery(name));
        all.sort(java.util.Comparator.comparing(DeliveryPreset::title));
        return new PresetCatalog(loader.analysisDefaults(), all);
    }

    /** The preset by file name, else the first one. */
    DeliveryPreset find(String name) {
        return delivery.stream().filter(p -> p.name().equals(name)).findFirst().orElse(delivery.get(0));
    }

    /** What a session checks against under this preset: its true-peak ceiling, else the default one. */
    AnalysisSettings settings(DeliveryPreset preset) {
        double ceiling = preset.truePeakMaxDbtp() != null ? preset.truePeakMaxDbtp() : defaults.truePeakCeilingDbtp();
        return new AnalysisSettings(defaults.clipRun(), defaults.clipThresholdDbfs(), preset, ceiling);
    }

    String clipRule() {
        return new ClipRule(defaults.clipRun(), defaults.clipThresholdDbfs()).describe();
    }
}
