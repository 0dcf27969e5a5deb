package org.headroom.audio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bext Description as field recorders fill it: free text, and lines of {@code xKEY=value}
 * where a one-letter lower-case prefix names the maker's convention ({@code sSCENE=12A},
 * {@code sTAKE=3}, {@code sTRK1=Boom} from Sound Devices and Headroom; {@code zSCENE=},
 * {@code zSPEED=25.000ND} from Zoom). The prefix is dropped, so a reader asks for "SCENE"
 * whichever recorder wrote it.
 *
 * @param fields   KEY → value, upper-case keys, in the order written; the first of a repeated key wins
 * @param freeText the lines that are not fields, joined with '\n'
 */
public record BextDescription(Map<String, String> fields, String freeText) {
    private static final Pattern FIELD = Pattern.compile("[a-z]([A-Z][A-Z0-9_]*)=(.*)");

    public BextDescription {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Reads the description text; lines may end in CR LF (as Tech 3285 asks), LF or NUL padding. */
    public static BextDescription parse(String description) {
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder free = new StringBuilder();
        for (String raw : description.split("[\r\n\u0000]+")) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                fields.putIfAbsent(m.group(1), m.group(2).strip());
            } else {
                free.append(free.length() == 0 ? "" : "\n").append(line);
            }
        }
        return new BextDescription(fields, free.toString());
    }

    /** The field's value, or "" when the description does not have it. */
    public String field(String key) {
        return fields.getOrDefault(key, "");
    }
}
