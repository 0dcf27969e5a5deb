package org.headroom.audio;

import java.nio.charset.StandardCharsets;

/**
 * Tells whether a WAV metadata chunk Headroom does not otherwise need (iXML, LIST) is whole, so
 * a file whose metadata was cut or garbled is reported as such while its audio is still read.
 * Only structure is checked: iXML must hold a complete BWFXML element, a LIST its four-character
 * type and sub-chunks that fit inside it.
 */
final class MetadataChunkCheck {
    /** Larger chunks are not checked: the check is for the user's information, not worth reading megabytes. */
    static final int MAX_CHECKED = 1 << 20;

    private MetadataChunkCheck() {
    }

    /** @return what is wrong in a few words, or null when the chunk looks whole (or is too large to check) */
    static String problem(String id, byte[] body, long declaredSize) {
        if (declaredSize > MAX_CHECKED) return null;
        return id.equals("iXML") ? ixmlProblem(body) : listProblem(body);
    }

    private static String ixmlProblem(byte[] body) {
        String xml = new String(body, StandardCharsets.UTF_8).replace("\0", "").trim();
        if (!xml.contains("<BWFXML")) return body.length + " bytes with no <BWFXML> element";
        if (!xml.endsWith("</BWFXML>")) return body.length + " bytes, the XML is cut off before </BWFXML>";
        return null;
    }

    private static String listProblem(byte[] body) {
        if (body.length < 4) return body.length + " bytes, too short to name its list type";
        int pos = 4;
        while (pos < body.length) {
            if (body.length - pos < 8) return "a sub-chunk header is cut off at byte " + pos;
            long size = ByteFields.u32le(body, pos + 4);
            if (size > body.length - pos - 8) return "the " + ByteFields.fourcc(body, pos).trim() + " entry runs past the chunk's end";
            pos += 8 + (int) size;
            if ((size & 1) == 1 && pos < body.length) pos++; // RIFF pad byte; a missing pad at the very end is common and harmless
        }
        return null;
    }
}
