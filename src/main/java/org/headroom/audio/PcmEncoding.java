package org.headroom.audio;

import java.util.Arrays;
import org.headroom.dsp.Silence;

import org.headroom.dsp.SampleConversion;

/**
 * How uncompressed samples are laid out in a file, and the decoding of interleaved bytes into
 * de-interleaved floats. One tight loop per layout and channel: the switch happens once per
 * block, never per sample, because WAV decoding is on the hot path of whole-file analysis.
 */
enum PcmEncoding {
    U8(1, false), S8(1, false),
    S16LE(2, false), S24LE(3, false), S32LE(4, false), F32LE(4, true), F64LE(8, true),
    S16BE(2, false), S24BE(3, false), S32BE(4, false), F32BE(4, true), F64BE(8, true);

    private static final float SCALE8 = (float) (1 / SampleConversion.scale(8));
    private static final float SCALE16 = (float) (1 / SampleConversion.scale(16));
    private static final float SCALE24 = (float) (1 / SampleConversion.scale(24));
    private static final float SCALE32 = (float) (1 / SampleConversion.scale(32));

    final int bytes;
    final boolean isFloat;

    PcmEncoding(int bytes, boolean isFloat) {
        this.bytes = bytes;
        this.isFloat = isFloat;
    }

    /** The integer PCM encoding for a sample size in bytes (WAV is little-endian; 8-bit WAV is unsigned). */
    static PcmEncoding wavInteger(int bytes) {
        switch (bytes) {
            case 1: return U8;
            case 2: return S16LE;
            case 3: return S24LE;
            case 4: return S32LE;
            default: return null;
        }
    }

    /**
     * Decodes {@code frames} interleaved frames from {@code src} into {@code dst[c][dstOff..]}.
     *
     * @return how many samples were NaN, infinite or too large for a float; they are written as 0
     *         so no meter downstream is poisoned, and the caller tells the user
     */
    int decode(byte[] src, int srcOff, int frames, int channels, float[][] dst, int dstOff) {
        int stride = bytes * channels;
        // digital silence: zero bytes are +0.0f in every encoding but unsigned 8-bit
        if (this != U8 && Silence.isZero(src, srcOff, srcOff + frames * stride)) {
            for (int c = 0; c < channels; c++) Arrays.fill(dst[c], dstOff, dstOff + frames, 0f);
            return 0;
        }
        int bad = 0;
        for (int c = 0; c < channels; c++) {
            int p = srcOff + c * bytes;
            float[] d = dst[c];
            switch (this) {
                case U8: u8(src, p, stride, d, dstOff, frames); break;
                case S8: s8(src, p, stride, d, dstOff, frames); break;
                case S16LE: s16le(src, p, stride, d, dstOff, frames); break;
                case S24LE: s24le(src, p, stride, d, dstOff, frames); break;
                case S32LE: s32le(src, p, stride, d, dstOff, frames); break;
                case S16BE: s16be(src, p, stride, d, dstOff, frames); break;
                case S24BE: s24be(src, p, stride, d, dstOff, frames); break;
                case S32BE: s32be(src, p, stride, d, dstOff, frames); break;
                case F32LE: bad += f32(src, p, stride, d, dstOff, frames, false); break;
                case F32BE: bad += f32(src, p, stride, d, dstOff, frames, true); break;
                case F64LE: bad += f64(src, p, stride, d, dstOff, frames, false); break;
                case F64BE: bad += f64(src, p, stride, d, dstOff, frames, true); break;
                default: throw new AssertionError(this);
            }
        }
        return bad;
    }

    private static void u8(byte[] s, int p, int stride, float[] d, int o, int n) {
        for (int i = 0; i < n; i++, p += stride) d[o + i] = ((s[p] & 0xff) - 128) * SCALE8;
    }

    private static void s8(byte[] s, int p, int stride, float[] d, int o, int n) {
        for (int i = 0; i < n; i++, p += stride) d[o + i] = s[p] * SCALE8;
    }

    private static void s16le(byte[] s, int p, int stride, float[] d, int o, int n) {
        for (int i = 0; i < n; i++, p += stride) d[o + i] = ((s[p] & 0xff) | s[p + 1] << 8) * SCALE16;
    }

    private static void s16be(byte[] s, int p, int stride, float[] d, int o, int n) {
        for (int i = 0; i < n; i++, p += stride) d[o + i] = (s[p] << 8 | (s[p + 1] & 0xff)) * SCALE16;
    }

    private static void s24le(byte[] s, int p, int stride, float[] d, int o, int n) {
        for (int i = 0; i < n; i++, p += stride) {
            d[o + i] = ((s[p] & 0xff) | (s[p + 1] & 0xff) << 8 | s[p + 2] << 16) * SCALE24;
        }
    }

    private static void s24be(byte[] s, int p, int stride, float[] d, int o, int n) {
        for (int i = 0; i < n; i++, p += stride) {
            d[o + i] = (s[p] << 16 | (s[p + 1] & 0xff) << 8 | (s[p + 2] & 0xff)) * SCALE24;
        }
    }

    private static void s32le(byte[] s, int p, int stride, float[] d, int o, int n) {
        for (int i = 0; i < n; i++, p += stride) d[o + i] = le32(s, p) * SCALE32;
    }

    private static void s32be(byte[] s, int p, int stride, float[] d, int o, int n) {
        for (int i = 0; i < n; i++, p += stride) d[o + i] = be32(s, p) * SCALE32;
    }

    private static int f32(byte[] s, int p, int stride, float[] d, int o, int n, boolean bigEndian) {
        int bad = 0;
        for (int i = 0; i < n; i++, p += stride) {
            int bits = bigEndian ? be32(s, p) : le32(s, p);
            if ((bits & 0x7f800000) == 0x7f800000) {
                bad++;
                d[o + i] = 0f;
            } else {
                d[o + i] = Float.intBitsToFloat(bits);
            }
        }
        return bad;
    }

    private static int f64(byte[] s, int p, int stride, float[] d, int o, int n, boolean bigEndian) {
        int bad = 0;
        for (int i = 0; i < n; i++, p += stride) {
            long bits = bigEndian
                    ? (long) be32(s, p) << 32 | (be32(s, p + 4) & 0xffffffffL)
                    : (le32(s, p) & 0xffffffffL) | (long) le32(s, p + 4) << 32;
            float f = (float) Double.longBitsToDouble(bits);
            if (Float.isFinite(f)) {
                d[o + i] = f;
            } else {
                bad++;
                d[o + i] = 0f;
            }
        }
        return bad;
    }

    private static int le32(byte[] s, int p) {
        return (s[p] & 0xff) | (s[p + 1] & 0xff) << 8 | (s[p + 2] & 0xff) << 16 | s[p + 3] << 24;
    }

    private static int be32(byte[] s, int p) {
        return s[p] << 24 | (s[p + 1] & 0xff) << 16 | (s[p + 2] & 0xff) << 8 | (s[p + 3] & 0xff);
    }
}
