package org.headroom.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The edit list as JSON, the format the README documents:
 * <pre>{"crossfadeMs": 10, "edits": [{"op": "cut", "start": 5.0, "end": 7.5}, ...]}</pre>
 * Parsing is strict (an unknown op or field is an error, since a typo silently ignored would
 * render the wrong programme) and every error is one line naming the file, the edit and the
 * reason. Times are seconds on the source's own timeline.
 */
public final class EdlFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keys a project file adds around the edit list; accepted so a project file is also an EDL. */
    private static final Set<String> TOP_LEVEL = Set.of("crossfadeMs", "crossfadeShape", "edits",
            "format", "version", "source", "savedAt");
    private static final String OPS = "cut, trim, split, silence, insert, gain, fadeIn, fadeOut, crossfade, "
            + "highPass, humNotch, normalisePeak, normaliseLoudness, layer, roomTone, pause, "
            + "eq, compress, level, denoise, declip, reverb";

    private EdlFormat() {
    }

    /** Reads an edit list file; a missing file or bad JSON is reported in one line starting with its name. */
    public static EditList read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "edit list not found");
        }
        return parse(file.getFileName().toString(), text, file.toAbsolutePath().getParent());
    }

    /** {@link #parse(String, String, Path)} with layer files relative to the working folder. */
    public static EditList parse(String name, String json) throws EdlException {
        return parse(name, json, null);
    }

    /**
     * @param name   what to call the text in errors, usually the file name
     * @param folder what a relative layer file is relative to (the edit list's folder); null = the working folder
     */
    public static EditList parse(String name, String json, Path folder) throws EdlException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage().lines().findFirst().orElse("").split(":")[0];
            throw new EdlException(name + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + " (" + reason + ")");
        }
        if (root == null || !root.isObject()) throw new EdlException(name + ": expected a JSON object with \"edits\"");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!TOP_LEVEL.contains(key)) throw new EdlException(name + ": unknown key '" + key + "' (crossfadeMs, crossfadeShape, edits)");
        }
        Fields top = new Fields(name, root);
        double crossfadeMs;
        FadeShape shape;
        try {
            crossfadeMs = top.number("crossfadeMs", EditList.DEFAULT_CROSSFADE_MS);
            shape = top.shape("crossfadeShape", FadeShape.EQUAL_POWER);
        } catch (IllegalArgumentException e) {
            throw new EdlException(name + ": " + e.getMessage());
        }
        JsonNode edits = root.get("edits");
        if (edits == null) throw new EdlException(name + ": \"edits\" is missing");
        if (!edits.isArray()) throw new EdlException(name + ": \"edits\" must be a list");
        List<Edit> list = new java.util.ArrayList<>();
        for (int i = 0; i < edits.size(); i++) list.add(edit(name, i + 1, edits.get(i), folder));
        try {
            return new EditList(crossfadeMs, shape, list);
        } catch (IllegalArgumentException e) {
            throw new EdlException(name + ": " + e.getMessage());
        }
    }

    private static Edit edit(String name, int number, JsonNode node, Path folder) throws EdlException {
        String where = name + ": edit " + number;
        if (!node.isObject()) throw new EdlException(where + ": expected an object like {\"op\": \"cut\", ...}");
        JsonNode opNode = node.get("op");
        if (opNode == null || !opNode.isTextual()) throw new EdlException(where + ": \"op\" is missing (" + OPS + ")");
        String op = opNode.asText();
        Fields f = new Fields(where + " (" + op + ")", node);
        try {
            Edit edit = build(op, f);
            if (edit == null) edit = buildMixing(op, f, folder);
            if (edit == null) edit = effect(op, f, folder);
            if (edit == null) throw new EdlException(where + ": unknown op '" + op + "' (" + OPS + ")");
            f.checkAllUsed();
            return edit;
        } catch (IllegalArgumentException e) {
            throw new EdlException(where + " (" + op + "): " + e.getMessage());
        }
    }

    private static Edit build(String op, Fields f) {
        switch (op) {
            case "cut": case "delete": return new Edit.Cut(f.required("start"), f.required("end"));
            case "trim": return new Edit.Trim(f.required("start"), f.required("end"));
            case "split": return new Edit.Split(f.required("at"));
            case "silence": return new Edit.Silence(f.required("start"), f.required("end"),
                    Edit.Silence.Fill.parse(f.text("fill", Edit.Silence.Fill.DIGITAL.jsonName())));
            case "insert": case "paste": return new Edit.Insert(f.required("at"), f.required("from"), f.required("to"));
            case "gain": return new Edit.Gain(f.required("db"), f.optional("start"), f.optional("end"));
            case "fadeIn": return new Edit.FadeIn(f.required("length"), f.shape("shape", FadeShape.LINEAR));
            case "fadeOut": return new Edit.FadeOut(f.required("length"), f.shape("shape", FadeShape.LINEAR));
            case "crossfade": return new Edit.Crossfade(f.required("at"), f.number("ms", EditList.DEFAULT_CROSSFADE_MS),
                    f.shape("shape", FadeShape.EQUAL_POWER));
            case "highPass": return new Edit.HighPass(f.number("hz", 80), f.integer("order", 2));
            case "humNotch": return new Edit.HumNotch(f.number("hz", 50), f.integer("harmonics", 4), f.number("q", 30));
            case "normalisePeak": case "normalizePeak":
                return new Edit.NormalisePeak(f.number("dbfs", -1), f.bool("truePeak", false));
            case "normaliseLoudness": case "normalizeLoudness":
                return new Edit.NormaliseLoudness(f.number("lufs", -16), f.number("ceiling", -1));
            default: return null;
        }
    }

    // ---- Effects and clean-up (issue 12): eq, compress, level, denoise, declip, reverb ----

    /** A reverb's relative {@code matchRecording} is relative to the edit list's folder, wherever headroom runs from. */
    private static String relative(String file, Path folder) {
        return file == null || folder == null || Path.of(file).isAbsolute() ? file : folder.resolve(file).toString();
    }

    /** The effect ops, or null for an unknown op. */
    private static Edit effect(String op, Fields f, Path folder) {
        switch (op) {
            case "eq": {
                JsonNode bands = f.node("bands");
                return new Edit.Eq(bands == null ? null : bands(bands), f.text("preset"), f.optional("start"), f.optional("end"));
            }
            case "compress": return new Edit.Compress(f.number("thresholdDb", -20), f.number("ratio", 3), f.number("attackMs", 10),
                    f.number("releaseMs", 150), f.number("kneeDb", 6), f.number("makeupDb", 0));
            case "level": return new Edit.Level(f.number("targetDb", -20), f.number("maxGainDb", 12), f.number("windowSeconds", 3));
            case "denoise": return new Edit.Denoise(f.number("reductionDb", 12), f.optional("profileStart"), f.optional("profileEnd"));
            case "declip": return new Edit.Declip(f.number("maxRunMs", 5));
            case "reverb": return new Edit.Reverb(f.optional("rt60"), f.number("preDelayMs", 10), f.number("mix", 0.25),
                    f.text("room"), relative(f.text("matchRecording"), folder), f.optional("start"), f.optional("end"));
            default: return null;
        }
    }

    // ---- mixing (issue 12, slice D1) ----
    private static Edit buildMixing(String op, Fields f, Path folder) {
        switch (op) {
            case "layer": {
                String file = f.text("file", null);
                if (file == null || file.isBlank()) throw new IllegalArgumentException("\"file\" is missing");
                Path path = folder == null ? Path.of(file) : folder.resolve(file);
                boolean loop = f.bool("loop", false);
                return new Edit.Layer(path, f.required("at"), f.number("from", 0), f.number("to", Double.NaN), f.number("gainDb", 0),
                        f.number("fadeIn", 0), f.number("fadeOut", 0), loop, f.number("until", Double.NaN), duck(f));
            }
            case "roomTone": return new Edit.RoomTone(f.required("start"), f.required("end"));
            case "pause": return new Edit.Pause(f.required("at"), f.required("length"));
            default: return null;
        }
    }

    /** {@code "duck": true} for the defaults, or an object overriding some of them. */
    private static Edit.Duck duck(Fields f) {
        JsonNode d = f.node("duck");
        if (d == null || d.isNull() || (d.isBoolean() && !d.asBoolean())) return null;
        if (d.isBoolean()) return Edit.Duck.DEFAULT;
        if (!d.isObject()) throw new IllegalArgumentException("\"duck\" must be true or an object like {\"depthDb\": 10}");
        Fields g = new Fields(f + " duck", d);
        g.used.remove("op");
        Edit.Duck x = Edit.Duck.DEFAULT;
        Edit.Duck duck = new Edit.Duck(g.number("depthDb", x.depthDb()), g.number("attackMs", x.attackMs()),
                g.number("releaseMs", x.releaseMs()), g.number("holdMs", x.holdMs()), g.number("thresholdDb", Double.NaN));
        try {
            g.checkAllUsed();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("duck: " + e.getMessage() + " (depthDb, attackMs, releaseMs, holdMs, thresholdDb)");
        }
        return duck;
    }

    private static void mixingToJson(Edit edit, ObjectNode n) {
        if (edit instanceof Edit.Layer l) {
            n.put("file", l.file().toString()).put("at", l.at()).put("from", l.from());
            if (!Double.isNaN(l.to())) n.put("to", l.to());
            n.put("gainDb", l.gainDb()).put("fadeIn", l.fadeIn()).put("fadeOut", l.fadeOut()).put("loop", l.loop());
            if (l.loop()) n.put("until", l.until());
            if (l.duck() != null) {
                ObjectNode d = n.putObject("duck");
                d.put("depthDb", l.duck().depthDb()).put("attackMs", l.duck().attackMs()).put("releaseMs", l.duck().releaseMs())
                        .put("holdMs", l.duck().holdMs());
                if (!Double.isNaN(l.duck().thresholdDb())) d.put("thresholdDb", l.duck().thresholdDb());
            }
        } else if (edit instanceof Edit.RoomTone r) {
            n.put("start", r.start()).put("end", r.end());
        } else if (edit instanceof Edit.Pause p) {
            n.put("at", p.at()).put("length", p.length());
        }
    }
    // ---- end of mixing ----

    /**
     * EQ bands from a JSON list, as an edit list or an effects preset gives them:
     * [{"type": "peak", "hz": 3000, "gainDb": 4, "q": 1}, ...].
     */
    static java.util.List<Edit.Eq.Band> bands(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) throw new IllegalArgumentException("\"bands\" must be a non-empty list of {\"type\", \"hz\", ...}");
        java.util.List<Edit.Eq.Band> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Fields b = new Fields("band " + (i + 1), list.get(i));
            b.used.remove("op");
            try {
                if (!list.get(i).isObject()) throw new IllegalArgumentException("expected an object like {\"type\": \"peak\", \"hz\": 3000}");
                String type = b.text("type");
                if (type == null) throw new IllegalArgumentException("\"type\" is missing (" + Edit.BandType.names() + ")");
                Edit.BandType t = Edit.BandType.parse(type);
                out.add(new Edit.Eq.Band(t, b.required("hz"), b.number("gainDb", 0), b.number("q", t.defaultQ())));
                b.checkAllUsed();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("band " + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static void effectToJson(Edit edit, ObjectNode n) {
        if (edit instanceof Edit.Eq q) {
            if (q.preset() != null) {
                n.put("preset", q.preset());
            } else {
                ArrayNode bands = n.putArray("bands");
                for (Edit.Eq.Band b : q.bands()) {
                    bands.addObject().put("type", b.type().jsonName()).put("hz", b.hz()).put("gainDb", b.gainDb()).put("q", b.q());
                }
            }
            if (!q.whole()) n.put("start", q.start()).put("end", q.end());
        } else if (edit instanceof Edit.Compress c) {
            n.put("thresholdDb", c.thresholdDb()).put("ratio", c.ratio()).put("attackMs", c.attackMs())
                    .put("releaseMs", c.releaseMs()).put("kneeDb", c.kneeDb()).put("makeupDb", c.makeupDb());
        } else if (edit instanceof Edit.Level l) {
            n.put("targetDb", l.targetDb()).put("maxGainDb", l.maxGainDb()).put("windowSeconds", l.windowSeconds());
        } else if (edit instanceof Edit.Denoise d) {
            n.put("reductionDb", d.reductionDb());
            if (d.profileStart() != null) n.put("profileStart", d.profileStart()).put("profileEnd", d.profileEnd());
        } else if (edit instanceof Edit.Declip d) {
            n.put("maxRunMs", d.maxRunMs());
        } else if (edit instanceof Edit.Reverb r) {
            if (r.rt60() != null) n.put("rt60", r.rt60());
            if (r.room() != null) n.put("room", r.room());
            if (r.matchRecording() != null) n.put("matchRecording", r.matchRecording());
            n.put("preDelayMs", r.preDelayMs()).put("mix", r.mix());
            if (!r.whole()) n.put("start", r.start()).put("end", r.end());
        }
    }

    /** The edit list as a JSON object; {@link #parse} reads it back to an equal list. */
    public static ObjectNode toJson(EditList list) {
        ObjectNode root = JSON.createObjectNode();
        root.put("crossfadeMs", list.crossfadeMs());
        root.put("crossfadeShape", list.crossfadeShape().jsonName());
        ArrayNode edits = root.putArray("edits");
        for (Edit e : list.edits()) edits.add(toJson(e));
        return root;
    }

    static ObjectNode toJson(Edit edit) {
        ObjectNode n = JSON.createObjectNode();
        n.put("op", edit.op());
        if (edit instanceof Edit.Cut c) {
            n.put("start", c.start()).put("end", c.end());
        } else if (edit instanceof Edit.Trim t) {
            n.put("start", t.start()).put("end", t.end());
        } else if (edit instanceof Edit.Split s) {
            n.put("at", s.at());
        } else if (edit instanceof Edit.Silence s) {
            n.put("start", s.start()).put("end", s.end());
            if (s.fill() != Edit.Silence.Fill.DIGITAL) n.put("fill", s.fill().jsonName());
        } else if (edit instanceof Edit.Insert i) {
            n.put("at", i.at()).put("from", i.from()).put("to", i.to());
        } else if (edit instanceof Edit.Gain g) {
            n.put("db", g.db());
            if (!g.whole()) n.put("start", g.start()).put("end", g.end());
        } else if (edit instanceof Edit.FadeIn f) {
            n.put("length", f.length()).put("shape", f.shape().jsonName());
        } else if (edit instanceof Edit.FadeOut f) {
            n.put("length", f.length()).put("shape", f.shape().jsonName());
        } else if (edit instanceof Edit.Crossfade c) {
            n.put("at", c.at()).put("ms", c.ms()).put("shape", c.shape().jsonName());
        } else if (edit instanceof Edit.HighPass h) {
            n.put("hz", h.hz()).put("order", h.order());
        } else if (edit instanceof Edit.HumNotch h) {
            n.put("hz", h.hz()).put("harmonics", h.harmonics()).put("q", h.q());
        } else if (edit instanceof Edit.NormalisePeak p) {
            n.put("dbfs", p.dbfs()).put("truePeak", p.truePeak());
        } else if (edit instanceof Edit.NormaliseLoudness l) {
            n.put("lufs", l.lufs()).put("ceiling", l.ceilingDbtp());
        } else {
            mixingToJson(edit, n);
            effectToJson(edit, n);
        }
        return n;
    }

    public static String write(EditList list) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(list)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("edit list did not serialise", e);
        }
    }

    /** Reads one edit's fields and remembers which were used, so leftovers can be reported. */
    private static final class Fields {
        private final String where;
        private final JsonNode node;
        private final Set<String> used = new java.util.HashSet<>(Set.of("op"));

        Fields(String where, JsonNode node) {
            this.where = where;
            this.node = node;
        }

        double required(String key) {
            if (node.get(key) == null) throw new IllegalArgumentException("\"" + key + "\" is missing");
            return number(key, 0);
        }

        Double optional(String key) {
            return node.get(key) == null || node.get(key).isNull() ? mark(key, null) : number(key, 0);
        }

        double number(String key, double fallback) {
            JsonNode v = node.get(key);
            used.add(key);
            if (v == null) return fallback;
            if (!v.isNumber()) throw new IllegalArgumentException("\"" + key + "\" must be a number, not " + v);
            return v.asDouble();
        }

        int integer(String key, int fallback) {
            JsonNode v = node.get(key);
            used.add(key);
            if (v == null) return fallback;
            if (!v.isIntegralNumber()) throw new IllegalArgumentException("\"" + key + "\" must be a whole number, not " + v);
            return v.asInt();
        }

        boolean bool(String key, boolean fallback) {
            JsonNode v = node.get(key);
            used.add(key);
            if (v == null) return fallback;
            if (!v.isBoolean()) throw new IllegalArgumentException("\"" + key + "\" must be true or false, not " + v);
            return v.asBoolean();
        }

        String text(String key, String fallback) {
            JsonNode v = node.get(key);
            used.add(key);
            if (v == null) return fallback;
            if (!v.isTextual()) throw new IllegalArgumentException("\"" + key + "\" must be text, not " + v);
            return v.asText();
        }

        /** Any field as JSON, or null when absent or JSON null. */
        JsonNode node(String key) {
            used.add(key);
            JsonNode v = node.get(key);
            return v == null || v.isNull() ? null : v;
        }

        FadeShape shape(String key, FadeShape fallback) {
            JsonNode v = node.get(key);
            used.add(key);
            if (v == null) return fallback;
            if (!v.isTextual()) throw new IllegalArgumentException("\"" + key + "\" must be one of " + FadeShape.names());
            return FadeShape.parse(v.asText());
        }

        /** A text field, or null when absent (or JSON null). */
        String text(String key) {
            return node.get(key) instanceof com.fasterxml.jackson.databind.node.NullNode ? mark(key, null) : text(key, null);
        }

        private <T> T mark(String key, T value) {
            used.add(key);
            return value;
        }

        void checkAllUsed() {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!used.contains(key)) throw new IllegalArgumentException("unknown field '" + key + "'");
            }
        }

        @Override
        public String toString() {
            return where;
        }
    }
}
