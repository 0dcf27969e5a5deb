package org.headroom.ui.advisor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.headroom.advice.AdvicePresets;
import org.headroom.advice.Environment;
import org.headroom.advice.MicRecommender;
import org.headroom.advice.Microphone;
import org.headroom.advice.NoiseCriteria;
import org.headroom.advice.Scenario;
import org.headroom.advice.ScenarioPresets;
import org.headroom.advice.ScoringWeights;
import org.headroom.advice.TuningPresets;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;

/**
 * The advisor's presets (microphones, environments, scenarios, scoring weights, NC curves), read
 * once off the EDT before the window opens, so no question the user answers ever waits on a file.
 * The command line reads the same files the same way (cli.AdviseCommand.Catalogue).
 */
record AdvisorCatalogue(List<Microphone> microphones, Map<String, Environment> environments, List<Scenario> scenarios,
                        ScoringWeights scoring, NoiseCriteria noiseCriteria) {
    AdvisorCatalogue {
        microphones = List.copyOf(microphones);
        environments = java.util.Collections.unmodifiableMap(new TreeMap<>(environments));
        scenarios = List.copyOf(scenarios);
    }

    static AdvisorCatalogue load(PresetLoader loader) throws PresetException {
        List<Microphone> mics = AdvicePresets.microphones(loader.folder(AdvicePresets.MICROPHONES));
        if (mics.isEmpty()) throw new PresetException("no microphones found in " + String.join(", ", loader.searchPath()));
        Map<String, Environment> envs = new TreeMap<>();
        for (Environment e : AdvicePresets.environments(loader.folder(AdvicePresets.ENVIRONMENTS))) envs.putIfAbsent(e.id(), e);
        List<Scenario> scenarios = ScenarioPresets.scenarios(loader.folder(ScenarioPresets.FOLDER), envs);
        return new AdvisorCatalogue(mics, envs, scenarios, TuningPresets.scoring(loader), TuningPresets.noiseCriteria(loader));
    }

    MicRecommender recommender() {
        return new MicRecommender(microphones, scoring);
    }

    Optional<Microphone> microphone(String id) {
        return microphones.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
