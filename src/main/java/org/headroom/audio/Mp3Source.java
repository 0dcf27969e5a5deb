package org.headroom.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.JavaLayerException;

/**
 * MPEG audio (MP3, also layers I/II) decoded by jlayer's Bitstream and Decoder, used directly
 * with an unclipped float output. Gapless trimming follows LAME and ffmpeg: the encoder delay
 * from the LAME tag plus the decoder's own 529-sample delay are dropped from the start, and the
 * output stops after frames × samples-per-frame − delay − padding samples, the original length.
 */
final class Mp3Source implements AudioSource {
    /** Delay of the standard MP3 synthesis (hybrid + polyphase filter bank), as LAME and ffmpeg count it. */
    static final int DECODER_DELAY = 529;
    private static final int SCAN_BYTES = 256 * 1024;
    private static final int MAX_BAD_FRAMES_IN_A_ROW = 64;

    private final Path file;
    private final FileChannel ch;
    private final SourceFormat format;
    private final Bitstream bitstream;
    private final Decoder decoder = new Decoder();
    private final Mp3FloatBuffer out = new Mp3FloatBuffer();
    private final long audioBytes;
    private final long streamStart;
    private final BitRate estimate;
    private long skipLeft;        // samples still to drop at the start
    private long outputLeft;      // samples still to give out, or Long.MAX_VALUE when the length is unknown
    private int pendingPos, pendingLen;
    private long framesOut;
    private long samplesDecoded; // before trimming: the time the stream's bytes really cover
    private int firstBitrate = -1;
    private boolean mixedBitrates;
    private boolean finished;
    /** Bytes of the frames decoded so far (headers included): where the next frame starts when none was skipped. */
    private long claimedBytes;
    private int lastFrameBytes;
    private boolean endNoted;
    private final List<ReadNotice> notices = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Mp3Source(Path file, FileChannel ch, MpegFrameHeader first, long streamStart, long end,
                      Mp3Tags.GaplessInfo info) {
        this.file = file;
        this.ch = ch;
        this.audioBytes = end - streamStart;
        this.streamStart = streamStart;
        long frames = -1;
        boolean trim = info != null && info.frames() > 0 && info.encoderDelay() >= 0;
        if (trim) {
            long total = info.frames() * first.samplesPerFrame() - info.encoderDelay() - info.padding();
            if (total > 0) {
                frames = total;
                skipLeft = info.encoderDelay() + DECODER_DELAY;
            }
        }
        outputLeft = frames >= 0 ? frames : Long.MAX_VALUE;
        this.format = new SourceFormat("MP3", first.layer() == 3 ? "MP3" : "MPEG layer " + first.layer(),
                first.sampleRate(), first.channels(), null, null, frames,
                ChannelRole.defaultLayout(first.channels()), Map.of());
        boolean vbr = info != null && info.vbrTag();
        double kbps = info != null && info.frames() > 0 && info.bytes() > 0
                ? info.bytes() * 8.0 / (info.frames() * first.samplesPerFrame() / (double) first.sampleRate()) / 1000
                : first.bitrateKbps();
        this.estimate = new BitRate(kbps, vbr ? BitRate.Mode.VBR : BitRate.Mode.CBR);
        this.bitstream = new Bitstream(new BufferedInputStream(new RegionInputStream(ch, streamStart, end), 64 * 1024));
        decoder.setOutputBuffer(out);
    }

    static AudioSource open(Path file, FileChannel ch) throws IOException {
        long start = Mp3Tags.skipId3v2(ch, 0);
        long end = Mp3Tags.audioEnd(ch, start);
        byte[] scan = FileBytes.read(ch, start, (int) Math.min(SCAN_BYTES, Math.max(0, end - start)));
        int at = firstFrame(scan);
        if (at < 0) throw new AudioFileException(file, "not an audio file (no MPEG audio frames found)");
        MpegFrameHeader first = MpegFrameHeader.parse(scan, at);
        int len = Math.min(first.frameBytes(), scan.length - at);
        byte[] frame = java.util.Arrays.copyOfRange(scan, at, at + len);
        Mp3Tags.GaplessInfo info = Mp3Tags.gapless(frame, first);
        // The Xing/Info frame holds no audio; ffmpeg and LAME's decoder skip it, and so do we.
        long streamStart = start + at + (info != null ? first.frameBytes() : 0);
        return new Mp3Source(file, ch, first, Math.min(streamStart, end), end, info);
    }

    /** The first header followed by another header (or the end), so stray 0xFF bytes in junk are not taken for audio. */
    private static int firstFrame(byte[] b) {
        for (int i = 0; i + 4 <= b.length; i++) {
            MpegFrameHeader h = MpegFrameHeader.parse(b, i);
            if (h == null) continue;
            int next = i + h.frameBytes();
            if (next + 4 > b.length || MpegFrameHeader.parse(b, next) != null) return i;
        }
        return -1;
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public int read(float[][] block) throws IOException {
        int want = block[0].length;
        int done = 0;
        while (done < want && outputLeft > 0) {
            if (pendingPos >= pendingLen && !decodeNext()) break;
            int n = (int) Math.min(Math.min(want - done, pendingLen - pendingPos), outputLeft);
            for (int c = 0; c < format.channels(); c++) {
                System.arraycopy(out.samples[c], pendingPos, block[c], done, n);
            }
            pendingPos += n;
            done += n;
            outputLeft -= n;
            framesOut += n;
        }
        if (done == 0) finished = true;
        if (done < want && !endNoted) noteShortfall();
        return done;
    }

    /**
     * A stream cut mid-way (a copy stopped early, a recorder that died) says so, as WAV and FLAC do:
     * against the LAME/Xing header's length when there is one, else when its last frame is cut off
     * (the decoder reads a cut frame padded with zeros, or stops before it, without a word).
     */
    private void noteShortfall() {
        endNoted = true;
        long promised = format.frames();
        int rate = format.sampleRate();
        if (promised > 0 && outputLeft > 0) {
            notices.add(new ReadNotice("mp3.truncated", String.format(java.util.Locale.ROOT,
                    "%s is truncated: its LAME/Xing header promises %s (%d frames) but the audio ends after %s (%d frames); %s is missing.",
                    file.getFileName(), Durations.describe((double) promised / rate), promised,
                    Durations.describe((double) framesOut / rate), framesOut, Durations.describe((double) outputLeft / rate))));
        } else if (claimedBytes > audioBytes) { // the last frame decoded ran past the end
            cutFrame(lastFrameBytes - (claimedBytes - audioBytes), lastFrameBytes);
        } else {
            MpegFrameHeader cut = frameCutOff();
            if (cut != null) cutFrame(audioBytes - claimedBytes, cut.frameBytes());
        }
    }

    private void cutFrame(long present, int frameBytes) {
        notices.add(new ReadNotice("mp3.truncated", String.format(java.util.Locale.ROOT,
                "%s is truncated: its last MPEG frame is cut off (%d of its %d bytes are there) after %s of audio.",
                file.getFileName(), Math.max(0, present), frameBytes, Durations.describe((double) framesOut / format.sampleRate()))));
    }

    /** The header of a frame that starts where the decoded ones end and runs past the end of the stream, or null. */
    private MpegFrameHeader frameCutOff() {
        long left = audioBytes - claimedBytes;
        if (left < 4) return null;
        try {
            MpegFrameHeader h = MpegFrameHeader.parse(FileBytes.read(ch, streamStart + claimedBytes, 4), 0);
            return h != null && h.frameBytes() > left ? h : null;
        } catch (IOException e) {
            return null; // the notice is a courtesy; the audio read stands
        }
    }

    /** Decodes the next frame into {@code out}, dropping start-delay samples; false at the end. */
    private boolean decodeNext() throws IOException {
        for (int bad = 0; bad < MAX_BAD_FRAMES_IN_A_ROW; ) {
            Header h;
            try {
                h = bitstream.readFrame();
            } catch (JavaLayerException | RuntimeException e) {
                return false; // unreadable tail: end the stream where the good audio ends
            }
            if (h == null) return false;
            lastFrameBytes = h.framesize + 4; // jlayer's framesize leaves out the 4-byte header
            claimedBytes += lastFrameBytes;
            try {
                noteBitrate(h.bitrate());
                decoder.decodeFrame(h, bitstream);
            } catch (JavaLayerException | RuntimeException e) {
                bad++;
                out.clear_buffer();
                continue;
            } finally {
                bitstream.closeFrame();
            }
            int n = out.count[0];
            samplesDecoded += n;
            for (int c = 1; c < format.channels(); c++) {
                // a mono frame inside a stereo stream (damaged file): keep channels aligned
                if (out.count[c] < n) java.util.Arrays.fill(out.samples[c], out.count[c], n, 0f);
            }
            int skip = (int) Math.min(skipLeft, n);
            skipLeft -= skip;
            pendingPos = skip;
            pendingLen = n;
            if (pendingPos < pendingLen) return true;
        }
        return false;
    }

    private void noteBitrate(int bps) {
        if (firstBitrate < 0) firstBitrate = bps;
        else if (bps != firstBitrate) mixedBitrates = true;
    }

    @Override
    public BitRate bitRate() {
        if (!finished || samplesDecoded == 0) return estimate;
        double seconds = (double) samplesDecoded / format.sampleRate();
        return new BitRate(audioBytes * 8.0 / seconds / 1000.0, mixedBitrates ? BitRate.Mode.VBR : BitRate.Mode.CBR);
    }

    @Override
    public List<ReadNotice> notices() {
        return List.copyOf(notices);
    }

    @Override
    public void close() throws IOException {
        try {
            bitstream.close();
        } catch (JavaLayerException e) {
            // closing our own region stream cannot fail in a way that matters
        } finally {
            ch.close();
        }
    }
}
