package org.headroom.audio;

import java.nio.charset.StandardCharsets;

/** Little- and big-endian field access on header bytes; headers are small, so clarity beats speed here. */
final class ByteFields {
    private ByteFields() {
    }

    static int u8(byte[] b, int at) {
        return b[at] & 0xff;
    }

    static int u16le(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    static long u32le(byte[] b, int at) {
        return ((b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (long) (b[at + 3] & 0xff) << 24);
    }

    static long s64le(byte[] b, int at) {
        return u32le(b, at) | u32le(b, at + 4) << 32;
    }

    static int u16be(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    static int s16be(byte[] b, int at) {
        return (short) u16be(b, at);
    }

    static long u32be(byte[] b, int at) {
        return (long) (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    static void put16le(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }

    static void put32le(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) b[at + i] = (byte) (v >>> (8 * i));
    }

    static void put64le(byte[] b, int at, long v) {
        for (int i = 0; i < 8; i++) b[at + i] = (byte) (v >>> (8 * i));
    }

    static void putAscii(byte[] b, int at, String s) {
        byte[] a = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(a, 0, b, at, a.length);
    }

    /** Four-character code as text; bytes outside printable ASCII become '?', so it is safe to show. */
    static String fourcc(byte[] b, int at) {
        StringBuilder s = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            int c = b[at + i] & 0xff;
            s.append(c >= 0x20 && c < 0x7f ? (char) c : '?');
        }
        return s.toString();
    }

    static boolean is(byte[] b, int at, String fourcc) {
        if (at + fourcc.length() > b.length) return false;
        for (int i = 0; i < fourcc.length(); i++) {
            if ((b[at + i] & 0xff) != fourcc.charAt(i)) return false;
        }
        return true;
    }

    /** A fixed-width text field that ends at the first NUL (BWF pads with NULs), trimmed; ISO-8859-1 never fails to decode. */
    static String text(byte[] b, int at, int len) {
        if (at >= b.length) return ""; // a short (damaged) chunk: the field is simply absent
        int end = at;
        int limit = Math.min(b.length, at + len);
        while (end < limit && b[end] != 0) end++;
        return new String(b, at, end - at, StandardCharsets.ISO_8859_1).trim();
    }

    /**
     * IEEE 754 80-bit extended (AIFF's sample rate): sign, 15-bit exponent, 64-bit mantissa with
     * an explicit integer bit. Returns NaN for values that cannot be a rate.
     */
    static double extended80(byte[] b, int at) {
        int se = u16be(b, at);
        long mantissa = u32be(b, at + 2) << 32 | u32be(b, at + 6);
        int exponent = (se & 0x7fff) - 16383 - 63;
        if ((se & 0x7fff) == 0x7fff) return Double.NaN;
        // unsigned long to double: halve, convert, double (loses only the last bit, irrelevant for rates)
        double m = (double) (mantissa >>> 1) * 2.0 + (mantissa & 1);
        double v = Math.scalb(m, exponent);
        return (se & 0x8000) != 0 ? -v : v;
    }
}
