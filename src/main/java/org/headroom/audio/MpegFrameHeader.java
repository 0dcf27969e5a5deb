package org.headroom.audio;

/**
 * The 4-byte MPEG audio frame header (ISO/IEC 11172-3, 13818-3 and the MPEG 2.5 extension),
 * parsed by us so that the file sniffer, the gapless-info reader and the frame scanner agree.
 */
record MpegFrameHeader(int version, int layer, boolean crc, int bitrateKbps, int sampleRate, boolean padding,
                       int channels) {
    static final int MPEG1 = 1, MPEG2 = 2, MPEG25 = 3;

    private static final int[][] BITRATES = {
            {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},   // MPEG1 layer I
            {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},      // MPEG1 layer II
            {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},       // MPEG1 layer III
            {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},      // MPEG2/2.5 layer I
            {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},           // MPEG2/2.5 layer II, III
    };
    private static final int[] RATES = {44100, 48000, 32000};

    /** The header at {@code b[at..at+4)}, or null when those bytes are not a usable frame header (free format included). */
    static MpegFrameHeader parse(byte[] b, int at) {
        if (at + 4 > b.length) return null;
        int b1 = b[at + 1] & 0xff, b2 = b[at + 2] & 0xff, b3 = b[at + 3] & 0xff;
        if ((b[at] & 0xff) != 0xff || (b1 & 0xe0) != 0xe0) return null;
        int versionBits = (b1 >> 3) & 3, layerBits = (b1 >> 1) & 3;
        int bitrateIndex = b2 >> 4, rateIndex = (b2 >> 2) & 3;
        if (versionBits == 1 || layerBits == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) return null;
        int version = versionBits == 3 ? MPEG1 : versionBits == 2 ? MPEG2 : MPEG25;
        int layer = 4 - layerBits;
        int table = version == MPEG1 ? layer - 1 : layer == 1 ? 3 : 4;
        int rate = RATES[rateIndex] >> (version - 1);
        return new MpegFrameHeader(version, layer, (b1 & 1) == 0, BITRATES[table][bitrateIndex], rate,
                ((b2 >> 1) & 1) == 1, (b3 >> 6) == 3 ? 1 : 2);
    }

    int samplesPerFrame() {
        if (layer == 1) return 384;
        if (layer == 2 || version == MPEG1) return 1152;
        return 576;
    }

    /** Whole frame length in bytes, header included. */
    int frameBytes() {
        int pad = padding ? 1 : 0;
        if (layer == 1) return (12000 * bitrateKbps / sampleRate + pad) * 4;
        int perKbps = samplesPerFrame() / 8 * 1000;
        return perKbps * bitrateKbps / sampleRate + pad;
    }

    /** Where a Xing/Info tag starts inside a layer III frame: right after the side information. */
    int sideInfoEnd() {
        int side = version == MPEG1 ? (channels == 1 ? 17 : 32) : (channels == 1 ? 9 : 17);
        return 4 + (crc ? 2 : 0) + side;
    }
}
