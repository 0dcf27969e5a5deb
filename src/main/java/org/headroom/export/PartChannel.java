package org.headroom.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

import org.headroom.audio.PartFile;

/**
 * Opening a sink that writes through a channel on a hidden part file: create the part file,
 * open the channel, build the sink on them; if any of that fails, close the channel and drop
 * the part file before passing the failure on.
 */
final class PartChannel {
    private PartChannel() {
    }

    /** Builds a sink on a part file and an open channel on it. */
    @FunctionalInterface
    interface SinkFactory<S> {
        S create(PartFile part, FileChannel ch) throws IOException;
    }

    static <S> S open(Path target, SinkFactory<S> factory, OpenOption... options) throws IOException {
        PartFile part = PartFile.create(target);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(part.temp(), options);
            return factory.create(part, ch);
        } catch (IOException | RuntimeException e) {
            if (ch != null) ch.close();
            part.abort();
            throw e;
        }
    }
}
