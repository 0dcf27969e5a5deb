package org.headroom.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.headroom.audio.AudioSource;
import org.headroom.audio.SourceFormat;
import org.headroom.audio.WavWriter;

/**
 * Where {@code headroom edit} puts the rendered programme. For now a WAV file through
 * {@link WavWriter} (temporary file, renamed into place when complete); the exporter's sinks
 * (FLAC, MP3, dither, resampling, export presets) plug in here by adding formats.
 */
enum EditOutput {
    WAV16("wav16", WavWriter.SampleFormat.PCM_16),
    WAV24("wav24", WavWriter.SampleFormat.PCM_24),
    FLOAT("float", WavWriter.SampleFormat.FLOAT_32);

    final String option;
    private final WavWriter.SampleFormat sampleFormat;

    EditOutput(String option, WavWriter.SampleFormat sampleFormat) {
        this.option = option;
        this.sampleFormat = sampleFormat;
    }

    static EditOutput parse(String option) {
        for (EditOutput o : values()) {
            if (o.option.equals(option.toLowerCase(Locale.ROOT))) return o;
        }
        throw new IllegalArgumentException("unknown format '" + option + "' (wav16, wav24, float)");
    }

    /** The source's own depth where it has one WAV can hold, else 24-bit (lossy sources, odd depths). */
    static EditOutput like(SourceFormat source) {
        if ("IEEE float".equals(source.encoding())) return FLOAT;
        Integer bits = source.validBits();
        return bits != null && bits <= 16 ? WAV16 : WAV24;
    }

    /** Writes {@code rendered} to {@code target}; on failure the target is left as it was. */
    long write(AudioSource rendered, Path target, ProgressLine progress) throws IOException {
        SourceFormat f = rendered.format();
        WavWriter w = WavWriter.create(target, f.sampleRate(), f.channels(), sampleFormat);
        try {
            float[][] block = new float[f.channels()][8192];
            long done = 0;
            for (int n; (n = rendered.read(block)) > 0; ) {
                w.write(block, n);
                done += n;
                if (progress != null) progress.progress(done, f.frames());
            }
            w.close();
            return done;
        } catch (IOException | RuntimeException e) {
            w.abort();
            throw e;
        }
    }
}
