package org.headroom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.headroom.advice.Location;
import org.headroom.advice.MicRecommender;
import org.headroom.advice.MicType;
import org.headroom.advice.Recommendation;
import org.headroom.advice.Room;
import org.headroom.advice.Rt60Estimate;
import org.headroom.advice.Scenario;
import org.headroom.advice.Situation;
import org.headroom.detect.Hum;

/** Writes the advisor's answer as text for people or as one JSON object for scripts. */
final class AdviceOutput {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RUNNERS_UP = 3;

    private AdviceOutput() {
    }

    /**
     * The "environment" part: measured where there was a recording, else what the advice assumed.
     *
     * @param room the room the advice used; its critical distance is shown only when the size is known
     */
    record Summary(Optional<Location> location, Double noiseFloorDbfs, Double snrDb, Double rt60Seconds,
                   Optional<Rt60Estimate> rt60, Optional<Hum> hum, boolean wind, boolean hiss, Double criticalDistanceMetres,
                   Optional<Room> room, List<String> assumptions) {
        static Summary of(Situation s, Optional<Location> location, boolean roomKnown) {
            Optional<Room> room = MicRecommender.room(s);
            Double dc = roomKnown ? room.map(Room::criticalDistance).orElse(null) : null;
            Optional<Rt60Estimate> rt = location.flatMap(Location::rt60);
            return new Summary(location, s.noiseFloorDbfs(), s.snrDb(), room.map(Room::rt60Seconds).orElse(null), rt,
                    location.flatMap(Location::hum), Boolean.TRUE.equals(s.wind()), location.map(Location::hiss).orElse(false), dc, room,
                    MicRecommender.assumptions(s));
        }
    }

    static void json(PrintWriter out, Summary s, List<Recommendation> recs) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode env = root.putObject("environment");
        putNumber(env, "noiseFloorDbfs", s.noiseFloorDbfs());
        putNumber(env, "snrDb", s.snrDb());
        putNumber(env, "rt60Seconds", s.rt60Seconds());
        // every field of the contract is always there, null when not known, so a script reads
        // one shape whatever was measured
        if (s.rt60().isPresent()) {
            env.put("rt60Method", s.rt60().get().method().id());
            env.put("rt60Confidence", round(s.rt60().get().confidence(), 2));
            env.put("rt60Detail", s.rt60().get().detail());
        } else {
            env.putNull("rt60Method");
            env.putNull("rt60Confidence");
            env.putNull("rt60Detail");
        }
        if (s.hum().isPresent()) {
            ObjectNode hum = env.putObject("hum");
            hum.put("frequencyHz", round(s.hum().get().frequencyHz(), 1));
            hum.put("levelDbfs", round(s.hum().get().levelDbfs(), 1));
        } else {
            env.putNull("hum");
        }
        env.put("wind", s.wind());
        env.put("hiss", s.hiss());
        putNumber(env, "criticalDistanceMetres", s.criticalDistanceMetres());
        if (s.location().isPresent()) {
            Location l = s.location().get();
            ObjectNode bands = env.putObject("noiseOctaveBandsDbfs");
            double[] v = l.octaveBandsDbfs();
            List<Integer> centres = Location.octaveCentresHz();
            for (int i = 0; i < v.length; i++) putNumber(bands, String.valueOf(centres.get(i)), Double.isNaN(v[i]) ? null : round(v[i], 1));
            if (!Double.isNaN(l.rating().nc())) {
                ObjectNode rating = env.putObject("noiseRating");
                rating.put("nc", (int) l.rating().nc());
                rating.put("dba", round(l.rating().dba(), 0));
                rating.put("words", l.rating().words());
            } else {
                env.putNull("noiseRating");
            }
            l.cautions().forEach(env.putArray("cautions")::add);
        } else {
            env.putNull("noiseOctaveBandsDbfs");
            env.putNull("noiseRating");
            env.putArray("cautions");
        }
        outlook(root, recs);
        ArrayNode list = root.putArray("recommendations");
        for (Recommendation r : recs) {
            ObjectNode o = list.addObject();
            o.put("pattern", r.pattern());
            o.put("micType", r.micType());
            o.put("microphone", r.microphone());
            o.put("score", r.score());
            r.reasons().forEach(o.putArray("reasons")::add);
            ArrayNode kit = o.putArray("accessories");
            r.accessories().forEach(kit::add);
            o.put("placement", r.placement());
            ObjectNode parts = o.putObject("scoreParts");
            r.parts().forEach((k, v) -> parts.put(k, round(v, 1)));
            ObjectNode numbers = o.putObject("numbers");
            for (Map.Entry<String, Double> e : r.numbers().entrySet()) {
                putNumber(numbers, e.getKey(), e.getValue());
            }
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether even the first choice will sound poor, and what would change it: always present,
     * {"poor": false, "warning": null, "remedies": []} when it will not.
     */
    private static void outlook(ObjectNode root, List<Recommendation> recs) {
        ObjectNode o = root.putObject("outlook");
        boolean poor = !recs.isEmpty() && recs.get(0).outlook().poor();
        o.put("poor", poor);
        if (poor) o.put("warning", recs.get(0).outlook().warning()); else o.putNull("warning");
        ArrayNode remedies = o.putArray("remedies");
        if (poor) recs.get(0).outlook().remedies().forEach(remedies::add);
    }

    static void text(PrintWriter out, Summary s, List<Recommendation> recs) {
        s.location().ifPresent(l -> measured(out, l, s));
        if (s.location().isEmpty() && s.criticalDistanceMetres() != null) {
            out.printf(Locale.ROOT, "Room: critical distance %.2f m (RT60 %.2f s, typical for the place).%n", s.criticalDistanceMetres(), s.rt60Seconds());
        }
        if (recs.isEmpty()) {
            out.println("No microphone in the catalogue can work under these conditions.");
            return;
        }
        Recommendation top = recs.get(0);
        if (top.outlook().poor()) {
            out.println();
            out.println("WARNING: " + top.outlook().warning());
            out.println("  What would change it:");
            for (String r : top.outlook().remedies()) out.println("  - " + r);
        }
        out.printf(Locale.ROOT, "%nUse: %s %s (%s), score %s%n", top.pattern(), MicType.words(top.micType()), top.name(),
                Recommendation.wholePoints(top.score()));
        out.println("  Placement: " + top.placement());
        if (!top.accessories().isEmpty()) out.println("  Bring: " + String.join(", ", top.accessories()));
        out.println("  Why:");
        for (String r : top.reasons()) out.println("  - " + r);
        if (recs.size() > 1) out.println("\nRunners-up:");
        for (Recommendation r : recs.subList(1, Math.min(recs.size(), 1 + RUNNERS_UP))) {
            out.printf(Locale.ROOT, "  %-14s %-13s score %3s  %s%n", r.pattern(), MicType.words(r.micType()), Recommendation.wholePoints(r.score()), r.reasons().isEmpty() ? "" : r.reasons().get(0));
        }
        out.flush();
    }

    private static void measured(PrintWriter out, Location l, Summary s) {
        out.printf(Locale.ROOT, "Measured %.1f s of recording:%n", l.seconds());
        out.println("  Noise floor: " + l.noiseFloorDbfs().map(v -> String.format(Locale.ROOT, "%.1f dBFS", v)).orElse("not measured (under 0.5 s of sound)"));
        out.println("  Speech over noise: " + l.snrDb().map(v -> String.format(Locale.ROOT, "%.1f dB", v)).orElse("no speech found"));
        out.println("  How noisy: " + l.rating().words());
        octaveTable(out, l.octaveBandsDbfs());
        out.println("  RT60: " + l.rt60().map(e -> String.format(Locale.ROOT, "%.2f s from %s, %s confidence (%s)", e.seconds(), e.method().id(),
                e.confidenceWord(), e.detail())).orElse("not measured (no clap and too little speech)"));
        out.println("  Hum: " + l.hum().map(h -> String.format(Locale.ROOT, "%.0f Hz at %.0f dBFS", h.frequencyHz(), h.levelDbfs())).orElse("none"));
        out.println("  Wind: " + (l.wind() ? "yes" : "no") + "   Hiss: " + (l.hiss() ? "yes" : "no"));
        if (s.criticalDistanceMetres() != null) out.printf(Locale.ROOT, "  Critical distance: %.2f m%n", s.criticalDistanceMetres());
        for (String caution : l.cautions()) out.println("  ! " + caution);
    }

    static void scenario(PrintWriter out, Scenario s, List<Recommendation> recs) {
        out.println(s.title());
        out.println(s.description());
        Scenario.Answer e = s.expert();
        out.printf(Locale.ROOT, "%nThe guide: %s%s. %s%n", e.label(),
                Double.isNaN(e.distanceMetres()) ? "" : String.format(Locale.ROOT, " at %.2f m", e.distanceMetres()), e.placement());
        out.println("Why: " + s.why());
        out.println("Sources: " + String.join("; ", s.sources()));
        out.println();
        out.println("Headroom's ranking:");
        for (Recommendation r : recs.subList(0, Math.min(recs.size(), 1 + RUNNERS_UP))) {
            out.printf(Locale.ROOT, "  %-14s %-13s score %3s%n", r.pattern(), MicType.words(r.micType()), Recommendation.wholePoints(r.score()));
        }
        out.flush();
    }

    /**
     * The octave bands as a small table, a column per band, so each figure sits under its
     * frequency ("63 -52 125 -64 250 -116" on one line made the reader pair them up):
     * <pre>
     *   Noise by octave:
     *     Hz        63   125   250   500    1k    2k    4k    8k
     *     dBFS     -52   -64  -116   ...
     * </pre>
     * A band that could not be measured (above the file's Nyquist frequency) shows a dash.
     */
    static void octaveTable(PrintWriter out, double[] dbfs) {
        List<Integer> centres = Location.octaveCentresHz();
        boolean any = false;
        for (double v : dbfs) any |= !Double.isNaN(v);
        if (!any) {
            out.println("  Noise by octave: not measured");
            return;
        }
        StringBuilder hz = new StringBuilder("    Hz    ");
        StringBuilder level = new StringBuilder("    dBFS  ");
        for (int i = 0; i < dbfs.length; i++) {
            hz.append(String.format(Locale.ROOT, "%6s", label(centres.get(i))));
            level.append(Double.isNaN(dbfs[i]) ? String.format(Locale.ROOT, "%6s", "-") : String.format(Locale.ROOT, "%6.0f", dbfs[i]));
        }
        out.println("  Noise by octave:");
        out.println(hz);
        out.println(level);
    }

    private static String label(int hz) {
        return hz >= 1000 ? hz / 1000 + "k" : String.valueOf(hz);
    }

    private static void putNumber(ObjectNode o, String name, Double v) {
        if (v == null || !Double.isFinite(v)) o.putNull(name); else o.put(name, round(v, 2));
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
