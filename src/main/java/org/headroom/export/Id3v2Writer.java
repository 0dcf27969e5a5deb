package org.headroom.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A small ID3v2.3 tag: title (TIT2), artist (TPE1), comment (COMM) and encoder (TSSE).
 * Version 2.3 because every player reads it (2.4 is still missed by some). Text that fits
 * ISO-8859-1 is stored so, anything else as UTF-16 with a byte-order mark, as 2.3 allows.
 */
final class Id3v2Writer {
    private Id3v2Writer() {
    }

    /** The whole tag, or an empty array when there is nothing to say. */
    static byte[] tag(ExportTags tags, String encoder) {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        text(frames, "TIT2", tags.title());
        text(frames, "TPE1", tags.artist());
        comment(frames, tags.comment());
        text(frames, "TSSE", encoder);
        byte[] body = frames.toByteArray();
        if (body.length == 0) return body;
        byte[] tag = new byte[10 + body.length];
        tag[0] = 'I';
        tag[1] = 'D';
        tag[2] = '3';
        tag[3] = 3; // version 2.3.0
        int size = body.length;
        for (int k = 0; k < 4; k++) tag[6 + k] = (byte) ((size >>> (7 * (3 - k))) & 0x7f); // sync-safe
        System.arraycopy(body, 0, tag, 10, body.length);
        return tag;
    }

    private static void text(ByteArrayOutputStream out, String id, String value) {
        if (value == null || value.isEmpty()) return;
        frame(out, id, encoded(value, true));
    }

    private static void comment(ByteArrayOutputStream out, String value) {
        if (value == null || value.isEmpty()) return;
        boolean latin = fitsLatin1(value);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(latin ? 0 : 1);
        b.writeBytes("eng".getBytes(StandardCharsets.ISO_8859_1));
        // empty short description, terminated in the frame's encoding
        if (latin) {
            b.write(0);
        } else {
            b.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
        }
        byte[] text = encoded(value, false);
        b.write(text, 0, text.length);
        frame(out, "COMM", b.toByteArray());
    }

    /** Encoding byte (when {@code withEncodingByte}) followed by the text. */
    private static byte[] encoded(String value, boolean withEncodingByte) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        boolean latin = fitsLatin1(value);
        if (withEncodingByte) b.write(latin ? 0 : 1);
        if (latin) {
            b.writeBytes(value.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            b.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe});
            b.writeBytes(value.getBytes(StandardCharsets.UTF_16LE));
        }
        return b.toByteArray();
    }

    private static void frame(ByteArrayOutputStream out, String id, byte[] body) {
        out.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        int n = body.length;
        out.writeBytes(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n, 0, 0});
        out.writeBytes(body);
    }

    private static boolean fitsLatin1(String s) {
        return StandardCharsets.ISO_8859_1.newEncoder().canEncode(s);
    }
}
