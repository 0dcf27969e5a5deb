package org.headroom.export;

import java.io.IOException;

import org.headroom.audio.AudioSource;
import org.headroom.meter.BlockConsumer;

/** Reading a whole stream once, block by block, with progress and cancel. */
final class Passes {
    static final int BLOCK = 4096;

    private Passes() {
    }

    /** Feeds every block of {@code source} to {@code consumer}, then closes the source; returns the frames read. */
    static long run(AudioSource source, BlockConsumer consumer, ExportMonitor monitor, String stage) throws IOException {
        try (AudioSource s = source) {
            long total = s.format().frames();
            float[][] block = new float[s.format().channels()][BLOCK];
            long done = 0;
            for (int n; (n = s.read(block)) > 0; ) {
                if (monitor.isCancelled()) throw new ExportCancelledException();
                consumer.accept(block, n);
                done += n;
                monitor.progress(stage, done, total);
            }
            return done;
        }
    }
}
