package org.headroom.audio;

import java.io.IOException;
import java.util.List;

/**
 * A source that ends after a number of frames, to the frame: {@code monitor --seconds 5} at
 * 48 kHz records 240 000 frames, not "the blocks that arrived before someone looked". The last
 * read asks the source for just the frames left, so a live device is not read past the end.
 */
public final class FrameLimitedSource implements AudioSource {
    private final AudioSource in;
    private final long limit;
    private long delivered;
    private float[][] tail = new float[0][];

    public FrameLimitedSource(AudioSource in, long frames) {
        if (frames < 0) throw new IllegalArgumentException("negative frame limit " + frames);
        this.in = in;
        this.limit = frames;
    }

    @Override
    public SourceFormat format() {
        SourceFormat f = in.format();
        return f.frames() >= 0 && f.frames() <= limit ? f : f.withFrames(limit);
    }

    @Override
    public int read(float[][] block) throws IOException {
        long left = limit - delivered;
        if (left <= 0) return 0;
        int n;
        if (left >= block[0].length) {
            n = in.read(block);
        } else {
            if (tail.length != block.length || tail[0].length != left) tail = new float[block.length][(int) left];
            n = in.read(tail);
            for (int c = 0; c < block.length; c++) System.arraycopy(tail[c], 0, block[c], 0, Math.max(n, 0));
        }
        if (n > 0) delivered += n;
        return n;
    }

    @Override
    public List<ReadNotice> notices() {
        return in.notices();
    }

    @Override
    public BitRate bitRate() {
        return in.bitRate();
    }

    @Override
    public long overruns() {
        return in.overruns();
    }

    @Override
    public long droppedFramesEstimate() {
        return in.droppedFramesEstimate();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
