package org.headroom.audio;

import java.util.List;
import java.util.Map;

/**
 * What a source is: container and encoding as a person names them, rate, channels and their
 * roles, and the bits per sample where that means something (null for lossy streams).
 *
 * @param container     "WAV", "BWF", "RF64", "AIFF", "AIFF-C", "FLAC", "MP3", "Ogg Vorbis", "live", "generated"...
 * @param encoding      "PCM", "IEEE float", "FLAC", "MP3", "Vorbis"
 * @param sampleRate    frames per second
 * @param channels      channel count
 * @param bitsPerSample container bits per sample; null for lossy streams
 * @param validBits     valid bits per sample (WAVE_FORMAT_EXTENSIBLE), else equal to bitsPerSample; null for lossy
 * @param frames        frames in the stream, or -1 when not known before reading to the end
 * @param channelRoles  one role per channel, in stream order
 * @param metadata      textual metadata (BWF bext fields as "bext.description" etc.); never null
 * @param channelMask   the speaker mask (WAVE_FORMAT_EXTENSIBLE bits) the file gave or implies; 0 when not said.
 *                      Kept beside the roles because two masks can give the same roles (5.1 as 0x3F
 *                      and as 0x60F both have Ls/Rs), and a writer keeping the channels must write the
 *                      file's own mask back
 */
public record SourceFormat(
        String container,
        String encoding,
        int sampleRate,
        int channels,
        Integer bitsPerSample,
        Integer validBits,
        long frames,
        List<ChannelRole> channelRoles,
        Map<String, String> metadata,
        long channelMask) {

    /** A format whose mask is the one its roles imply ({@link ChannelMasks#mask}). */
    public SourceFormat(String container, String encoding, int sampleRate, int channels, Integer bitsPerSample,
                        Integer validBits, long frames, List<ChannelRole> channelRoles, Map<String, String> metadata) {
        this(container, encoding, sampleRate, channels, bitsPerSample, validBits, frames, channelRoles, metadata,
                ChannelMasks.mask(channelRoles));
    }

    public SourceFormat {
        if (sampleRate <= 0) throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        if (channels <= 0) throw new IllegalArgumentException("channel count must be positive: " + channels);
        channelRoles = List.copyOf(channelRoles);
        if (channelRoles.size() != channels) {
            throw new IllegalArgumentException(channels + " channels but " + channelRoles.size() + " roles");
        }
        metadata = Map.copyOf(metadata);
    }

    /** A PCM or float format with the default channel roles for its channel count. */
    public static SourceFormat pcm(String container, String encoding, int sampleRate, int channels,
                                   int bits, long frames) {
        return new SourceFormat(container, encoding, sampleRate, channels, bits, bits, frames,
                ChannelRole.defaultLayout(channels), Map.of());
    }

    /**
     * Container and encoding as one name, each said once: "WAV PCM", "BWF IEEE float", but "MP3"
     * and "FLAC" (their container and encoding share the name) and "Ogg Vorbis" (the encoding is
     * already in the container's name).
     *
     * @param separator what goes between two different names (", " in a report line, " " in a check)
     */
    public static String codecName(String container, String encoding, String separator) {
        if (container == null || container.isBlank()) return encoding == null ? "" : encoding;
        if (encoding == null || encoding.isBlank()) return container;
        if (container.toLowerCase(java.util.Locale.ROOT).contains(encoding.toLowerCase(java.util.Locale.ROOT))) return container;
        return container + separator + encoding;
    }

    public boolean isLossy() {
        return bitsPerSample == null;
    }

    /** Floating-point samples, which may legitimately exceed full scale. */
    public boolean isFloat() {
        return "IEEE float".equals(encoding);
    }

    public double durationSeconds() {
        return frames < 0 ? Double.NaN : (double) frames / sampleRate;
    }

    /** The same channels (roles and mask) at another rate and length, as a resampler gives them. */
    public SourceFormat withRate(int newRate, long newFrames) {
        return new SourceFormat(container, encoding, newRate, channels, bitsPerSample, validBits, newFrames,
                channelRoles, metadata, channelMask);
    }

    public SourceFormat withFrames(long newFrames) {
        return new SourceFormat(container, encoding, sampleRate, channels, bitsPerSample, validBits,
                newFrames, channelRoles, metadata, channelMask);
    }
}
