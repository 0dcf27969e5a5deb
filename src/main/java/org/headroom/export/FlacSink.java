package org.headroom.export;

import org.headroom.audio.PartFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import net.sourceforge.javaflacencoder.EncodingConfiguration;
import net.sourceforge.javaflacencoder.FLACEncoder;
import net.sourceforge.javaflacencoder.FLACOutputStream;
import net.sourceforge.javaflacencoder.StreamConfiguration;
import org.headroom.dsp.SampleConversion;

/**
 * FLAC 16/24-bit through javaFlacEncoder. Samples arrive as floats already on the target's
 * integer grid (dithered or bit-exact), so the conversion ({@link SampleConversion}) rounds
 * nothing; values past full scale are clamped. The encoder seeks back at the end to finish STREAMINFO (length and MD5), so it
 * writes to a seekable channel on the hidden part file.
 */
final class FlacSink implements AudioSink {
    private static final int BLOCK = 4096;
    private static final int MAX_LPC_ORDER = 8;

    private final SinkFormat format;
    private final PartFile part;
    private final FileChannel ch;
    private final FLACEncoder encoder = new FLACEncoder();
    private final ChannelOutput output;
    private final int bits;
    private int[] interleaved = new int[0];
    private long frames;
    private boolean finished;

    private FlacSink(SinkFormat format, PartFile part, FileChannel ch) throws IOException {
        this(format, part, ch, FlacChannelMask.commentBlock(format.channels(), format.channelMask()));
    }

    /** @param afterStreamInfo metadata blocks to place after STREAMINFO (empty for none), the last one flagged last */
    private FlacSink(SinkFormat format, PartFile part, FileChannel ch, byte[] afterStreamInfo) throws IOException {
        this.format = format;
        this.part = part;
        this.ch = ch;
        this.bits = format.bitsPerSample();
        StreamConfiguration sc = new StreamConfiguration(format.channels(), StreamConfiguration.MIN_BLOCK_SIZE,
                BLOCK, format.sampleRate(), bits);
        if (!sc.isValid() || !encoder.setStreamConfiguration(sc)) {
            throw new IllegalArgumentException("FLAC cannot hold " + format);
        }
        // Measured on speech-like stereo (ExportBench): the library's defaults (exhaustive
        // subframes, LPC order up to 12, one thread) run at ~8x real time; LPC order 8 on two
        // threads runs at ~50x with files 0.1 % larger.
        EncodingConfiguration ec = new EncodingConfiguration();
        ec.setMaxLPCOrder(MAX_LPC_ORDER);
        encoder.setEncodingConfiguration(ec);
        encoder.setThreadCount(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        this.output = new ChannelOutput(ch, afterStreamInfo);
        encoder.setOutputStream(output);
        encoder.openFLACStream();
    }

    static FlacSink open(Path target, SinkFormat format) throws IOException {
        return PartChannel.open(target, (part, ch) -> new FlacSink(format, part, ch),
                StandardOpenOption.WRITE, StandardOpenOption.READ);
    }

    @Override
    public SinkFormat format() {
        return format;
    }

    @Override
    public void write(float[][] block, int n) throws IOException {
        int channels = format.channels();
        if (interleaved.length < n * channels) interleaved = new int[n * channels];
        for (int c = 0; c < channels; c++) {
            float[] x = block[c];
            for (int i = 0, p = c; i < n; i++, p += channels) interleaved[p] = SampleConversion.toInt(x[i], bits);
        }
        encoder.addSamples(interleaved, n);
        encoder.encodeSamples(encoder.fullBlockSamplesAvailableToEncode(), false);
        frames += n;
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
            encoder.encodeSamples(encoder.samplesAvailableToEncode(), true);
            output.flush();
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

    /**
     * The encoder's output interface over our part file's channel, buffered: the encoder
     * writes frame by frame and header fields byte by byte, and a system call each would
     * cost more than the encoding. Seeks (to finish STREAMINFO at the end) flush first.
     *
     * <p>The encoder writes STREAMINFO and a PADDING block and no other metadata. To add a block
     * (the channel mask) without its knowing, it goes right after STREAMINFO, the encoder's
     * positions past STREAMINFO are moved by its length, and it is flagged "last" only if
     * STREAMINFO was: the encoder still seeks back to rewrite STREAMINFO at its own offset at
     * the end, which this keeps working.
     */
    private static final class ChannelOutput implements FLACOutputStream {
        private final FileChannel ch;
        private final ByteBuffer buf = ByteBuffer.allocate(256 * 1024);
        private long bufStart;   // file position of buf[0]
        private long size;
        private final byte[] inserted;

        ChannelOutput(FileChannel ch, byte[] inserted) throws IOException {
            this.ch = ch;
            this.inserted = inserted.clone();
            ByteBuffer b = ByteBuffer.wrap(this.inserted);
            while (b.hasRemaining()) ch.write(b, FlacChannelMask.HEADER_BYTES + b.position());
        }

        @Override
        public long seek(long position) throws IOException {
            flush();
            bufStart = position;
            return position;
        }

        @Override
        public int write(byte[] data, int offset, int count) throws IOException {
            int done = 0;
            while (done < count) {
                if (!buf.hasRemaining()) flush();
                int n = Math.min(count - done, buf.remaining());
                buf.put(data, offset + done, n);
                done += n;
            }
            size = Math.max(size, getPos());
            return count;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public void write(byte data) throws IOException {
            if (!buf.hasRemaining()) flush();
            buf.put(data);
            size = Math.max(size, getPos());
        }

        @Override
        public boolean canSeek() {
            return true;
        }

        @Override
        public long getPos() {
            return bufStart + buf.position();
        }

        void flush() throws IOException {
            buf.flip();
            long at = bufStart;
            if (inserted.length > 0 && at <= FlacChannelMask.STREAMINFO_FLAGS && at + buf.limit() > FlacChannelMask.STREAMINFO_FLAGS) {
                // our blocks go between STREAMINFO and whatever the encoder puts after it (a
                // PADDING block in this version): they take over STREAMINFO's "last" flag
                int i = (int) (FlacChannelMask.STREAMINFO_FLAGS - at);
                byte flags = buf.get(i);
                buf.put(i, (byte) (flags & 0x7f));
                inserted[0] = (byte) ((inserted[0] & 0x7f) | (flags & 0x80));
                ByteBuffer first = ByteBuffer.wrap(inserted, 0, 1);
                while (first.hasRemaining()) ch.write(first, FlacChannelMask.HEADER_BYTES);
            }
            while (buf.hasRemaining()) {
                int end = buf.limit();
                if (at < FlacChannelMask.HEADER_BYTES) buf.limit((int) Math.min(end, buf.position() + FlacChannelMask.HEADER_BYTES - at));
                long physical = at < FlacChannelMask.HEADER_BYTES ? at : at + inserted.length;
                at += ch.write(buf, physical);
                buf.limit(end);
            }
            bufStart = at;
            buf.clear();
        }
    }
}
