package org.headroom.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

import org.headroom.audio.PartFile;

/**
 * The life of a sink that writes through a channel on a hidden part file. Opening: create the
 * part file, open the channel, build the sink; finishing: last writes, force to disk, close,
 * rename into place; abandoning: close and delete. Whatever fails on the way, the channel is
 * closed and the part file dropped before the failure is passed on, so nothing half-written
 * ever stands under the target's name.
 */
final class PartChannel {
    private PartChannel() {
    }

    /** Builds a sink on a part file and an open channel on it. */
    @FunctionalInterface
    interface SinkFactory<S> {
        S create(PartFile part, FileChannel ch) throws IOException;
    }

    /** The encoder's last writes before the file is complete. */
    @FunctionalInterface
    interface LastWrites {
        void run() throws IOException;
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

    /** Runs the last writes, forces the file to disk and renames it into place. */
    static void finish(PartFile part, FileChannel ch, LastWrites last) throws IOException {
        try {
            last.run();
            ch.force(true);
            ch.close();
        } catch (IOException | RuntimeException e) {
            abandon(part, ch);
            throw e;
        }
        part.commit();
    }

    /** Closes the channel, ignoring a failure (the file is being thrown away), and deletes the part file. */
    static void abandon(PartFile part, FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // being abandoned anyway
        }
        part.abort();
    }
}
