package org.headroom.export;

/**
 * How LAME encodes: constant bit rate, or variable bit rate at a quality level.
 *
 * @param vbr            true for VBR (LAME's -V), false for CBR (LAME's -b)
 * @param bitrateKbps    the CBR bit rate (32–320); ignored for VBR
 * @param vbrQuality     LAME's -V level, 0 (best, largest) to 9; ignored for CBR
 * @param encoderQuality LAME's -q algorithm quality, 0 (slowest) to 9 (fastest); 5 is LAME's default
 */
public record Mp3Settings(boolean vbr, int bitrateKbps, int vbrQuality, int encoderQuality) {
    /** The bit rates MPEG-1 layer III allows (free format excluded). */
    static final int[] MPEG1_BITRATES = {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};

    public Mp3Settings {
        if (!vbr && java.util.Arrays.stream(MPEG1_BITRATES).noneMatch(b -> b == bitrateKbps)) {
            throw new IllegalArgumentException("MP3 bit rate must be one of " + java.util.Arrays.toString(MPEG1_BITRATES) + " kbit/s, not " + bitrateKbps);
        }
        if (vbrQuality < 0 || vbrQuality > 9) throw new IllegalArgumentException("VBR quality must be 0-9, not " + vbrQuality);
        if (encoderQuality < 0 || encoderQuality > 9) throw new IllegalArgumentException("encoder quality must be 0-9, not " + encoderQuality);
    }

    public static Mp3Settings cbr(int kbps) {
        return new Mp3Settings(false, kbps, 4, 5);
    }

    public static Mp3Settings vbr(int quality) {
        return new Mp3Settings(true, 128, quality, 5);
    }
}
