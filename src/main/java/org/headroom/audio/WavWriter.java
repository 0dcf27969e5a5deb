package org.headroom.audio;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes float blocks to a WAV file. The audio goes to a temporary file in the target's folder
 * and is renamed into place on {@link #close()}, so a reader never sees half a file under the
 * real name. Past 4 GiB the header becomes RF64. With {@link #refreshHeaderEvery} the header is
 * rewritten as the file grows, so a crash leaves a temporary file that plays up to that point.
 * PCM samples are rounded and clamped to the format's codes (no dither: that is the exporter's
 * choice); float samples are written as they are, above 1.0 included.
 */
public final class WavWriter implements Closeable {

    /** The sample formats written. */
    public enum SampleFormat {
        PCM_8(1, false), PCM_16(2, false), PCM_24(3, false), PCM_32(4, false), FLOAT_32(4, true);

        final int bytes;
        final boolean isFloat;

        SampleFormat(int bytes, boolean isFloat) {
            this.bytes = bytes;
            this.isFloat = isFloat;
        }

        public int bits() {
            return bytes * 8;
        }

        /** What a recording of {@code f} is written as: its own resolution; lossy or odd sizes go to 24-bit. */
        public static SampleFormat keeping(SourceFormat f) {
            if ("IEEE float".equals(f.encoding())) return FLOAT_32;
            Integer bits = f.bitsPerSample();
            if (bits == null) return PCM_24;
            return bits <= 16 ? PCM_16 : bits <= 24 ? PCM_24 : PCM_32;
        }
    }

    private static final int BUFFER_BYTES = 256 * 1024;

    private final Path target;
    /** The hidden temporary file, null for a recording, whose in-progress file is the take itself. */
    private final PartFile part;
    private final Path temp;
    private final FileChannel ch;
    private final int rate;
    private final int channels;
    private final SampleFormat format;
    private final long riffLimit;
    private final int headerLength;
    private final ByteBuffer buffer;
    private final byte[] extraChunks;
    private final long channelMask;
    private long dataBytes;
    private long refreshEvery;
    private long framesAtLastRefresh;
    private boolean closed;

    WavWriter(Path target, int rate, int channels, SampleFormat format, long riffLimit) throws IOException {
        this(target, null, rate, channels, format, riffLimit, WavHeader.NO_CHUNKS);
    }

    /** @param inProgress where the audio is written until close, or null for a hidden temporary file */
    WavWriter(Path target, Path inProgress, int rate, int channels, SampleFormat format, long riffLimit,
              byte[] extraChunks) throws IOException {
        this(target, inProgress, rate, channels, format, riffLimit, extraChunks, ChannelMasks.defaultMask(channels));
    }

    /** @param channelMask the speaker mask an extensible header (more than two channels) carries */
    private WavWriter(Path target, Path inProgress, int rate, int channels, SampleFormat format, long riffLimit,
                      byte[] extraChunks, long channelMask) throws IOException {
        if (rate <= 0 || channels <= 0 || channels > WavParser.MAX_CHANNELS) {
            throw new IllegalArgumentException("bad format: " + rate + " Hz, " + channels + " channels");
        }
        this.target = target.toAbsolutePath();
        this.rate = rate;
        this.channels = channels;
        this.format = format;
        this.riffLimit = riffLimit;
        this.extraChunks = extraChunks.clone();
        this.channelMask = channelMask;
        this.headerLength = WavHeader.length(channels, format, this.extraChunks);
        int frameBytes = format.bytes * channels;
        this.buffer = ByteBuffer.allocate(Math.max(frameBytes, BUFFER_BYTES / frameBytes * frameBytes));
        if (inProgress == null) {
            this.part = PartFile.create(this.target);
            this.temp = part.temp();
            this.ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } else {
            this.part = null;
            this.temp = inProgress.toAbsolutePath();
            this.ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW); // never over another take
        }
        writeHeader();
    }

    /** Starts a WAV file that appears at {@code target} when closed. */
    public static WavWriter create(Path target, int sampleRate, int channels, SampleFormat format) throws IOException {
        return new WavWriter(target, sampleRate, channels, format, WavHeader.RIFF_LIMIT);
    }

    /**
     * Starts a WAV file with extra chunks before the audio, e.g. a BWF "bext" chunk.
     *
     * @param extraChunks complete chunks (four-character id, 32-bit little-endian size, body,
     *                    a pad byte after an odd body), written as given
     */
    public static WavWriter create(Path target, int sampleRate, int channels, SampleFormat format, byte[] extraChunks)
            throws IOException {
        if (extraChunks.length % 2 != 0) throw new IllegalArgumentException("RIFF chunks have even lengths");
        return new WavWriter(target, null, sampleRate, channels, format, WavHeader.RIFF_LIMIT, extraChunks);
    }

    /**
     * The same with the speaker mask to write (files of more than two channels): an export that
     * keeps a source's channels keeps its mask, e.g. 5.1 with side surrounds (0x60F).
     */
    public static WavWriter create(Path target, int sampleRate, int channels, SampleFormat format, byte[] extraChunks,
                                   long channelMask) throws IOException {
        if (extraChunks.length % 2 != 0) throw new IllegalArgumentException("RIFF chunks have even lengths");
        return new WavWriter(target, null, sampleRate, channels, format, WavHeader.RIFF_LIMIT, extraChunks, channelMask);
    }

    /**
     * Starts a recording: unlike {@link #create}, the audio goes to {@code inProgress}, a visible
     * file under a known name, so that after a crash the take can be found and repaired; it is
     * renamed to {@code target} on close. {@code extraChunks} (bext, iXML) go before the audio.
     */
    public static WavWriter recording(Path target, Path inProgress, int sampleRate, int channels, SampleFormat format,
                                      byte[] extraChunks) throws IOException {
        return new WavWriter(target, inProgress, sampleRate, channels, format, WavHeader.RIFF_LIMIT, extraChunks);
    }

    /** Writes a whole signal, {@code samples[channel][frame]}, to {@code target}: the one-liner tests want. */
    public static void write(Path target, int sampleRate, SampleFormat format, float[][] samples) throws IOException {
        try (WavWriter w = create(target, sampleRate, samples.length, format)) {
            w.write(samples, samples[0].length);
        }
    }

    /**
     * Rewrites the header after every {@code frames} frames (0 = only at close), so the
     * temporary file is a playable WAV up to the last refresh if the program dies.
     */
    public WavWriter refreshHeaderEvery(long frames) {
        this.refreshEvery = Math.max(0, frames);
        return this;
    }

    /** Appends the first {@code frames} frames of {@code block[channel][frame]}. */
    public void write(float[][] block, int frames) throws IOException {
        if (closed) throw new IOException(target.getFileName() + ": writer is closed");
        if (block.length != channels) throw new IllegalArgumentException(block.length + " channels given, " + channels + " expected");
        int frameBytes = format.bytes * channels;
        int done = 0;
        while (done < frames) {
            int n = Math.min(frames - done, buffer.capacity() / frameBytes);
            SampleEncoder.encode(format, block, done, n, buffer.array());
            buffer.clear().limit(n * frameBytes);
            while (buffer.hasRemaining()) ch.write(buffer, headerLength + dataBytes + buffer.position());
            dataBytes += (long) n * frameBytes;
            done += n;
        }
        if (refreshEvery > 0 && framesWritten() - framesAtLastRefresh >= refreshEvery) {
            writeHeader();
            framesAtLastRefresh = framesWritten();
        }
    }

    public long framesWritten() {
        return dataBytes / ((long) format.bytes * channels);
    }

    /** True once the audio no longer fits a RIFF header and the file will be (or is) RF64. */
    public boolean isRf64() {
        return WavHeader.needsRf64(headerLength, dataBytes, riffLimit);
    }

    /** The temporary file being written, for crash-recovery tools and tests. */
    public Path temporaryFile() {
        return temp;
    }

    /**
     * Makes everything written so far durable: the header is rewritten to cover it and the file
     * is forced to disk (data and size), so a power cut after this returns loses nothing before it.
     */
    public void sync() throws IOException {
        if (closed) return;
        writeHeader();
        ch.force(true);
        framesAtLastRefresh = framesWritten();
    }

    private void writeHeader() throws IOException {
        ByteBuffer h = ByteBuffer.wrap(WavHeader.build(rate, channels, format, dataBytes, riffLimit, extraChunks, channelMask));
        while (h.hasRemaining()) ch.write(h, h.position());
    }

    /** Finishes the header, flushes to disk and renames the file into place. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try (FileChannel c = ch) {
            if ((dataBytes & 1) == 1) c.write(ByteBuffer.wrap(new byte[1]), headerLength + dataBytes); // RIFF pad byte
            writeHeader();
            c.force(true);
        } catch (IOException e) {
            if (part != null) part.abort(); // a recording's take is never deleted, whatever fails
            throw e;
        }
        if (part != null) part.commit();
        else PartFile.moveIntoPlace(temp, target);
    }

    /** Gives up: deletes the temporary file and leaves {@code target} as it was. */
    public void abort() throws IOException {
        if (closed) return;
        closed = true;
        ch.close();
        if (part != null) part.abort();
        else Files.deleteIfExists(temp);
    }
}
