package org.headroom.audio;

/**
 * Signed integer PCM, interleaved, to de-interleaved floats with full scale = 1.0: the most
 * negative code is exactly −1.0 and the most positive one just under 1.0, so nothing is ever
 * clipped or scaled asymmetrically.
 */
public final class InterleavedPcm {
    private InterleavedPcm() {
    }

    /**
     * @param bytes     {@code frames × channels × bits/8} bytes of packed samples
     * @param bits      16, 24 or 32
     * @param bigEndian byte order of each sample
     * @param block     {@code block[channel][0..frames)} receives the samples
     */
    public static void toFloats(byte[] bytes, int frames, int bits, boolean bigEndian, float[][] block) {
        int channels = block.length;
        int width = bits / 8;
        // Put the sample's top byte at bit 31 so the sign comes for free, then scale by 2^-31.
        double scale = 1.0 / 2147483648.0;
        int at = 0;
        for (int i = 0; i < frames; i++) {
            for (int ch = 0; ch < channels; ch++) {
                int v = 0;
                for (int b = 0; b < width; b++) {
                    int octet = bytes[at + (bigEndian ? b : width - 1 - b)] & 0xFF;
                    v |= octet << (24 - 8 * b);
                }
                block[ch][i] = (float) (v * scale);
                at += width;
            }
        }
    }
}
