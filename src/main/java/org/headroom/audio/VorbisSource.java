package org.headroom.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;

/**
 * Ogg Vorbis decoded with JOrbis used directly. Its synthesis output is float PCM, given out
 * unclipped. The last page's granule position is the stream length, so the encoder's padding
 * in the final block is cut off, as libvorbisfile does.
 */
final class VorbisSource implements AudioSource {
    private static final int CHUNK = 8192;
    private static final int MAX_HEADER_PAGES = 64;

    private final Path file;
    private final FileChannel ch;
    private final SyncState sync = new SyncState();
    private final StreamState stream = new StreamState();
    private final Page page = new Page();
    private final Packet packet = new Packet();
    private final Info info = new Info();
    private final Comment comment = new Comment();
    private final DspState dsp = new DspState();
    private final Block vorbisBlock = new Block(dsp);
    private final float[][][] pcm = new float[1][][];
    private final List<ReadNotice> notices = new ArrayList<>();
    private int[] index;
    private long filePos;
    private long pageBytes, headerBytes;
    private boolean eof;
    private SourceFormat format;
    private long outputLeft = Long.MAX_VALUE;
    private long framesOut;
    private boolean finished;
    /** Whether the file ends on a whole page with the end-of-stream flag: a cut file does not. */
    private boolean endsWhole;
    private boolean endNoted;

    private VorbisSource(Path file, FileChannel ch) {
        this.file = file;
        this.ch = ch;
        sync.init();
    }

    static AudioSource open(Path file, FileChannel ch) throws IOException {
        VorbisSource s = new VorbisSource(file, ch);
        s.readHeaders();
        return s;
    }

    private void readHeaders() throws IOException {
        if (!nextPage()) throw fail("Ogg header is truncated");
        String kind = streamKind();
        if (kind != null) throw fail(kind);
        stream.init(page.serialno());
        info.init();
        comment.init();
        int headers = 0;
        for (int pages = 0; headers < 3; ) {
            stream.pagein(page);
            while (headers < 3 && stream.packetout(packet) == 1) {
                if (info.synthesis_headerin(comment, packet) < 0) throw fail("Ogg Vorbis header is damaged");
                headers++;
            }
            if (headers < 3 && (++pages > MAX_HEADER_PAGES || !nextPage())) throw fail("Ogg Vorbis header is truncated");
        }
        if (info.channels < 1 || info.rate < 1) throw fail("Ogg Vorbis header is damaged");
        headerBytes = pageBytes;
        dsp.synthesis_init(info);
        vorbisBlock.init(dsp);
        index = new int[info.channels];
        long total = lastGranule();
        if (total > 0) outputLeft = total;
        format = new SourceFormat("Ogg Vorbis", "Vorbis", info.rate, info.channels, null, null, total > 0 ? total : -1,
                ChannelRole.defaultLayout(info.channels), Map.of());
    }

    /** Null for Vorbis, else why this Ogg stream cannot be read. */
    private String streamKind() {
        byte[] b = page.body_base;
        int at = page.body;
        if (page.body_len >= 7 && b[at] == 1 && ByteFields.is(b, at + 1, "vorbis")) return null;
        if (page.body_len >= 8 && ByteFields.is(b, at, "OpusHead")) return "Ogg Opus is not supported yet";
        if (page.body_len >= 5 && b[at] == 0x7f && ByteFields.is(b, at + 1, "FLAC")) return "Ogg FLAC is not supported yet";
        return "not an Ogg Vorbis file (unknown Ogg stream)";
    }

    /**
     * The granule position of the last whole page: the total number of frames in a stream that
     * starts at 0. Notes whether the file ends as a stream should, on a whole page with the
     * end-of-stream flag: a copy stopped early or a recorder that died leaves a cut page or none.
     */
    private long lastGranule() throws IOException {
        long size = ch.size();
        int n = (int) Math.min(size, 65536);
        byte[] tail = FileBytes.read(ch, size - n, n);
        boolean last = true;
        for (int i = tail.length - 27; i >= 0; i--) {
            if (!ByteFields.is(tail, i, "OggS") || tail[i + 4] != 0) continue;
            int segments = tail[i + 26] & 0xff;
            boolean whole = i + 27 + segments <= tail.length;
            long body = 0;
            if (whole) for (int k = 0; k < segments; k++) body += tail[i + 27 + k] & 0xff;
            whole = whole && i + 27 + segments + body <= tail.length;
            if (last) {
                endsWhole = whole && (tail[i + 5] & 0x04) != 0;
                last = false;
            }
            if (!whole) continue; // a cut page's granule promises frames that are not there
            long g = ByteFields.s64le(tail, i + 6);
            return g > 0 ? g : -1;
        }
        return -1;
    }

    /** Pulls the next page into {@code page}; false at the end of the file. */
    private boolean nextPage() throws IOException {
        while (true) {
            int r = sync.pageout(page);
            if (r == 1) {
                pageBytes += page.header_len + page.body_len;
                return true;
            }
            if (eof) return false;
            int at = sync.buffer(CHUNK);
            int got = ch.read(ByteBuffer.wrap(sync.data, at, CHUNK), filePos);
            if (got <= 0) {
                eof = true;
                sync.wrote(0);
            } else {
                filePos += got;
                sync.wrote(got);
            }
        }
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public int read(float[][] block) throws IOException {
        int want = block[0].length;
        int done = 0;
        try {
            while (done < want && outputLeft > 0) {
                int avail = dsp.synthesis_pcmout(pcm, index);
                if (avail <= 0) {
                    if (!nextBlock()) break;
                    continue;
                }
                int n = (int) Math.min(Math.min(avail, want - done), outputLeft);
                for (int c = 0; c < info.channels; c++) copyFinite(pcm[0][c], index[c], block[c], done, n);
                dsp.synthesis_read(n);
                done += n;
                outputLeft -= n;
            }
        } catch (RuntimeException e) {
            outputLeft = 0; // damaged data: end after the good audio, and say so
            notices.add(new ReadNotice("ogg.damaged", file.getFileName() + " is damaged; reading stopped after "
                    + Durations.describe((double) (framesOut + done) / info.rate) + " of audio."));
        }
        framesOut += done;
        if (done == 0) finished = true;
        if (done < want && !endNoted) noteShortfall();
        return done;
    }

    /**
     * A stream cut mid-way says so, as WAV and FLAC do: an Ogg stream ends on a whole page with
     * the end-of-stream flag, which a copy stopped early (or a recorder that died) never wrote.
     */
    private void noteShortfall() {
        endNoted = true;
        if (endsWhole) return;
        notices.add(new ReadNotice("ogg.truncated", String.format(java.util.Locale.ROOT,
                "%s is truncated: the Ogg stream stops without its closing page after %s (%d frames); the rest is missing.",
                file.getFileName(), Durations.describe((double) framesOut / info.rate), framesOut)));
    }

    private static void copyFinite(float[] src, int from, float[] dst, int to, int n) {
        for (int i = 0; i < n; i++) {
            float v = src[from + i];
            dst[to + i] = Float.isFinite(v) ? v : 0f;
        }
    }

    /** Feeds the next audio packet to the synthesis; false at the end of the stream. */
    private boolean nextBlock() throws IOException {
        while (true) {
            int r = stream.packetout(packet);
            if (r == 1) {
                if (vorbisBlock.synthesis(packet) == 0) dsp.synthesis_blockin(vorbisBlock);
                return true;
            }
            if (r < 0) continue; // a gap in the packet sequence: skip it, as libvorbisfile does
            if (!nextPage()) return false;
            stream.pagein(page);
        }
    }

    @Override
    public List<ReadNotice> notices() {
        return List.copyOf(notices);
    }

    @Override
    public BitRate bitRate() {
        long frames = finished ? framesOut : format.frames();
        long bytes = finished ? pageBytes - headerBytes : ch.isOpen() ? sizeOrZero() - headerBytes : 0;
        if (frames <= 0) return new BitRate(0, BitRate.Mode.VBR);
        return new BitRate(bytes * 8.0 / ((double) frames / format.sampleRate()) / 1000.0, BitRate.Mode.VBR);
    }

    private long sizeOrZero() {
        try {
            return ch.size();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }

    private AudioFileException fail(String reason) {
        return new AudioFileException(file, reason);
    }
}
