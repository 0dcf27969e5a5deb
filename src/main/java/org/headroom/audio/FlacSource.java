package org.headroom.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
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
    private final FileChannel ch;
    private final FLACDecoder decoder;
    private final SourceFormat format;
    private final long audioBytes;
    private final float[][] pending;
    private int pendingPos, pendingLen;
    private long framesOut;
    private boolean finished;

    private FlacSource(FileChannel ch, FLACDecoder decoder, SourceFormat format, long audioBytes, int maxBlock) {
        this.ch = ch;
        this.decoder = decoder;
        this.format = format;
        this.audioBytes = audioBytes;
        this.pending = new float[format.channels()][maxBlock];
    }

    static AudioSource open(Path file, FileChannel ch, long start) throws IOException {
        long size = ch.size();
        FLACDecoder decoder = new FLACDecoder(new BufferedInputStream(new RegionInputStream(ch, start, size), 64 * 1024));
        StreamInfo info = decoder.readStreamInfo();
        if (info == null) throw new AudioFileException(file, "FLAC header is truncated (no STREAMINFO)");
        decoder.readMetadata(info);
        int rate = info.getSampleRate(), channels = info.getChannels(), bits = info.getBitsPerSample();
        if (rate <= 0 || channels <= 0 || bits < 4 || bits > 32) {
            throw new AudioFileException(file, "FLAC header is damaged (" + rate + " Hz, " + channels + " channels, " + bits + " bits)");
        }
        long total = info.getTotalSamples();
        long audioBytes = Math.max(0, size - start - decoder.getTotalBytesRead());
        SourceFormat format = new SourceFormat("FLAC", "FLAC", rate, channels, bits, bits, total > 0 ? total : -1,
                ChannelRole.defaultLayout(channels), Map.of());
        return new FlacSource(ch, decoder, format, audioBytes, 65536);
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
        if (done == 0) finished = true;
        return done;
    }

    private boolean decodeNext() throws IOException {
        Frame frame;
        try {
            frame = decoder.readNextFrame();
        } catch (IOException | RuntimeException e) {
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
