package org.headroom.export;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * Builds a Broadcast Wave "bext" chunk (EBU Tech 3285), version 1: the loudness fields of
 * version 2 would have to be known before the audio is written, and version 1 readers and
 * writers agree on everything else.
 */
final class BextWriter {
    private static final int FIXED = 602;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private BextWriter() {
    }

    /** The whole chunk: "bext", size, body, and a pad byte when the body is odd. */
    static byte[] chunk(ExportTags tags) {
        // Tech 3285: each coding-history line ends in CR LF.
        String history = tags.codingHistory().isEmpty() ? "" : tags.codingHistory().replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n";
        byte[] historyBytes = history.getBytes(StandardCharsets.US_ASCII);
        int body = FIXED + historyBytes.length;
        byte[] b = new byte[8 + body + (body & 1)];
        ascii(b, 0, "bext", 4);
        put32(b, 4, body);
        int o = 8;
        ascii(b, o, tags.description(), 256);
        ascii(b, o + 256, tags.originator(), 32);
        ascii(b, o + 288, tags.originatorReference(), 32);
        if (tags.origination() != null) {
            ascii(b, o + 320, DATE.format(tags.origination()), 10);
            ascii(b, o + 330, TIME.format(tags.origination()), 8);
        }
        put32(b, o + 338, tags.timeReference() & 0xffffffffL);
        put32(b, o + 342, tags.timeReference() >>> 32);
        b[o + 346] = 1; // version 1
        System.arraycopy(historyBytes, 0, b, o + FIXED, historyBytes.length);
        return b;
    }

    /** Fixed-size ASCII field, cut when too long and zero-filled after; non-ASCII becomes '?'. */
    private static void ascii(byte[] b, int at, String s, int size) {
        byte[] t = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, b, at, Math.min(size, t.length));
    }

    private static void put32(byte[] b, int at, long v) {
        for (int k = 0; k < 4; k++) b[at + k] = (byte) (v >>> (8 * k));
    }
}
