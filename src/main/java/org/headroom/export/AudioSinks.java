package org.headroom.export;

import org.headroom.audio.PartFile;
import java.io.IOException;
import java.nio.file.Path;

/** Opens the sink for a format. */
public final class AudioSinks {
    private AudioSinks() {
    }

    /**
     * Starts writing {@code target}; nothing appears under that name until {@link AudioSink#close()}.
     *
     * @param tags ID3 (MP3) and BWF (WAV with {@code format.bwf()}) text; ignored by FLAC for now
     */
    public static AudioSink open(Path target, SinkFormat format, ExportTags tags) throws IOException {
        PartFile.deleteOnShutdown();
        switch (format.codec()) {
            case WAV: return WavSink.open(target, format, tags);
            case FLAC:
                QuietStdout.install();
                return FlacSink.open(target, format);
            case MP3: return Mp3Sink.open(target, format, tags);
            default: throw new AssertionError(format.codec());
        }
    }
}
