package org.headroom.audio;

/** Float samples to interleaved little-endian WAV bytes: rounding and clamping for PCM, raw bits for float. */
final class SampleEncoder {
    private SampleEncoder() {
    }

    static void encode(WavWriter.SampleFormat f, float[][] src, int from, int frames, byte[] dst) {
        int channels = src.length;
        int stride = f.bytes * channels;
        for (int c = 0; c < channels; c++) {
            float[] s = src[c];
            int p = c * f.bytes;
            if (f.isFloat) {
                for (int i = 0; i < frames; i++, p += stride) put(dst, p, Float.floatToRawIntBits(s[from + i]), 4);
            } else {
                double scale = 1L << (f.bits() - 1);
                long max = (1L << (f.bits() - 1)) - 1, min = -(1L << (f.bits() - 1));
                int offset = f == WavWriter.SampleFormat.PCM_8 ? 128 : 0; // 8-bit WAV is unsigned
                for (int i = 0; i < frames; i++, p += stride) {
                    long q = (long) Math.rint(s[from + i] * scale); // NaN becomes 0
                    q = Math.max(min, Math.min(max, q));
                    put(dst, p, (int) q + offset, f.bytes);
                }
            }
        }
    }

    private static void put(byte[] d, int p, int v, int bytes) {
        for (int k = 0; k < bytes; k++) d[p + k] = (byte) (v >>> (8 * k));
    }
}
