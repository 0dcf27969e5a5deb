package org.headroom.export;

import org.headroom.audio.ChannelMasks;
import org.headroom.audio.SourceFormat;
import org.headroom.edit.Edit;
import org.headroom.edit.EditList;

/**
 * What an export makes, with "as the source" where a figure is null: the file format and
 * the loudness treatment. Usually built from an export preset ({@code presets/export/}).
 *
 * @param codec               WAV, FLAC or MP3
 * @param sampleRate          frames per second, or null to keep the source's
 * @param channels            channel count, or null to keep the source's
 * @param bitsPerSample       PCM bits (16/24, WAV also 8/32), 32 with floatSamples, ignored for MP3
 * @param floatSamples        IEEE float WAV
 * @param mp3                 the MP3 encoder settings (MP3 only)
 * @param bwf                 a BWF bext chunk (WAV only)
 * @param integratedLufs      loudness target, or null for no normalisation
 * @param truePeakCeilingDbtp the limiter's ceiling (used with a loudness target)
 */
public record ExportSettings(Codec codec, Integer sampleRate, Integer channels, int bitsPerSample, boolean floatSamples,
                             Mp3Settings mp3, boolean bwf, Double integratedLufs, Double truePeakCeilingDbtp) {

    public ExportSettings {
        if (integratedLufs != null && truePeakCeilingDbtp == null) {
            throw new IllegalArgumentException("a loudness target needs a true-peak ceiling for the limiter");
        }
        if (integratedLufs != null) new Edit.NormaliseLoudness(integratedLufs, truePeakCeilingDbtp); // its range checks, now rather than mid-export
    }

    /** The exact format for a given source. */
    public SinkFormat resolve(SourceFormat source) {
        int rate = sampleRate != null ? sampleRate : source.sampleRate();
        int ch = channels != null ? channels : source.channels();
        // the source's own speaker mask when its channels are kept, the default layout's when they are mixed
        long mask = ch == source.channels() ? source.channelMask() : ChannelMasks.defaultMask(ch);
        return new SinkFormat(codec, rate, ch, codec == Codec.MP3 ? 0 : bitsPerSample, floatSamples, mp3, bwf, mask);
    }

    /**
     * The loudness treatment as an edit list, so an export normalises exactly as {@code headroom
     * edit} does (one renderer, one limiter); the empty list when there is no target.
     */
    public EditList edits() {
        return integratedLufs == null ? EditList.EMPTY : EditList.of(new Edit.NormaliseLoudness(integratedLufs, truePeakCeilingDbtp));
    }
}
