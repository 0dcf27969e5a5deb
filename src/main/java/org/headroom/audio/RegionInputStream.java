package org.headroom.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Bytes {@code [start, end)} of a file as a stream, through positional reads so the channel stays shareable. */
final class RegionInputStream extends InputStream {
    private final FileChannel ch;
    private final long end;
    private long pos;

    RegionInputStream(FileChannel ch, long start, long end) {
        this.ch = ch;
        this.pos = start;
        this.end = end;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (pos >= end) return -1;
        int n = (int) Math.min(len, end - pos);
        int got = ch.read(ByteBuffer.wrap(b, off, n), pos);
        if (got <= 0) return -1;
        pos += got;
        return got;
    }

    long position() {
        return pos;
    }

    @Override
    public void close() {
        // the channel belongs to the source that made this stream
    }
}
