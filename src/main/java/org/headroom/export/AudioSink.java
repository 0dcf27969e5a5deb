package org.headroom.export;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where exported audio goes: the mirror of {@link org.headroom.audio.AudioSource}. Samples are
 * de-interleaved floats, full scale = 1.0. A sink writes to a hidden temporary file beside its
 * target; {@link #close()} finishes the file and renames it into place, {@link #abort()} deletes
 * it, so the target name only ever holds a complete file (or what it held before).
 */
public interface AudioSink extends Closeable {

    SinkFormat format();

    /** Appends the first {@code frames} frames of {@code block[channel][frame]}. */
    void write(float[][] block, int frames) throws IOException;

    long framesWritten();

    /** Finishes the file and renames it to the target: the commit. */
    @Override
    void close() throws IOException;

    /** Gives up: the temporary file is deleted and the target left as it was. Safe to call twice, or after close. */
    void abort();
}
