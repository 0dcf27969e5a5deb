package org.headroom.edit;

import java.io.Closeable;
import java.io.IOException;
import org.headroom.audio.AudioSource;

/**
 * Reads any range of the source through one open reader: forward moves skip (a jump for PCM
 * files), backward moves open the source again. Reads are buffered so pieces of any length can
 * be copied to any offset of a block. Past the end of a source that turns out shorter than its
 * header said, it reads silence rather than failing half way through a render.
 */
final class SourceCursor implements Closeable {
    private static final int BUFFER = 8192;

    private final SourceOpener opener;
    private final int channels;
    private final float[][] buffer;
    private AudioSource source;
    private long position;     // source frame of buffer[.][bufferPos]
    private int bufferPos;
    private int bufferEnd;
    private long reopens;

    SourceCursor(SourceOpener opener, int channels) {
        this.opener = opener;
        this.channels = channels;
        this.buffer = new float[channels][BUFFER];
    }

    /** Moves so the next read starts at source frame {@code frame}. */
    void seek(long frame) throws IOException {
        if (source != null && frame >= position) {
            long ahead = frame - position;
            long buffered = bufferEnd - bufferPos;
            if (ahead <= buffered) {
                bufferPos += (int) ahead;
            } else {
                long skipped = source.skip(ahead - buffered);
                bufferPos = bufferEnd = 0;
                if (skipped < ahead - buffered) bufferEnd = -1; // ended: reads give silence
            }
            position = frame;
            return;
        }
        close();
        source = opener.open();
        reopens++;
        position = 0;
        bufferPos = bufferEnd = 0;
        seek(frame);
    }

    /** Copies the next {@code n} frames into {@code dst[.][off, off + n)}. */
    void read(float[][] dst, int off, int n) throws IOException {
        int done = 0;
        if (off == 0 && n == dst[0].length && bufferPos == bufferEnd && bufferEnd >= 0) {
            // the common case, a whole block inside a piece: decode straight into it, no copy
            done = source.read(dst);
            position += done;
            if (done == 0) bufferEnd = -1;
            if (done == n) return;
            if (done > 0) {
                // a short read (end of a compressed frame): the rest goes through the buffer
                float[][] rest = new float[channels][n - done];
                read(rest, 0, n - done);
                for (int c = 0; c < channels; c++) System.arraycopy(rest[c], 0, dst[c], done, n - done);
                return;
            }
        }
        while (done < n) {
            if (bufferPos >= bufferEnd && !fill()) {
                for (int c = 0; c < channels; c++) java.util.Arrays.fill(dst[c], off + done, off + n, 0f);
                position += n - done;
                return;
            }
            int k = Math.min(n - done, bufferEnd - bufferPos);
            for (int c = 0; c < channels; c++) System.arraycopy(buffer[c], bufferPos, dst[c], off + done, k);
            bufferPos += k;
            done += k;
            position += k;
        }
    }

    private boolean fill() throws IOException {
        if (bufferEnd < 0) return false;
        int got = source.read(buffer);
        bufferPos = 0;
        bufferEnd = got == 0 ? -1 : got;
        return got > 0;
    }

    /** How many times the source was opened: a render that only moves forward opens it once. */
    long opens() {
        return reopens;
    }

    @Override
    public void close() throws IOException {
        if (source != null) {
            AudioSource s = source;
            source = null;
            s.close();
        }
    }
}
