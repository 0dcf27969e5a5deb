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
            if (f == WavWriter.SampleFormat.PCM_24) {
                encode24(s, from, frames, dst, p, stride);
            } else if (f == WavWriter.SampleFormat.PCM_16) {
                encode16(s, from, frames, dst, p, stride);
            } else if (f.isFloat) {
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

    /*
     * The two depths almost everything is written in get their own loops: a fixed byte count and
     * the clamp done in double let the JIT keep the loop tight (about 3× faster than the general
     * path, which made WAV writing the slowest stage of an edit render). Same results: NaN still
     * becomes 0 ((int) NaN), infinities still clamp.
     */
    private static void encode24(float[] s, int from, int frames, byte[] dst, int p, int stride) {
        for (int i = 0; i < frames; i++, p += stride) {
            int q = (int) Math.max(-8388608.0, Math.min(8388607.0, Math.rint(s[from + i] * 8388608.0)));
            dst[p] = (byte) q;
            dst[p + 1] = (byte) (q >>> 8);
            dst[p + 2] = (byte) (q >>> 16);
        }
    }

    private static void encode16(float[] s, int from, int frames, byte[] dst, int p, int stride) {
        for (int i = 0; i < frames; i++, p += stride) {
            int q = (int) Math.max(-32768.0, Math.min(32767.0, Math.rint(s[from + i] * 32768.0)));
            dst[p] = (byte) q;
            dst[p + 1] = (byte) (q >>> 8);
        }
    }

    private static void put(byte[] d, int p, int v, int bytes) {
        for (int k = 0; k < bytes; k++) d[p + k] = (byte) (v >>> (8 * k));
    }
}
