package org.headroom.audio;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * The parts of an MP3 file around the audio: ID3v2 at the start, APEv2 and ID3v1 at the end,
 * and LAME's Xing/Info frame, which says how many samples the encoder added at each end.
 */
final class Mp3Tags {
    /** What the Xing/Info + LAME tag in the first frame says; fields are -1 when absent. */
    record GaplessInfo(boolean vbrTag, long frames, long bytes, int encoderDelay, int padding) {
    }

    private Mp3Tags() {
    }

    static boolean isFrameHeader(byte[] b, int at) {
        return MpegFrameHeader.parse(b, at) != null;
    }

    /** Position after any ID3v2 tags starting at {@code pos} (several may be stacked). */
    static long skipId3v2(FileChannel ch, long pos) throws IOException {
        long size = ch.size();
        for (int i = 0; i < 8; i++) {
            byte[] h = FileBytes.read(ch, pos, 10);
            if (h.length < 10 || !ByteFields.is(h, 0, "ID3")) return pos;
            long len = 0;
            for (int k = 6; k < 10; k++) len = len << 7 | (h[k] & 0x7f); // sync-safe: 7 bits per byte
            boolean footer = (h[5] & 0x10) != 0;
            pos = Math.min(size, pos + 10 + len + (footer ? 10 : 0));
        }
        return pos;
    }

    /** End of the audio: before an ID3v1 tag and an APEv2 tag, which sit after the last frame. */
    static long audioEnd(FileChannel ch, long start) throws IOException {
        long end = ch.size();
        if (end - start >= 128 && ByteFields.is(FileBytes.read(ch, end - 128, 3), 0, "TAG")) end -= 128;
        if (end - start >= 32) {
            byte[] f = FileBytes.read(ch, end - 32, 32);
            if (f.length == 32 && new String(f, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).equals("APETAGEX")) {
                long tagSize = ByteFields.u32le(f, 12);
                boolean hasHeader = (ByteFields.u32le(f, 20) & 0x80000000L) != 0;
                long total = tagSize + (hasHeader ? 32 : 0);
                if (total <= end - start) end -= total;
            }
        }
        return end;
    }

    /** Reads Xing/Info and the LAME extension from the bytes of the first frame, or null when there is none. */
    static GaplessInfo gapless(byte[] frame, MpegFrameHeader h) {
        if (h.layer() != 3) return null;
        int at = h.sideInfoEnd();
        if (!ByteFields.is(frame, at, "Xing") && !ByteFields.is(frame, at, "Info")) {
            at -= h.crc() ? 2 : 0; // some encoders ignore the CRC when placing the tag
            if (!ByteFields.is(frame, at, "Xing") && !ByteFields.is(frame, at, "Info")) return null;
        }
        boolean vbr = ByteFields.is(frame, at, "Xing");
        if (at + 8 > frame.length) return null;
        long flags = ByteFields.u32be(frame, at + 4);
        int p = at + 8;
        long frames = -1, bytes = -1;
        if ((flags & 1) != 0 && p + 4 <= frame.length) { frames = ByteFields.u32be(frame, p); p += 4; }
        if ((flags & 2) != 0 && p + 4 <= frame.length) { bytes = ByteFields.u32be(frame, p); p += 4; }
        if ((flags & 4) != 0) p += 100;
        if ((flags & 8) != 0) p += 4;
        int delay = -1, padding = -1;
        // LAME extension: 9-byte encoder name, then at +21 two 12-bit numbers, delay and padding
        if (p + 24 <= frame.length && (ByteFields.is(frame, p, "LAME") || ByteFields.is(frame, p, "Lavf")
                || ByteFields.is(frame, p, "Lavc"))) {
            int d = p + 21;
            delay = (frame[d] & 0xff) << 4 | (frame[d + 1] & 0xff) >> 4;
            padding = (frame[d + 1] & 0x0f) << 8 | (frame[d + 2] & 0xff);
        }
        return new GaplessInfo(vbr, frames, bytes, delay, padding);
    }
}
