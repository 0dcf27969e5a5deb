package org.headroom.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds WAV files byte by byte, so tests can make headers no writer would: extensible, BWF, RF64, crashed. */
final class WavBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static WavBytes riff(String magic) {
        WavBytes w = new WavBytes();
        w.ascii(magic).u32(0).ascii("WAVE"); // RIFF size is not used by the reader
        return w;
    }

    WavBytes ascii(String s) {
        for (char c : s.toCharArray()) out.write(c);
        return this;
    }

    WavBytes u16(int v) {
        out.write(v);
        out.write(v >>> 8);
        return this;
    }

    WavBytes u32(long v) {
        for (int i = 0; i < 4; i++) out.write((int) (v >>> (8 * i)));
        return this;
    }

    WavBytes u64(long v) {
        return u32(v).u32(v >>> 32);
    }

    WavBytes bytes(byte[] b) {
        out.write(b, 0, b.length);
        return this;
    }

    WavBytes zeros(int n) {
        return bytes(new byte[n]);
    }

    WavBytes chunk(String id, byte[] body) {
        ascii(id).u32(body.length).bytes(body);
        if ((body.length & 1) == 1) out.write(0);
        return this;
    }

    /** A 16-byte PCM/float fmt chunk. */
    WavBytes fmt(int tag, int channels, int rate, int bits) {
        int align = channels * ((bits + 7) / 8);
        return ascii("fmt ").u32(16).u16(tag).u16(channels).u32(rate).u32((long) rate * align).u16(align).u16(bits);
    }

    /** A 40-byte WAVE_FORMAT_EXTENSIBLE fmt chunk. */
    WavBytes fmtExtensible(int subTag, int channels, int rate, int containerBits, int validBits, long mask) {
        int align = channels * containerBits / 8;
        ascii("fmt ").u32(40).u16(0xFFFE).u16(channels).u32(rate).u32((long) rate * align).u16(align).u16(containerBits);
        u16(22).u16(validBits).u32(mask).u16(subTag);
        return bytes(WavParser.GUID_TAIL);
    }

    WavBytes dataHeader(long declaredSize) {
        return ascii("data").u32(declaredSize);
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    Path write(Path file) throws IOException {
        return Files.write(file, toBytes());
    }

    static byte[] pcm16(short... samples) {
        byte[] b = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            b[2 * i] = (byte) samples[i];
            b[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return b;
    }

    static byte[] float32(float... samples) {
        byte[] b = new byte[samples.length * 4];
        for (int i = 0; i < samples.length; i++) {
            int v = Float.floatToRawIntBits(samples[i]);
            for (int k = 0; k < 4; k++) b[4 * i + k] = (byte) (v >>> (8 * k));
        }
        return b;
    }
}
