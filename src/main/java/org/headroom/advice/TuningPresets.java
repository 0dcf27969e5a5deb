package org.headroom.advice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;
import org.headroom.preset.PresetText;

/**
 * Reads and checks the advisor's tunables: the scoring weights ({@value #SCORING}) and the NC
 * curves ({@value #NOISE_CRITERIA}), both relative to the presets folder. Like the catalogue, the
 * parsers take a display name and the text, so files on disk, the jar's copies and tests share them.
 */
public final class TuningPresets {
    public static final String SCORING = "advisor/scoring.json";
    public static final String NOISE_CRITERIA = "advisor/noise-criteria.json";

    private TuningPresets() {
    }

    /** {@value #SCORING}, the first found on the loader's search path: what the CLI and the GUI use. */
    public static ScoringWeights scoring(PresetLoader loader) throws PresetException {
        PresetText text = loader.file(SCORING);
        return scoring(text.displayName(), text.text());
    }

    /** {@value #NOISE_CRITERIA}, the first found on the loader's search path. */
    public static NoiseCriteria noiseCriteria(PresetLoader loader) throws PresetException {
        PresetText text = loader.file(NOISE_CRITERIA);
        return noiseCriteria(text.displayName(), text.text());
    }

    /** {@value #SCORING} under {@code presetsRoot}; for tests and tools that have a folder at hand. */
    public static ScoringWeights loadScoring(Path presetsRoot) throws PresetException {
        return scoring(display(presetsRoot, SCORING), read(presetsRoot, SCORING));
    }

    /** {@value #NOISE_CRITERIA} under {@code presetsRoot}. */
    public static NoiseCriteria loadNoiseCriteria(Path presetsRoot) throws PresetException {
        return noiseCriteria(display(presetsRoot, NOISE_CRITERIA), read(presetsRoot, NOISE_CRITERIA));
    }

    /**
     * Every {@link ScoringWeights.Weight} must be given, in its range, with a reason in "sources":
     * a missing weight is an error, not a silent default, because the ranking depends on all of them.
     */
    public static ScoringWeights scoring(String file, String json) throws PresetException {
        JsonFields f = JsonFields.parse(file, json);
        Set<String> known = new HashSet<>(Set.of("notes", "sources"));
        List<String> figures = new ArrayList<>();
        for (ScoringWeights.Weight w : ScoringWeights.Weight.values()) figures.add(w.field());
        known.addAll(figures);
        f.allowOnly(known);
        Map<ScoringWeights.Weight, Double> values = new EnumMap<>(ScoringWeights.Weight.class);
        for (ScoringWeights.Weight w : ScoringWeights.Weight.values()) {
            if (!f.has(w.field())) throw f.error("'" + w.field() + "' is missing (a number between " + JsonFields.plain(w.min()) + " and " + JsonFields.plain(w.max()) + ")");
            values.put(w, f.number(w.field(), w.min(), w.max()));
        }
        Map<String, String> sources = f.textMap("sources");
        f.requireSources(sources, figures);
        for (String named : sources.keySet()) {
            if (!figures.contains(named)) throw f.error("'sources' names '" + named + "', which is not a weight");
        }
        return new ScoringWeights(values, file);
    }

    /**
     * The curves must be listed lowest first, one level per octave band of {@link OctaveBands#CENTRES}
     * (said in "bandsHz", so a file written for other bands is refused), each curve at or above the
     * one before in every band: otherwise "the lowest curve no band exceeds" would not be one curve.
     */
    public static NoiseCriteria noiseCriteria(String file, String json) throws PresetException {
        JsonFields f = JsonFields.parse(file, json);
        f.allowOnly(Set.of("notes", "bandsHz", "curves", "sources"));
        List<Double> bands = f.numbers("bandsHz");
        List<Double> expected = Arrays.stream(OctaveBands.CENTRES).asDoubleStream().boxed().toList();
        if (!bands.equals(expected)) throw f.error("'bandsHz' must be " + Arrays.toString(OctaveBands.CENTRES) + ", the octave bands measured");
        List<NoiseCriteria.Curve> curves = new ArrayList<>();
        List<JsonFields> listed = f.objects("curves");
        if (listed.isEmpty()) throw f.error("'curves' must list at least one curve");
        for (int i = 0; i < listed.size(); i++) {
            JsonFields c = listed.get(i);
            c.allowOnly(Set.of("nc", "levelsDb"));
            int nc = (int) c.number("nc", 0, 100);
            List<Double> levels = c.numbers("levelsDb");
            String which = "'curves' NC-" + nc;
            if (levels.size() != expected.size()) throw f.error(which + ": 'levelsDb' must hold " + expected.size() + " levels, one per band (got " + levels.size() + ")");
            double[] l = levels.stream().mapToDouble(Double::doubleValue).toArray();
            for (double v : l) if (v < 0 || v > 140) throw f.error(which + ": 'levelsDb' must be 0..140 dB SPL (got " + JsonFields.plain(v) + ")");
            if (!curves.isEmpty()) {
                NoiseCriteria.Curve before = curves.get(curves.size() - 1);
                if (nc <= before.nc()) throw f.error(which + " must come after a lower curve (it follows NC-" + before.nc() + ")");
                double[] lower = before.levelsDb();
                for (int b = 0; b < l.length; b++) {
                    if (l[b] < lower[b]) throw f.error(which + ": 'levelsDb' at " + OctaveBands.CENTRES[b] + " Hz is below NC-" + before.nc() + "'s");
                }
            }
            curves.add(new NoiseCriteria.Curve(nc, l));
        }
        f.requireSources(f.textMap("sources"), List.of("bandsHz", "curves"));
        return new NoiseCriteria(curves, file);
    }

    private static String read(Path root, String relative) throws PresetException {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PresetException(display(root, relative) + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static String display(Path root, String relative) {
        Path name = root.getFileName();
        return (name == null ? "" : name + "/") + relative;
    }
}
