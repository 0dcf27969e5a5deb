package org.headroom.preset;

import java.util.Map;

/**
 * An export format from {@code presets/export/<name>.json}: the file to make, the loudness to
 * make it at, and the delivery preset its result is checked against. Null means "as the
 * source" for rate and channels, "not asked" for the rest.
 *
 * @param name                 the file's name without ".json", e.g. "podcast-mp3-stereo"
 * @param title                how a person names it
 * @param codec                "wav", "flac" or "mp3"
 * @param sampleRate           frames per second, or null to keep the source's
 * @param channels             1 or 2 (or more for WAV/FLAC), or null to keep the source's
 * @param bitsPerSample        PCM bits for WAV/FLAC (32 with floatSamples); null for MP3
 * @param floatSamples         IEEE float WAV
 * @param bitrateMode          "CBR" or "VBR" for MP3, else null
 * @param bitrateKbps          MP3 CBR bit rate
 * @param vbrQuality           MP3 VBR quality 0–9 (LAME -V)
 * @param encoderQuality       LAME -q, 0 (best, slowest) to 9; null for LAME's default 5
 * @param bwf                  write a BWF bext chunk (WAV)
 * @param integratedLufs       loudness target, or null for no normalisation
 * @param truePeakCeilingDbtp  the limiter's ceiling
 * @param delivery             the delivery preset the written file is checked against, or null
 * @param sources              figure name → the document it comes from
 * @param origin               where it was loaded from, for messages
 */
public record ExportPreset(String name, String title, String codec, Integer sampleRate, Integer channels,
                           Integer bitsPerSample, boolean floatSamples, String bitrateMode, Integer bitrateKbps,
                           Integer vbrQuality, Integer encoderQuality, boolean bwf, Double integratedLufs,
                           Double truePeakCeilingDbtp, String delivery, Map<String, String> sources, String origin) {
    public ExportPreset {
        sources = Map.copyOf(sources);
    }
}
