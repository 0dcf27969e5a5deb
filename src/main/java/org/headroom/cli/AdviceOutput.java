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
        if (s.rt60().isPresent()) {
            env.put("rt60Method", s.rt60().get().method().id());
            env.put("rt60Confidence", round(s.rt60().get().confidence(), 2));
            env.put("rt60Detail", s.rt60().get().detail());
        } else {
            env.putNull("rt60Method");
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
        if (s.criticalDistanceMetres() != null) env.put("criticalDistanceMetres", round(s.criticalDistanceMetres(), 2));
        s.location().ifPresent(l -> {
            ObjectNode bands = env.putObject("noiseOctaveBandsDbfs");
            double[] v = l.octaveBandsDbfs();
            List<Integer> centres = Location.octaveCentresHz();
            for (int i = 0; i < v.length; i++) if (!Double.isNaN(v[i])) bands.put(String.valueOf(centres.get(i)), round(v[i], 1));
            if (!Double.isNaN(l.rating().nc())) {
                ObjectNode rating = env.putObject("noiseRating");
                rating.put("nc", (int) l.rating().nc());
                rating.put("dba", round(l.rating().dba(), 0));
                rating.put("words", l.rating().words());
            }
            l.cautions().forEach(env.putArray("cautions")::add);
        });
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
                if (Double.isFinite(e.getValue())) numbers.put(e.getKey(), round(e.getValue(), 2));
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
        out.printf(Locale.ROOT, "%nUse: %s %s (%s), score %.0f%n", top.pattern(), top.micType(), top.name(), top.score());
        out.println("  Placement: " + top.placement());
        if (!top.accessories().isEmpty()) out.println("  Bring: " + String.join(", ", top.accessories()));
        out.println("  Why:");
        for (String r : top.reasons()) out.println("  - " + r);
        if (recs.size() > 1) out.println("\nRunners-up:");
        for (Recommendation r : recs.subList(1, Math.min(recs.size(), 1 + RUNNERS_UP))) {
            out.printf(Locale.ROOT, "  %-14s %-10s score %3.0f  %s%n", r.pattern(), r.micType(), r.score(), r.reasons().isEmpty() ? "" : r.reasons().get(0));
        }
        out.flush();
    }

    private static void measured(PrintWriter out, Location l, Summary s) {
        out.printf(Locale.ROOT, "Measured %.1f s of recording:%n", l.seconds());
        out.println("  Noise floor: " + l.noiseFloorDbfs().map(v -> String.format(Locale.ROOT, "%.1f dBFS", v)).orElse("not measured (under 0.5 s of sound)"));
        out.println("  Speech over noise: " + l.snrDb().map(v -> String.format(Locale.ROOT, "%.1f dB", v)).orElse("no speech found"));
        out.println("  How noisy: " + l.rating().words());
        StringBuilder bands = new StringBuilder("  Noise by octave (dBFS):");
        double[] v = l.octaveBandsDbfs();
        List<Integer> centres = Location.octaveCentresHz();
        int measuredBands = 0;
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) continue;
            bands.append(String.format(Locale.ROOT, " %s %.0f", label(centres.get(i)), v[i]));
            measuredBands++;
        }
        out.println(measuredBands > 0 ? bands : "  Noise by octave: not measured");
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
            out.printf(Locale.ROOT, "  %-14s %-10s score %3.0f%n", r.pattern(), r.micType(), r.score());
        }
        out.flush();
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
