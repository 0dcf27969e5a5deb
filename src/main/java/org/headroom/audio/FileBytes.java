package org.headroom.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/** Small positional reads of header bytes. Callers cap {@code n}: header sizes come from the file and may lie. */
final class FileBytes {
    private FileBytes() {
    }

    /** Up to {@code n} bytes at {@code pos}; fewer only when the file ends first. */
    static byte[] read(FileChannel ch, long pos, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            int got = ch.read(b, pos + b.position());
            if (got < 0) break;
        }
        return b.position() == n ? b.array() : Arrays.copyOf(b.array(), b.position());
    }
}
