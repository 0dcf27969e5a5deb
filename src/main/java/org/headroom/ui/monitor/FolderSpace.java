package org.headroom.ui.monitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import javax.swing.SwingWorker;

import org.headroom.audio.SourceFormat;
import org.headroom.audio.WavWriter;

/**
 * Free space where the next take will go, read in a SwingWorker: asking a file system (a network
 * share, a sleeping USB disk) can block, and the EDT never waits on a disk. While a take runs the
 * recorder's own reading takes over.
 */
final class FolderSpace {
    private FolderSpace() {
    }

    /** Usable bytes of the folder, or of its nearest existing parent when it is not made yet; -1 if unknown. */
    static void read(Path folder, LongConsumer result) {
        new SwingWorker<Long, Void>() {
            @Override
            protected Long doInBackground() {
                Path p = folder.toAbsolutePath();
                while (p != null && !Files.exists(p)) p = p.getParent();
                try {
                    return p == null ? -1L : Files.getFileStore(p).getUsableSpace();
                } catch (IOException e) {
                    return -1L;
                }
            }

            @Override
            protected void done() {
                try {
                    result.accept(get());
                } catch (Exception e) {
                    result.accept(-1L);
                }
            }
        }.execute();
    }

    /** Seconds of {@code format} that {@code bytes} hold, written as the recorder writes it. */
    static double seconds(long bytes, SourceFormat format) {
        if (bytes < 0) return Double.POSITIVE_INFINITY;
        long perSecond = (long) format.sampleRate() * format.channels() * (WavWriter.SampleFormat.keeping(format).bits() / 8);
        return (double) bytes / perSecond;
    }
}
