package org.headroom.export;

import org.headroom.audio.ChannelMasks;

/**
 * Exactly what a sink writes: every figure decided, nothing left "as the source".
 *
 * @param codec         WAV, FLAC or MP3
 * @param sampleRate    frames per second
 * @param channels      channel count
 * @param bitsPerSample 16 or 24 for PCM (WAV also 8 and 32), 32 for float WAV, 0 for MP3
 * @param floatSamples  IEEE float samples (WAV only)
 * @param mp3           the MP3 encoder settings; null for the other codecs
 * @param bwf           write a Broadcast Wave "bext" chunk (WAV only)
 * @param channelMask   the speaker mask written for more than two channels (WAV extensible
 *                      header, FLAC's channel-mask comment); 0 when not said
 */
public record SinkFormat(Codec codec, int sampleRate, int channels, int bitsPerSample, boolean floatSamples,
                         Mp3Settings mp3, boolean bwf, long channelMask) {

    /** A format whose channels are in the default layout for their count. */
    public SinkFormat(Codec codec, int sampleRate, int channels, int bitsPerSample, boolean floatSamples,
                      Mp3Settings mp3, boolean bwf) {
        this(codec, sampleRate, channels, bitsPerSample, floatSamples, mp3, bwf, ChannelMasks.defaultMask(channels));
    }

    public SinkFormat {
        if (sampleRate <= 0 || channels <= 0) throw new IllegalArgumentException(sampleRate + " Hz, " + channels + " channels");
        switch (codec) {
            case WAV:
                if (floatSamples ? bitsPerSample != 32 : bitsPerSample != 8 && bitsPerSample != 16 && bitsPerSample != 24 && bitsPerSample != 32) {
                    throw new IllegalArgumentException("WAV writes 8/16/24/32-bit PCM or 32-bit float, not " + bitsPerSample + (floatSamples ? "-bit float" : "-bit"));
                }
                break;
            case FLAC:
                if (floatSamples || bitsPerSample != 16 && bitsPerSample != 24) throw new IllegalArgumentException("FLAC export is 16 or 24-bit, not " + bitsPerSample);
                if (channels > 8) throw new IllegalArgumentException("FLAC holds at most 8 channels");
                break;
            case MP3:
                if (mp3 == null) throw new IllegalArgumentException("MP3 needs its encoder settings");
                if (channels > 2) throw new IllegalArgumentException("MP3 holds mono or stereo, not " + channels + " channels");
                if (sampleRate != 32000 && sampleRate != 44100 && sampleRate != 48000) {
                    throw new IllegalArgumentException("MP3 export is MPEG-1 layer III: 32, 44.1 or 48 kHz, not " + sampleRate + " Hz");
                }
                break;
            default:
                throw new AssertionError(codec);
        }
        if (bwf && codec != Codec.WAV) throw new IllegalArgumentException("BWF metadata needs WAV");
    }

    /** True when samples are rounded to integers on the way out, so reducing their precision calls for dither. */
    public boolean isIntegerPcm() {
        return codec != Codec.MP3 && !floatSamples;
    }
}
