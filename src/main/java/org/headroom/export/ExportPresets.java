package org.headroom.export;

import org.headroom.preset.ExportPreset;

/** Export presets (data in presets/export/) as export settings. */
public final class ExportPresets {
    /** LAME's own default algorithm quality. */
    static final int LAME_DEFAULT_QUALITY = 5;

    private ExportPresets() {
    }

    public static ExportSettings settings(ExportPreset p) {
        Codec codec = Codec.parse(p.codec());
        if (codec == null) throw new IllegalArgumentException(p.origin() + ": unknown codec " + p.codec());
        Mp3Settings mp3 = null;
        if (codec == Codec.MP3) {
            int q = p.encoderQuality() == null ? LAME_DEFAULT_QUALITY : p.encoderQuality();
            boolean vbr = "VBR".equals(p.bitrateMode());
            mp3 = new Mp3Settings(vbr, vbr ? 128 : p.bitrateKbps(), vbr ? p.vbrQuality() : 4, q);
        }
        int bits = codec == Codec.MP3 ? 0 : p.bitsPerSample();
        return new ExportSettings(codec, p.sampleRate(), p.channels(), bits, p.floatSamples(), mp3, p.bwf(),
                p.integratedLufs(), p.truePeakCeilingDbtp());
    }
}
