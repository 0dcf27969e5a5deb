package org.headroom.export;

import java.io.IOException;
import java.nio.file.Path;

import org.headroom.audio.BroadcastChunks;
import org.headroom.audio.WavWriter;

/** WAV (and BWF with a bext chunk) through the house {@link WavWriter}, which already writes atomically (through {@link org.headroom.audio.PartFile}). */
final class WavSink implements AudioSink {
    private final SinkFormat format;
    private final WavWriter writer;

    private WavSink(SinkFormat format, WavWriter writer) {
        this.format = format;
        this.writer = writer;
    }

    static WavSink open(Path target, SinkFormat format, ExportTags tags) throws IOException {
        WavWriter.SampleFormat sf = sampleFormat(format);
        byte[] extra = format.bwf() ? BroadcastChunks.bext(tags.description(), tags.originator(), tags.originatorReference(),
                tags.origination(), tags.timeReference(), tags.codingHistory()) : new byte[0];
        WavWriter w = WavWriter.create(target, format.sampleRate(), format.channels(), sf, extra, format.channelMask());
        return new WavSink(format, w);
    }

    private static WavWriter.SampleFormat sampleFormat(SinkFormat f) {
        if (f.floatSamples()) return WavWriter.SampleFormat.FLOAT_32;
        switch (f.bitsPerSample()) {
            case 8: return WavWriter.SampleFormat.PCM_8;
            case 16: return WavWriter.SampleFormat.PCM_16;
            case 24: return WavWriter.SampleFormat.PCM_24;
            default: return WavWriter.SampleFormat.PCM_32;
        }
    }

    @Override
    public SinkFormat format() {
        return format;
    }

    @Override
    public void write(float[][] block, int frames) throws IOException {
        writer.write(block, frames);
    }

    @Override
    public long framesWritten() {
        return writer.framesWritten();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    @Override
    public void abort() {
        try {
            writer.abort();
        } catch (IOException e) {
            // the temporary file is hidden and named .part; nothing else to undo
        }
    }
}
