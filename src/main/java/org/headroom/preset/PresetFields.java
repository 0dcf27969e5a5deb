package org.headroom.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads checked fields out of one preset file's JSON object, failing with a message that names
 * the file and the field, so a typo in a preset is one clear line, not a stack trace.
 */
final class PresetFields {
    private final String file;
    private final JsonNode root;
    /** "" for the file's own fields, "detection." for those of its "detection" object. */
    private final String prefix;

    PresetFields(String file, JsonNode root) throws PresetException {
        this.file = file;
        this.prefix = "";
        if (root == null || !root.isObject()) throw error("must hold a JSON object { ... }");
        this.root = root;
    }

    private PresetFields(String file, JsonNode root, String prefix) {
        this.file = file;
        this.root = root;
        this.prefix = prefix;
    }

    /**
     * The object under {@code name}, read the same way, with its fields named "name.field" in
     * messages; an empty object when it is absent.
     */
    PresetFields object(String name) throws PresetException {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) return new PresetFields(file, JsonNodeFactory.instance.objectNode(), prefix + name + ".");
        if (!n.isObject()) throw error("'" + prefix + name + "' must be an object { ... }");
        return new PresetFields(file, n, prefix + name + ".");
    }

    PresetException error(String message) {
        return new PresetException(file + ": " + message);
    }

    /** Refuses fields nobody reads: a misspelt "integratedLufs" would otherwise be silently ignored. */
    void allowOnly(Set<String> known) throws PresetException {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) throw error("unknown field '" + prefix + name + "' (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
        }
    }

    String requiredText(String name) throws PresetException {
        JsonNode n = root.get(name);
        if (n == null || !n.isTextual() || n.asText().isBlank()) throw error("'" + prefix + name + "' must be a non-empty text");
        return n.asText();
    }

    /** Null when absent or JSON null; otherwise a number inside [min, max]. */
    Double optionalNumber(String name, double min, double max) throws PresetException {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isNumber() || n.asDouble() < min || n.asDouble() > max) {
            throw error("'" + prefix + name + "' must be a number between " + number(min) + " and " + number(max));
        }
        return n.asDouble();
    }

    double requiredNumber(String name, double min, double max) throws PresetException {
        Double v = optionalNumber(name, min, max);
        if (v == null) throw error("'" + prefix + name + "' must be a number between " + number(min) + " and " + number(max));
        return v;
    }

    int requiredInt(String name, int min, int max) throws PresetException {
        JsonNode n = root.get(name);
        if (n == null || !n.isIntegralNumber() || n.asInt() < min || n.asInt() > max) {
            throw error("'" + prefix + name + "' must be a whole number between " + min + " and " + max);
        }
        return n.asInt();
    }

    /** An object of name → text, e.g. "sources". */
    Map<String, String> textMap(String name) throws PresetException {
        Map<String, String> map = new LinkedHashMap<>();
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) return map;
        if (!n.isObject()) throw error("'" + prefix + name + "' must be an object of \"figure\": \"source\"");
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                throw error("'" + prefix + name + "." + e.getKey() + "' must be a non-empty text");
            }
            map.put(e.getKey(), e.getValue().asText());
        }
        return map;
    }

    /** Every figure given needs its source document: a target nobody can trace is a guess. */
    void requireSources(Map<String, ?> figures, Map<String, String> sources) throws PresetException {
        for (Map.Entry<String, ?> f : figures.entrySet()) {
            if (f.getValue() != null && !sources.containsKey(f.getKey())) {
                throw error("'sources' must name the document '" + f.getKey() + "' comes from");
            }
        }
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
