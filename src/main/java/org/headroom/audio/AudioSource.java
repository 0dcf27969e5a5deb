package org.headroom.audio;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A stream of audio as de-interleaved float blocks, full scale = 1.0. Samples are never
 * clipped on read: a float file's 2.0 stays 2.0, and a lossy decoder's overshoot is kept.
 */
public interface AudioSource extends Closeable {

    /** What the header (or the first frame) says about the stream. */
    SourceFormat format();

    /**
     * Fills {@code block[channel][0..n)} with the next frames.
     *
     * @return the number of frames written, at most {@code block[0].length}; 0 only at the end
     */
    int read(float[][] block) throws IOException;

    /** Things the reader noticed about the file (a crashed recorder's header, say); grows while reading. */
    default List<ReadNotice> notices() {
        return List.of();
    }

    /**
     * The bit rate. For PCM it is known from the header; for compressed streams it is the real
     * average and is exact only once the stream has been read to the end.
     */
    BitRate bitRate();

    /** Times a live source's buffer overflowed and audio was lost; files never overrun. */
    default long overruns() {
        return 0;
    }

    /** Frames lost to those overruns, as well as the source can tell; 0 when it cannot. */
    default long droppedFramesEstimate() {
        return 0;
    }

    @Override
    void close() throws IOException;
}
