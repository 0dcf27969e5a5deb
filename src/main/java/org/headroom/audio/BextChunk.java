package org.headroom.audio;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Broadcast Wave "bext" chunk (EBU Tech 3285) as "bext.*" metadata entries. */
final class BextChunk {
    /** Fixed part of the chunk up to CodingHistory; version 0 files have the same offsets. */
    static final int FIXED_SIZE = 602;
    /** Coding history is free text; a hostile size must not make us read megabytes of it. */
    static final int MAX_CODING_HISTORY = 16 * 1024;

    private BextChunk() {
    }

    static Map<String, String> parse(byte[] b) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "bext.description", ByteFields.text(b, 0, 256));
        put(m, "bext.originator", ByteFields.text(b, 256, 32));
        put(m, "bext.originatorReference", ByteFields.text(b, 288, 32));
        put(m, "bext.originationDate", ByteFields.text(b, 320, 10));
        put(m, "bext.originationTime", ByteFields.text(b, 330, 8));
        if (b.length >= 346) {
            long low = ByteFields.u32le(b, 338);
            long high = ByteFields.u32le(b, 342);
            // samples since midnight; unsigned 64-bit in the spec, and real values fit easily in a long
            m.put("bext.timeReference", Long.toUnsignedString(high << 32 | low));
        }
        if (b.length >= 348) m.put("bext.version", Integer.toString(ByteFields.u16le(b, 346)));
        if (b.length > FIXED_SIZE) put(m, "bext.codingHistory", ByteFields.text(b, FIXED_SIZE, b.length - FIXED_SIZE));
        return m;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (!value.isEmpty()) m.put(key, value);
    }
}
