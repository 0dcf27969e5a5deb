package org.headroom.export;

import org.headroom.audio.PartFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * MP3 through jump3r (LAME). The file is: our ID3v2 tag, LAME's Xing/Info frame, the audio.
 * LAME writes a placeholder for the Xing/Info frame first; once the stream is flushed we ask
 * for the finished frame (frame count, byte count, seek table, encoder delay and padding) and
 * write it over the placeholder, as LAME's own front end does.
 */
final class Mp3Sink implements AudioSink {
    static final String ENCODER_NAME = "Headroom (jump3r/LAME)";

    private final SinkFormat format;
    private final PartFile part;
    private final FileChannel ch;
    private final LameSetup lame;
    private final long firstFrameAt;
    private int[] left = new int[0];
    private int[] right = new int[0];
    private byte[] mp3 = new byte[0];
    private long position;
    private long frames;
    private boolean finished;

    private Mp3Sink(SinkFormat format, PartFile part, FileChannel ch, ExportTags tags) throws IOException {
        this.format = format;
        this.part = part;
        this.ch = ch;
        this.lame = new LameSetup(format.sampleRate(), format.channels(), format.mp3());
        byte[] id3 = Id3v2Writer.tag(tags, ENCODER_NAME);
        put(id3, id3.length);
        this.firstFrameAt = position;
    }

    static Mp3Sink open(Path target, SinkFormat format, ExportTags tags) throws IOException {
        return PartChannel.open(target, (part, ch) -> new Mp3Sink(format, part, ch, tags), StandardOpenOption.WRITE);
    }

    @Override
    public SinkFormat format() {
        return format;
    }

    @Override
    public void write(float[][] block, int n) throws IOException {
        if (left.length < n) {
            left = new int[n];
            right = new int[n];
            mp3 = new byte[n * 5 / 4 + 7200]; // LAME's documented worst case
        }
        toInt(block[0], n, left);
        toInt(block[format.channels() == 1 ? 0 : 1], n, right);
        int bytes = lame.lame.lame_encode_buffer_int(lame.flags, left, right, n, mp3, 0, mp3.length);
        if (bytes < 0) throw new IOException("MP3 encoder failed (" + bytes + ")");
        put(mp3, bytes);
        frames += n;
    }

    /** LAME's int input is full 32-bit scale. */
    private static void toInt(float[] x, int n, int[] out) {
        for (int i = 0; i < n; i++) {
            double v = x[i] * 2147483648.0;
            out[i] = v >= Integer.MAX_VALUE ? Integer.MAX_VALUE : v <= Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) Math.rint(v);
        }
    }

    private void put(byte[] b, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(b, 0, n);
        while (buf.hasRemaining()) position += ch.write(buf, position);
    }

    @Override
    public long framesWritten() {
        return frames;
    }

    @Override
    public void close() throws IOException {
        if (finished) return;
        finished = true;
        PartChannel.finish(part, ch, () -> {
            byte[] tail = new byte[16 * 1024 + 7200];
            int bytes = lame.lame.lame_encode_flush(lame.flags, tail, 0, tail.length);
            if (bytes < 0) throw new IOException("MP3 encoder failed at the end (" + bytes + ")");
            put(tail, bytes);
            byte[] tag = new byte[4096];
            int tagBytes = lame.vbrTag.getLameTagFrame(lame.flags, tag);
            if (tagBytes > 0) {
                ByteBuffer b = ByteBuffer.wrap(tag, 0, tagBytes);
                long at = firstFrameAt;
                while (b.hasRemaining()) at += ch.write(b, at);
            }
            lame.lame.lame_close(lame.flags);
        });
    }

    @Override
    public void abort() {
        if (finished) {
            part.abort();
            return;
        }
        finished = true;
        PartChannel.abandon(part, ch);
    }
}
