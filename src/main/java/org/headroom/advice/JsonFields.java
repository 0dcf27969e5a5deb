package org.headroom.advice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.headroom.preset.PresetException;

/**
 * Checked reads from one advice preset's JSON object. Every failure is one line that starts with
 * the file name, so a typo in a catalogue file is a message, not a stack trace.
 */
final class JsonFields {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final JsonNode root;

    private JsonFields(String file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static JsonFields parse(String file, String text) throws PresetException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new PresetException(file + ": not valid JSON" + (loc == null ? "" : " (line " + loc.getLineNr() + ")"));
        }
        if (root == null || !root.isObject()) throw new PresetException(file + ": must hold a JSON object { ... }");
        return new JsonFields(file, root);
    }

    /** The object held in {@code name}, read with the same checks; messages name it. */
    JsonFields object(String name) throws PresetException {
        JsonNode n = root.get(name);
        if (n == null || !n.isObject()) throw error("'" + name + "' must be an object { ... }");
        return new JsonFields(file + " '" + name + "'", n);
    }

    /** The objects listed in {@code name}; empty when absent. */
    List<JsonFields> objects(String name) throws PresetException {
        List<JsonFields> out = new ArrayList<>();
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) return out;
        if (!n.isArray()) throw error("'" + name + "' must be a list of objects");
        for (JsonNode e : n) {
            if (!e.isObject()) throw error("'" + name + "' must hold only objects");
            out.add(new JsonFields(file + " '" + name + "'", e));
        }
        return out;
    }

    PresetException error(String message) {
        return new PresetException(file + ": " + message);
    }

    boolean has(String name) {
        return root.hasNonNull(name);
    }

    /** A misspelt field would otherwise be ignored silently and its default used. */
    void allowOnly(Set<String> known) throws PresetException {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) throw error("unknown field '" + name + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
        }
    }

    String text(String name) throws PresetException {
        JsonNode n = root.get(name);
        if (n == null || !n.isTextual() || n.asText().isBlank()) throw error("'" + name + "' must be a non-empty text");
        return n.asText();
    }

    double number(String name, double min, double max) throws PresetException {
        JsonNode n = root.get(name);
        if (n == null || !n.isNumber()) throw error("'" + name + "' must be a number");
        double v = n.asDouble();
        if (v < min || v > max) throw error("'" + name + "' must be between " + plain(min) + " and " + plain(max) + " (got " + plain(v) + ")");
        return v;
    }

    int rating(String name) throws PresetException {
        JsonNode n = root.get(name);
        if (n == null || !n.isIntegralNumber() || n.asInt() < 1 || n.asInt() > 5) {
            throw error("'" + name + "' must be a whole number 1..5" + (n == null ? "" : " (got " + n + ")"));
        }
        return n.asInt();
    }

    boolean bool(String name) throws PresetException {
        JsonNode n = root.get(name);
        if (n == null || !n.isBoolean()) throw error("'" + name + "' must be true or false");
        return n.asBoolean();
    }

    List<String> texts(String name) throws PresetException {
        List<String> list = new ArrayList<>();
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) return list;
        if (!n.isArray()) throw error("'" + name + "' must be a list of texts");
        for (JsonNode e : n) {
            if (!e.isTextual() || e.asText().isBlank()) throw error("'" + name + "' must hold only non-empty texts");
            list.add(e.asText());
        }
        return list;
    }

    /** A list of numbers; empty when absent. */
    List<Double> numbers(String name) throws PresetException {
        List<Double> list = new ArrayList<>();
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) return list;
        if (!n.isArray()) throw error("'" + name + "' must be a list of numbers");
        for (JsonNode e : n) {
            if (!e.isNumber()) throw error("'" + name + "' must hold only numbers (got " + e + ")");
            list.add(e.asDouble());
        }
        return list;
    }

    Map<String, String> textMap(String name) throws PresetException {
        Map<String, String> map = new LinkedHashMap<>();
        JsonNode n = root.get(name);
        if (n == null || !n.isObject()) throw error("'" + name + "' must be an object of \"figure\": \"source\"");
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) throw error("'" + name + "." + e.getKey() + "' must be a non-empty text");
            map.put(e.getKey(), e.getValue().asText());
        }
        return map;
    }

    /** A figure nobody can trace is a guess; the file must say where each one comes from. */
    void requireSources(Map<String, String> sources, List<String> figures) throws PresetException {
        for (String f : figures) {
            if (has(f) && !sources.containsKey(f)) throw error("'sources' must say where '" + f + "' comes from");
        }
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
