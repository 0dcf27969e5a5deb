package org.headroom.audio;

/**
 * The header WavWriter puts in front of the samples. It has the same length whether the file is
 * RIFF or RF64: a 28-byte JUNK chunk holds the place of the ds64 chunk (EBU Tech 3306), so the
 * switch to RF64 past 4 GiB rewrites the header in place without moving the audio.
 */
final class WavHeader {
    static final long RIFF_LIMIT = 0xFFFFFFFFL;
    private static final int DS64_BODY = 28;

    private WavHeader() {
    }

    static int length(int channels, WavWriter.SampleFormat f) {
        return length(channels, f, NO_CHUNKS);
    }

    /** @param extra whole chunks (id, size, body, pad byte) placed before "data", e.g. a BWF bext chunk */
    static int length(int channels, WavWriter.SampleFormat f, byte[] extra) {
        return 12 + 8 + DS64_BODY + 8 + fmtSize(channels, f) + (f.isFloat ? 12 : 0) + extra.length + 8;
    }

    static final byte[] NO_CHUNKS = new byte[0];

    /** Plain PCM/float for mono and stereo, which every program reads; extensible beyond that, as the spec asks. */
    private static boolean extensible(int channels) {
        return channels > 2;
    }

    private static int fmtSize(int channels, WavWriter.SampleFormat f) {
        return extensible(channels) ? 40 : f.isFloat ? 18 : 16;
    }

    /** True when a file with this much audio no longer fits RIFF's 32-bit sizes. */
    static boolean needsRf64(int headerLength, long dataBytes, long riffLimit) {
        return headerLength - 8L + dataBytes + (dataBytes & 1) > riffLimit;
    }

    static byte[] build(int rate, int channels, WavWriter.SampleFormat f, long dataBytes, long riffLimit) {
        return build(rate, channels, f, dataBytes, riffLimit, NO_CHUNKS, ChannelMasks.defaultMask(channels));
    }

    static byte[] build(int rate, int channels, WavWriter.SampleFormat f, long dataBytes, long riffLimit, byte[] extra,
                        long channelMask) {
        int len = length(channels, f, extra);
        byte[] b = new byte[len];
        int frameBytes = f.bytes * channels;
        long frames = dataBytes / frameBytes;
        long riffSize = len - 8L + dataBytes + (dataBytes & 1);
        boolean rf64 = needsRf64(len, dataBytes, riffLimit);
        ByteFields.putAscii(b, 0, rf64 ? "RF64" : "RIFF");
        ByteFields.put32le(b, 4, rf64 ? RIFF_LIMIT : riffSize);
        ByteFields.putAscii(b, 8, "WAVE");
        ByteFields.putAscii(b, 12, rf64 ? "ds64" : "JUNK");
        ByteFields.put32le(b, 16, DS64_BODY);
        if (rf64) {
            ByteFields.put64le(b, 20, riffSize);
            ByteFields.put64le(b, 28, dataBytes);
            ByteFields.put64le(b, 36, frames);
            // table length at 44 stays 0
        }
        int p = 48;
        int fmtSize = fmtSize(channels, f);
        ByteFields.putAscii(b, p, "fmt ");
        ByteFields.put32le(b, p + 4, fmtSize);
        int tag = f.isFloat ? WavParser.WAVE_FORMAT_IEEE_FLOAT : WavParser.WAVE_FORMAT_PCM;
        ByteFields.put16le(b, p + 8, extensible(channels) ? WavParser.WAVE_FORMAT_EXTENSIBLE : tag);
        ByteFields.put16le(b, p + 10, channels);
        ByteFields.put32le(b, p + 12, rate);
        ByteFields.put32le(b, p + 16, (long) rate * frameBytes);
        ByteFields.put16le(b, p + 20, frameBytes);
        ByteFields.put16le(b, p + 22, f.bytes * 8);
        if (fmtSize >= 18) ByteFields.put16le(b, p + 24, fmtSize - 18);
        if (fmtSize == 40) {
            ByteFields.put16le(b, p + 26, f.bytes * 8);
            ByteFields.put32le(b, p + 28, channelMask);
            ByteFields.put16le(b, p + 32, tag);
            System.arraycopy(WavParser.GUID_TAIL, 0, b, p + 34, WavParser.GUID_TAIL.length);
        }
        p += 8 + fmtSize;
        if (f.isFloat) {
            ByteFields.putAscii(b, p, "fact");
            ByteFields.put32le(b, p + 4, 4);
            ByteFields.put32le(b, p + 8, Math.min(frames, RIFF_LIMIT));
            p += 12;
        }
        System.arraycopy(extra, 0, b, p, extra.length);
        p += extra.length;
        ByteFields.putAscii(b, p, "data");
        ByteFields.put32le(b, p + 4, rf64 ? RIFF_LIMIT : dataBytes);
        return b;
    }
}
