package org.headroom.audio;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * Positional reads of RIFF chunk headers through one 64 KiB window of the file, so walking many
 * small chunks costs one system call per window, not one per chunk. A file of 50 000 empty JUNK
 * chunks (legal RIFF, played by every other reader) is then walked in milliseconds, in time
 * linear in the header's length and memory fixed at one window.
 */
final class RiffHeaderWindow {
    private static final int WINDOW_BYTES = 64 * 1024;

    private final FileChannel ch;
    private byte[] window = new byte[0];
    private long windowStart;

    RiffHeaderWindow(FileChannel ch) {
        this.ch = ch;
    }

    /** Up to {@code n} bytes at {@code pos} ({@code n} at most the window); fewer only where the file ends. */
    byte[] read(long pos, int n) throws IOException {
        if (n > WINDOW_BYTES) throw new IllegalArgumentException("header read of " + n + " bytes");
        if (pos < windowStart || pos + n > windowStart + window.length) {
            window = FileBytes.read(ch, pos, WINDOW_BYTES);
            windowStart = pos;
        }
        int from = (int) (pos - windowStart);
        int len = Math.max(0, Math.min(n, window.length - from));
        byte[] out = new byte[len];
        System.arraycopy(window, from, out, 0, len);
        return out;
    }
}
