package org.headroom.edit;

import java.io.IOException;
import java.util.List;
import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.SourceFormat;

/** A source with processors run over each block as it is read. */
final class ProcessedSource implements AudioSource {
    private final AudioSource upstream;
    private final List<BlockProcessor> processors;

    ProcessedSource(AudioSource upstream, List<BlockProcessor> processors) {
        this.upstream = upstream;
        this.processors = List.copyOf(processors);
    }

    @Override
    public SourceFormat format() {
        return upstream.format();
    }

    @Override
    public int read(float[][] block) throws IOException {
        int n = upstream.read(block);
        for (BlockProcessor p : processors) p.process(block, n);
        return n;
    }

    @Override
    public BitRate bitRate() {
        return upstream.bitRate();
    }

    @Override
    public void close() throws IOException {
        upstream.close();
    }
}
