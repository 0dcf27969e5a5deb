package org.headroom.audio;

import java.nio.file.Path;
import java.util.List;

/** The WAV "fmt " chunk: plain PCM, IEEE float and WAVE_FORMAT_EXTENSIBLE. */
record WavFmt(PcmEncoding encoding, int sampleRate, int channels, int containerBits, int validBits,
              List<ChannelRole> roles, long mask) {

    int frameBytes() {
        return encoding.bytes * channels;
    }

    static WavFmt parse(Path file, byte[] b) throws AudioFileException {
        int tag = ByteFields.u16le(b, 0);
        int channels = ByteFields.u16le(b, 2);
        long rate = ByteFields.u32le(b, 4);
        int blockAlign = ByteFields.u16le(b, 12);
        int bits = ByteFields.u16le(b, 14);
        if (channels < 1 || channels > WavParser.MAX_CHANNELS) throw new AudioFileException(file, "WAV header is damaged (" + channels + " channels)");
        if (rate < 1 || rate > WavParser.MAX_RATE) throw new AudioFileException(file, "WAV header is damaged (sample rate " + rate + " Hz)");
        long mask = 0;
        int valid = bits;
        if (tag == WavParser.WAVE_FORMAT_EXTENSIBLE) {
            if (b.length < 40 || ByteFields.u16le(b, 16) < 22) {
                throw new AudioFileException(file, "WAV header is damaged (extensible fmt chunk too short)");
            }
            valid = ByteFields.u16le(b, 18);
            mask = ByteFields.u32le(b, 20);
            tag = subFormat(file, b);
        }
        int bytes = blockAlign > 0 && blockAlign % channels == 0 ? blockAlign / channels : (bits + 7) / 8;
        if (bits == 0 || bits > bytes * 8) {
            throw new AudioFileException(file, "WAV header is damaged (" + bits + "-bit samples in " + bytes + "-byte slots)");
        }
        if (valid == 0 || valid > bytes * 8) valid = bits;
        PcmEncoding enc = encoding(file, tag, bytes);
        List<ChannelRole> roles = ChannelMasks.roles(mask, channels);
        return new WavFmt(enc, (int) rate, channels, bytes * 8, Math.min(valid, bits), roles,
                mask == 0 ? ChannelMasks.mask(roles) : mask);
    }

    private static int subFormat(Path file, byte[] b) throws AudioFileException {
        for (int i = 0; i < WavParser.GUID_TAIL.length; i++) {
            if (b[26 + i] != WavParser.GUID_TAIL[i]) {
                throw new AudioFileException(file, "unsupported WAV encoding (unknown extensible sub-format)");
            }
        }
        return ByteFields.u16le(b, 24);
    }

    private static PcmEncoding encoding(Path file, int tag, int bytes) throws AudioFileException {
        PcmEncoding enc = null;
        if (tag == WavParser.WAVE_FORMAT_PCM) enc = PcmEncoding.wavInteger(bytes);
        else if (tag == WavParser.WAVE_FORMAT_IEEE_FLOAT) enc = bytes == 4 ? PcmEncoding.F32LE : bytes == 8 ? PcmEncoding.F64LE : null;
        else throw new AudioFileException(file, "unsupported WAV encoding (" + tagName(tag) + ")");
        if (enc == null) throw new AudioFileException(file, "unsupported WAV sample size (" + bytes * 8 + "-bit " + tagName(tag) + ")");
        return enc;
    }

    private static String tagName(int tag) {
        switch (tag) {
            case 1: return "PCM";
            case 2: return "Microsoft ADPCM, format 2";
            case 3: return "IEEE float";
            case 6: return "A-law, format 6";
            case 7: return "mu-law, format 7";
            case 0x11: return "IMA ADPCM, format 0x11";
            case 0x55: return "MP3 inside WAV, format 0x55";
            default: return String.format("format 0x%04X", tag);
        }
    }
}
