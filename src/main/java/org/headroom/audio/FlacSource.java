package org.headroom.audio;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jflac.ChannelData;
import org.jflac.FLACDecoder;
import org.jflac.frame.Frame;
import org.jflac.metadata.StreamInfo;

/**
 * FLAC decoded frame by frame with jflac's FLACDecoder, used directly (not through the
 * javax.sound SPI) so we get each channel's integer samples and scale them ourselves.
 */
final class FlacSource implements AudioSource {
    private final Path file;
    private final FileChannel ch;
    private final FLACDecoder decoder;
    private final SourceFormat format;
    private final long audioBytes;
    private final float[][] pending;
    private int pendingPos, pendingLen;
    private long framesOut;
    private boolean finished;
    private boolean damagedFrame;
    private final List<ReadNotice> notices = Collections.synchronizedList(new ArrayList<>());

    private FlacSource(Path file, FileChannel ch, FLACDecoder decoder, SourceFormat format, long audioBytes, int maxBlock) {
        this.file = file;
        this.ch = ch;
        this.decoder = decoder;
        this.format = format;
        this.audioBytes = audioBytes;
        this.pending = new float[format.channels()][maxBlock];
    }

    /** Real files have a few metadata blocks; thousands means garbage. */
    private static final int MAX_METADATA_BLOCKS = 1024;
    private static final int STREAMINFO_BYTES = 34;
    private static final int VORBIS_COMMENT = 4;
    /** A channel-mask comment sits in a small block; a larger one is read for nothing else, so skipped. */
    private static final int MAX_COMMENT_BYTES = 1 << 16;
    private static final String MASK_TAG = ChannelMasks.VORBIS_COMMENT_TAG + "=";

    /**
     * The speaker mask a Vorbis comment block gives ({@code WAVEFORMATEXTENSIBLE_CHANNEL_MASK=0x060F}),
     * 0 when it gives none. Every length is checked against the block, so a damaged block gives 0.
     */
    static long channelMask(byte[] block) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(block).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 4) return 0;
        long vendor = b.getInt() & 0xffffffffL;
        if (vendor > b.remaining() - 4) return 0;
        b.position(b.position() + (int) vendor);
        long count = b.getInt() & 0xffffffffL;
        for (long i = 0; i < count && b.remaining() >= 4; i++) {
            long len = b.getInt() & 0xffffffffL;
            if (len > b.remaining()) return 0;
            String c = new String(block, b.position(), (int) len, java.nio.charset.StandardCharsets.UTF_8);
            b.position(b.position() + (int) len);
            if (c.regionMatches(true, 0, MASK_TAG, 0, MASK_TAG.length())) {
                String v = c.substring(MASK_TAG.length()).trim();
                try {
                    return v.startsWith("0x") || v.startsWith("0X") ? Long.parseLong(v.substring(2), 16) : Long.parseLong(v);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /**
     * We walk the metadata blocks ourselves, checking each length against the file, and hand
     * jflac only "fLaC" + STREAMINFO + the frames: its own metadata parsing trusts counts
     * inside blocks (a damaged Vorbis comment count made it allocate gigabytes).
     */
    static AudioSource open(Path file, FileChannel ch, long start) throws IOException {
        long size = ch.size();
        byte[] streamInfo = null;
        long mask = 0;
        long pos = start + 4;
        for (int blocks = 0; ; blocks++) {
            byte[] h = FileBytes.read(ch, pos, 4);
            if (h.length < 4 || blocks >= MAX_METADATA_BLOCKS) throw new AudioFileException(file, "FLAC header is truncated (metadata cut off)");
            int len = (h[1] & 0xff) << 16 | (h[2] & 0xff) << 8 | (h[3] & 0xff);
            if (len > size - pos - 4) throw new AudioFileException(file, "FLAC header is truncated (metadata block cut off)");
            if ((h[0] & 0x7f) == 0 && len >= STREAMINFO_BYTES && streamInfo == null) streamInfo = FileBytes.read(ch, pos + 4, STREAMINFO_BYTES);
            if ((h[0] & 0x7f) == VORBIS_COMMENT && len <= MAX_COMMENT_BYTES) mask = channelMask(FileBytes.read(ch, pos + 4, len));
            pos += 4 + len;
            if ((h[0] & 0x80) != 0) break;
        }
        if (streamInfo == null) throw new AudioFileException(file, "FLAC header is damaged (no STREAMINFO)");
        int rate = (streamInfo[10] & 0xff) << 12 | (streamInfo[11] & 0xff) << 4 | (streamInfo[12] & 0xf0) >> 4;
        int channels = ((streamInfo[12] & 0x0e) >> 1) + 1;
        int bits = ((streamInfo[12] & 0x01) << 4 | (streamInfo[13] & 0xf0) >> 4) + 1;
        if (rate <= 0 || bits < 4 || bits > 24) {
            throw new AudioFileException(file, "FLAC header is damaged or unsupported (" + rate + " Hz, " + bits + " bits)");
        }
        byte[] head = new byte[8 + STREAMINFO_BYTES];
        ByteFields.putAscii(head, 0, "fLaC");
        head[4] = (byte) 0x80; // STREAMINFO, marked as the last block
        head[7] = STREAMINFO_BYTES;
        System.arraycopy(streamInfo, 0, head, 8, STREAMINFO_BYTES);
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head),
                new BufferedInputStream(new RegionInputStream(ch, pos, size), 64 * 1024));
        FLACDecoder decoder = new FLACDecoder(in);
        StreamInfo info = decoder.readStreamInfo();
        if (info == null) throw new AudioFileException(file, "FLAC header is damaged (no STREAMINFO)");
        long total = info.getTotalSamples();
        List<ChannelRole> roles = mask != 0 ? ChannelMasks.roles(mask, channels) : ChannelRole.defaultLayout(channels);
        SourceFormat format = new SourceFormat("FLAC", "FLAC", rate, channels, bits, bits, total > 0 ? total : -1,
                roles, Map.of(), mask != 0 ? mask : ChannelMasks.mask(roles));
        FlacSource source = new FlacSource(file, ch, decoder, format, size - pos, 65536);
        if (!source.decodeNext()) {
            // Metadata and nothing after it is what a copy or upload cut short leaves: there is no
            // audio to measure, and a 0-second "analysis" would hide that, so the file is refused.
            throw new AudioFileException(file, "FLAC holds no audio frames, only its metadata"
                    + (total > 0 ? " (its STREAMINFO promises " + Durations.describe((double) total / rate) + "); the file is truncated" : ""));
        }
        return source;
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public int read(float[][] block) throws IOException {
        int want = block[0].length;
        int done = 0;
        while (done < want) {
            if (pendingPos >= pendingLen && !decodeNext()) break;
            int n = Math.min(want - done, pendingLen - pendingPos);
            for (int c = 0; c < format.channels(); c++) System.arraycopy(pending[c], pendingPos, block[c], done, n);
            pendingPos += n;
            done += n;
        }
        framesOut += done;
        if (done == 0 && !finished) {
            finished = true;
            noteShortfall();
        }
        return done;
    }

    private boolean decodeNext() throws IOException {
        Frame frame;
        try {
            frame = decoder.readNextFrame();
        } catch (IOException | RuntimeException e) {
            damagedFrame = true;
            return false; // a damaged tail ends the stream after the last good frame
        }
        if (frame == null) return false;
        int n = Math.min(frame.header.blockSize, pending[0].length);
        int bits = frame.header.bitsPerSample > 0 ? frame.header.bitsPerSample : format.bitsPerSample();
        float scale = (float) (1.0 / (1L << (bits - 1)));
        ChannelData[] data = decoder.getChannelData();
        for (int c = 0; c < format.channels(); c++) {
            float[] dst = pending[c];
            if (c >= frame.header.channels || c >= data.length) {
                Arrays.fill(dst, 0, n, 0f);
                continue;
            }
            int[] src = data[c].getOutput();
            int m = Math.min(n, src.length);
            for (int i = 0; i < m; i++) dst[i] = src[i] * scale;
        }
        pendingPos = 0;
        pendingLen = n;
        return true;
    }

    /** A stream that ends before its STREAMINFO's promise, or in a damaged frame, is cut short: say how much is missing. */
    private void noteShortfall() {
        long promised = format.frames();
        int rate = format.sampleRate();
        if (promised > 0 && framesOut < promised) {
            notices.add(new ReadNotice("flac.truncated", String.format(
                    "The FLAC file is truncated: its STREAMINFO promises %s (%d frames) but the audio ends after %s (%d frames); %s is missing.",
                    Durations.describe((double) promised / rate), promised, Durations.describe((double) framesOut / rate), framesOut,
                    Durations.describe((double) (promised - framesOut) / rate))));
        } else if (damagedFrame) {
            notices.add(new ReadNotice("flac.damaged-frame", String.format(
                    "The FLAC stream ends in a damaged frame after %s (%d frames); the frames before it were read.",
                    Durations.describe((double) framesOut / rate), framesOut)));
        }
    }

    @Override
    public List<ReadNotice> notices() {
        synchronized (notices) {
            return List.copyOf(notices);
        }
    }

    @Override
    public BitRate bitRate() {
        long frames = finished ? framesOut : format.frames();
        if (frames <= 0) return new BitRate(0, BitRate.Mode.VBR);
        return new BitRate(audioBytes * 8.0 / ((double) frames / format.sampleRate()) / 1000.0, BitRate.Mode.VBR);
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
