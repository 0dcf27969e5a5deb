package org.headroom.preset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.headroom.detect.DetectionThresholds;

/** Turns preset file text into validated records. Ranges here are sanity limits, not targets. */
final class PresetParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> DELIVERY_FIELDS = Set.of("name", "title", "integratedLufs", "toleranceLu",
            "qcToleranceLu", "truePeakMaxDbtp", "samplePeakMaxDbfs", "rmsMinDbfs", "rmsMaxDbfs", "noiseFloorMaxDbfs",
            "sources", "notes");
    private static final Set<String> ANALYSIS_FIELDS = Set.of("clipRun", "clipThresholdDbfs", "truePeakCeilingDbtp",
            "detection", "sources", "notes");
    private static final Set<String> DETECTION_FIELDS = DetectionThresholds.LIMITS.stream()
            .map(DetectionThresholds.Limit::name).collect(Collectors.toUnmodifiableSet());

    private PresetParser() {
    }

    static DeliveryPreset delivery(String expectedName, PresetText text) throws PresetException {
        PresetFields f = new PresetFields(text.displayName(), parse(text));
        f.allowOnly(DELIVERY_FIELDS);
        String name = f.requiredText("name");
        if (!name.equals(expectedName)) throw f.error("'name' is \"" + name + "\" but the file is named " + expectedName + ".json");
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("integratedLufs", f.optionalNumber("integratedLufs", -70, 0));
        figures.put("toleranceLu", f.optionalNumber("toleranceLu", 0, 10));
        figures.put("qcToleranceLu", f.optionalNumber("qcToleranceLu", 0, 10));
        figures.put("truePeakMaxDbtp", f.optionalNumber("truePeakMaxDbtp", -20, 0));
        figures.put("samplePeakMaxDbfs", f.optionalNumber("samplePeakMaxDbfs", -20, 0));
        figures.put("rmsMinDbfs", f.optionalNumber("rmsMinDbfs", -70, 0));
        figures.put("rmsMaxDbfs", f.optionalNumber("rmsMaxDbfs", -70, 0));
        figures.put("noiseFloorMaxDbfs", f.optionalNumber("noiseFloorMaxDbfs", -140, 0));
        if (figures.values().stream().allMatch(v -> v == null)) throw f.error("gives no target at all");
        if (figures.get("toleranceLu") != null && figures.get("integratedLufs") == null) {
            throw f.error("'toleranceLu' needs 'integratedLufs'");
        }
        if ((figures.get("rmsMinDbfs") == null) != (figures.get("rmsMaxDbfs") == null)) {
            throw f.error("'rmsMinDbfs' and 'rmsMaxDbfs' go together");
        }
        if (figures.get("rmsMinDbfs") != null && figures.get("rmsMinDbfs") > figures.get("rmsMaxDbfs")) {
            throw f.error("'rmsMinDbfs' must not be above 'rmsMaxDbfs'");
        }
        Map<String, String> sources = f.textMap("sources");
        f.requireSources(figures, sources);
        return new DeliveryPreset(name, f.requiredText("title"), figures.get("integratedLufs"), figures.get("toleranceLu"),
                figures.get("qcToleranceLu"), figures.get("truePeakMaxDbtp"), figures.get("samplePeakMaxDbfs"),
                figures.get("rmsMinDbfs"), figures.get("rmsMaxDbfs"), figures.get("noiseFloorMaxDbfs"), sources,
                text.displayName());
    }

    static AnalysisDefaults analysis(PresetText text) throws PresetException {
        PresetFields f = new PresetFields(text.displayName(), parse(text));
        f.allowOnly(ANALYSIS_FIELDS);
        int clipRun = f.requiredInt("clipRun", 1, 10);
        double clipThreshold = f.requiredNumber("clipThresholdDbfs", -20, 0);
        double ceiling = f.requiredNumber("truePeakCeilingDbtp", -20, 0);
        Map<String, String> sources = f.textMap("sources");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clipRun", clipRun);
        figures.put("clipThresholdDbfs", clipThreshold);
        figures.put("truePeakCeilingDbtp", ceiling);
        DetectionThresholds detection = detection(f.object("detection"), figures);
        f.requireSources(figures, sources);
        return new AnalysisDefaults(clipRun, clipThreshold, ceiling, detection, sources);
    }

    /**
     * The "detection" object. A field left out keeps {@link DetectionThresholds#DEFAULTS}, so a
     * user's file need only give what it changes; unknown names are refused so a typo cannot
     * silently leave a default in force. Each field given is added to {@code figures} for its source.
     */
    private static DetectionThresholds detection(PresetFields d, Map<String, Object> figures) throws PresetException {
        d.allowOnly(DETECTION_FIELDS);
        Map<String, Double> given = new LinkedHashMap<>();
        for (DetectionThresholds.Limit limit : DetectionThresholds.LIMITS) {
            Double v = d.optionalNumber(limit.name(), limit.min(), limit.max());
            if (v != null) given.put(limit.name(), v);
        }
        given.forEach((name, v) -> figures.put("detection." + name, v));
        try {
            return DetectionThresholds.DEFAULTS.with(given);
        } catch (IllegalArgumentException e) { // only the checks between fields are left to fail here
            throw d.error("'detection' is inconsistent: " + e.getMessage());
        }
    }

    private static JsonNode parse(PresetText text) throws PresetException {
        try {
            return JSON.readTree(text.text());
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            throw new PresetException(text.displayName() + ": not valid JSON" + where);
        }
    }
}
