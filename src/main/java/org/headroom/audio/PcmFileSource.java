package org.headroom.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Uncompressed samples (WAV, BWF, RF64, AIFF) read straight from a file region. Reads go
 * through one reused 1 MiB heap buffer with positional FileChannel reads: few system calls,
 * no allocation per block, and the decode loops work on a plain byte array.
 */
final class PcmFileSource implements AudioSource {
    private static final int BUFFER_BYTES = 1 << 20;

    private final Path file;
    private final FileChannel channel;
    private final PcmLayout layout;
    private final PcmEncoding encoding;
    private final int channels;
    private final int frameBytes;
    private final ByteBuffer buffer;
    private final List<ReadNotice> notices;
    private long nextFilePos;       // where the next buffer fill starts
    private long bytesLeftInFile;   // data bytes not yet pulled into the buffer
    private int bufferPos;          // next unread byte in the buffer
    private int bufferEnd;          // end of the valid bytes in the buffer
    private long nonFinite;

    PcmFileSource(Path file, FileChannel channel, PcmLayout layout) {
        this.file = file;
        this.channel = channel;
        this.layout = layout;
        this.encoding = layout.encoding();
        this.channels = layout.format().channels();
        this.frameBytes = encoding.bytes * channels;
        int capacity = Math.max(frameBytes, BUFFER_BYTES / frameBytes * frameBytes);
        this.buffer = ByteBuffer.allocate(capacity);
        this.notices = Collections.synchronizedList(new ArrayList<>(layout.notices()));
        this.nextFilePos = layout.dataStart();
        this.bytesLeftInFile = layout.dataBytes();
    }

    @Override
    public SourceFormat format() {
        return layout.format();
    }

    @Override
    public int read(float[][] block) throws IOException {
        int want = block[0].length;
        int done = 0;
        while (done < want) {
            if (bufferEnd - bufferPos < frameBytes && !fill()) break;
            int frames = Math.min(want - done, (bufferEnd - bufferPos) / frameBytes);
            int bad = encoding.decode(buffer.array(), bufferPos, frames, channels, block, done);
            if (bad > 0) noteNonFinite(bad);
            bufferPos += frames * frameBytes;
            done += frames;
        }
        return done;
    }

    /** A jump: first through what is buffered, then by moving the file position. */
    @Override
    public long skip(long frames) {
        if (frames <= 0) return 0;
        long inBuffer = (bufferEnd - bufferPos) / frameBytes;
        if (frames <= inBuffer) {
            bufferPos += (int) frames * frameBytes;
            return frames;
        }
        bufferPos = bufferEnd;
        long fromFile = Math.min(frames - inBuffer, bytesLeftInFile / frameBytes);
        nextFilePos += fromFile * frameBytes;
        bytesLeftInFile -= fromFile * frameBytes;
        return inBuffer + fromFile;
    }

    /** Refills the buffer with whole frames; false at the end of the data (or if the file shrank under us). */
    private boolean fill() throws IOException {
        if (bytesLeftInFile < frameBytes) return false;
        int toRead = (int) Math.min(buffer.capacity(), bytesLeftInFile);
        buffer.clear().limit(toRead);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, nextFilePos + buffer.position());
            if (n < 0) break;
        }
        int got = buffer.position() / frameBytes * frameBytes;
        if (got == 0) {
            bytesLeftInFile = 0;
            return false;
        }
        nextFilePos += got;
        bytesLeftInFile -= got;
        if (got < toRead) bytesLeftInFile = 0; // the file ended early: stop cleanly at the last whole frame
        bufferPos = 0;
        bufferEnd = got;
        return true;
    }

    private void noteNonFinite(int bad) {
        boolean first = nonFinite == 0;
        nonFinite += bad;
        if (first) {
            notices.add(new ReadNotice("pcm.non-finite-samples", file.getFileName()
                    + " holds float samples that are not numbers (NaN or infinite); they were read as silence."));
        }
    }

    /** How many NaN/infinite float samples were replaced by silence so far. */
    long nonFiniteSamples() {
        return nonFinite;
    }

    @Override
    public List<ReadNotice> notices() {
        synchronized (notices) {
            return List.copyOf(notices);
        }
    }

    @Override
    public BitRate bitRate() {
        SourceFormat f = layout.format();
        return BitRate.pcm(f.sampleRate(), f.bitsPerSample(), f.channels());
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
