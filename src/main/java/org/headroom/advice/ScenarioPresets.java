package org.headroom.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headroom.preset.PresetException;

/** Reads and checks the trainer's scenarios ({@code presets/scenarios/*.json}). */
public final class ScenarioPresets {
    public static final String FOLDER = "scenarios";
    private static final Set<String> FIELDS = Set.of("id", "title", "description", "set", "situation", "expert", "alsoAccepted", "why", "sources");
    private static final Set<String> SITUATION = Set.of("environment", "outdoor", "talkers", "sharedMic", "moving", "onCamera",
            "micMayShow", "distanceMetres", "roomVolumeCubicMetres", "rt60Seconds", "wind", "noiseDirectionDegrees", "solo", "liveEvent", "rain");
    private static final Set<String> ANSWER = Set.of("pattern", "micType", "distanceMetres", "placement", "accessories");

    private ScenarioPresets() {
    }

    /** Scenarios from display name → JSON text, in that order. */
    public static List<Scenario> scenarios(Map<String, String> texts, Map<String, Environment> environments) throws PresetException {
        List<Scenario> out = new ArrayList<>();
        for (var e : texts.entrySet()) out.add(scenario(e.getKey(), e.getValue(), environments));
        return List.copyOf(out);
    }

    /**
     * @param file         shown in messages; its base name must match "id"
     * @param environments by id, for the situation's "environment"
     */
    public static Scenario scenario(String file, String json, Map<String, Environment> environments) throws PresetException {
        JsonFields f = JsonFields.parse(file, json);
        f.allowOnly(FIELDS);
        String id = f.text("id");
        String base = java.nio.file.Path.of(file).getFileName().toString().replaceFirst("\\.json$", "");
        if (!id.equals(base)) throw f.error("'id' is \"" + id + "\" but the file is named " + base + ".json");
        Situation situation = situation(f.object("situation"), environments);
        Scenario.Answer expert = answer(f.object("expert"));
        List<Scenario.Answer> also = new ArrayList<>();
        for (JsonFields a : f.objects("alsoAccepted")) also.add(answer(a));
        List<String> sources = f.texts("sources");
        if (sources.isEmpty()) throw f.error("'sources' must name where the expert answer comes from");
        String set = f.text("set");
        Scenario.Set split = java.util.Arrays.stream(Scenario.Set.values()).filter(x -> x.id().equals(set)).findFirst()
                .orElseThrow(() -> f.error("'set' must be \"tuning\" or \"held-out\" (got \"" + set + "\")"));
        return new Scenario(id, f.text("title"), f.text("description"), situation, expert, also, f.text("why"), sources, file, split);
    }

    private static Situation situation(JsonFields s, Map<String, Environment> environments) throws PresetException {
        s.allowOnly(SITUATION);
        Situation.Builder b = Situation.builder();
        if (s.has("environment")) {
            String env = s.text("environment");
            Environment e = environments.get(env);
            if (e == null) throw s.error("unknown environment \"" + env + "\" (known: " + String.join(", ", new java.util.TreeSet<>(environments.keySet())) + ")");
            b.environment(e);
        }
        if (s.has("outdoor")) b.outdoor(s.bool("outdoor"));
        if (s.has("talkers")) b.talkers((int) s.number("talkers", 1, 20));
        if (s.has("sharedMic")) b.sharedMic(s.bool("sharedMic"));
        if (s.has("moving")) b.moving(s.bool("moving"));
        if (s.has("solo")) b.solo(s.bool("solo"));
        if (s.has("liveEvent")) b.liveEvent(s.bool("liveEvent"));
        if (s.has("onCamera")) b.onCamera(s.bool("onCamera"));
        if (s.has("micMayShow")) b.micMayShow(s.bool("micMayShow"));
        if (s.has("distanceMetres")) b.distanceMetres(s.number("distanceMetres", 0.01, 100));
        if (s.has("roomVolumeCubicMetres")) b.roomVolumeCubicMetres(s.number("roomVolumeCubicMetres", 1, 1_000_000));
        if (s.has("rt60Seconds")) b.rt60Seconds(s.number("rt60Seconds", 0.05, 15));
        if (s.has("wind")) b.wind(s.bool("wind"));
        if (s.has("rain")) b.rain(s.bool("rain"));
        if (s.has("noiseDirectionDegrees")) b.noiseDirectionDegrees(s.number("noiseDirectionDegrees", 0, 180));
        return b.build();
    }

    private static Scenario.Answer answer(JsonFields a) throws PresetException {
        a.allowOnly(ANSWER);
        String p = a.text("pattern");
        PatternId pattern = PatternId.byId(p).orElseThrow(() -> a.error("'pattern' must be one of " + PatternId.allIds() + " (got \"" + p + "\")"));
        String t = a.text("micType");
        MicType type = MicType.byId(t).orElseThrow(() -> a.error("'micType' must be one of " + MicType.allIds() + " (got \"" + t + "\")"));
        double distance = a.has("distanceMetres") ? a.number("distanceMetres", 0.01, 100) : Double.NaN;
        return new Scenario.Answer(pattern, type, distance, a.has("placement") ? a.text("placement") : "", a.texts("accessories"));
    }
}
