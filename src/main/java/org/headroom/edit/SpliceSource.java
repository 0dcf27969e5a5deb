package org.headroom.edit;

import java.io.IOException;
import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.SourceFormat;
import org.headroom.dsp.ShapedNoise;

/**
 * The pieces of a {@link Timeline} played one after another, with a crossfade at each join,
 * streamed block by block from the source. Between joins the source's samples are copied
 * untouched (bit for bit unless a gain region covers them); at a join of 2h frames the last h
 * frames of the left piece and the h frames after it (its handle, cut material) are mixed with
 * the h frames before the right piece and its first h frames, so the join is centred on the cut
 * and the programme keeps the length of its pieces. Only one crossfade is held in memory.
 */
final class SpliceSource implements AudioSource {
    private final SourceFormat format;
    private final Timeline timeline;
    private final SourceEnvelope envelope;
    private final SourceCursor cursor;
    private final int channels;
    /** Room tone for pauses (and, through the envelope, fills); null when the edit list has none. */
    private final RoomToneSynth roomTone;
    private final java.util.Map<Long, ShapedNoise> pauseNoise = new java.util.HashMap<>();

    private int piece;            // current piece
    private boolean inJoin;       // playing the join after {@code piece}
    private long left;            // frames left in the current body or join
    private long sourcePos;       // source frame of the next body frame
    private int joinPos;
    private float[][] mixA = new float[0][];
    private float[][] mixB = new float[0][];
    private long produced;

    SpliceSource(SourceOpener opener, SourceFormat sourceFormat, Timeline timeline) throws IOException {
        this(opener, sourceFormat, timeline, 0, null);
    }

    /**
     * Streams the programme from output frame {@code from} on; {@link #format()} still describes all of it.
     *
     * @param roomTone what fills and pauses play; may be null only when the timeline needs none
     */
    SpliceSource(SourceOpener opener, SourceFormat sourceFormat, Timeline timeline, long from, RoomToneSynth roomTone)
            throws IOException {
        this.timeline = timeline;
        this.channels = sourceFormat.channels();
        this.format = sourceFormat.withFrames(timeline.frames());
        this.roomTone = roomTone;
        if (roomTone == null && timeline.needsRoomTone()) throw new IllegalArgumentException("the timeline plays room tone: give one");
        this.envelope = new SourceEnvelope(timeline.regions(), roomTone == null ? null : roomTone.noiseFor(RoomToneSynth.FILL_SEED));
        this.cursor = new SourceCursor(opener, channels);
        seekTo(Math.max(0, Math.min(from, timeline.frames())));
    }

    /**
     * Positions at programme frame {@code from} by the edit list alone: the piece whose output
     * holds it, then either the body (one source seek) or the crossfade before or after it
     * (mixed whole, entered part way). Nothing before it is read.
     */
    private void seekTo(long from) throws IOException {
        produced = from;
        int k = pieceAt(from);
        Timeline.Piece p = timeline.pieces().get(k);
        long offset = from - p.outputStart();
        int before = halfBefore(k);
        long body = p.length() - before - halfAfter(k);
        if (offset < before) {
            piece = k - 1; // the second half of the join that leads into piece k
            enterJoin(timeline.joins().get(k - 1), before + offset);
        } else if (offset - before < body || k == timeline.pieces().size() - 1) {
            startBody(k);
            long into = offset - before;
            sourcePos += into;
            left -= into;
            if (!p.roomTone()) cursor.seek(sourcePos);
        } else {
            piece = k; // the first half of the join after piece k
            enterJoin(timeline.joins().get(k), offset - before - body);
        }
    }

    private void enterJoin(Timeline.Join join, long at) throws IOException {
        prepareJoin(join);
        joinPos = (int) at;
        left -= at;
    }

    /** The last piece that starts at or before output frame {@code frame}. */
    private int pieceAt(long frame) {
        var pieces = timeline.pieces();
        int lo = 0;
        int hi = pieces.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pieces.get(mid).outputStart() <= frame) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    private int halfBefore(int k) {
        return k == 0 ? 0 : timeline.joins().get(k - 1).halfFrames();
    }

    private int halfAfter(int k) {
        return k >= timeline.joins().size() ? 0 : timeline.joins().get(k).halfFrames();
    }

    private void startBody(int k) throws IOException {
        piece = k;
        inJoin = false;
        Timeline.Piece p = timeline.pieces().get(k);
        sourcePos = p.sourceStart() + halfBefore(k);
        left = p.length() - halfBefore(k) - halfAfter(k);
        if (!p.roomTone()) cursor.seek(sourcePos);
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public int read(float[][] block) throws IOException {
        int want = block[0].length;
        int done = 0;
        while (done < want && produced < timeline.frames()) {
            if (left == 0) {
                advance();
                continue;
            }
            int n = (int) Math.min(want - done, left);
            if (inJoin) {
                for (int c = 0; c < channels; c++) System.arraycopy(mixA[c], joinPos, block[c], done, n);
                joinPos += n;
            } else if (timeline.pieces().get(piece).roomTone()) {
                tone(timeline.pieces().get(piece), block, done, n, sourcePos);
                sourcePos += n;
            } else {
                cursor.read(block, done, n);
                envelope.apply(block, done, n, sourcePos);
                sourcePos += n;
            }
            left -= n;
            done += n;
            produced += n;
        }
        return done;
    }

    /** From a body to the join after it, or from a join to the next body. */
    private void advance() throws IOException {
        if (!inJoin && piece < timeline.joins().size()) {
            prepareJoin(timeline.joins().get(piece));
            return;
        }
        startBody(piece + 1);
    }

    private void prepareJoin(Timeline.Join join) throws IOException {
        inJoin = true;
        joinPos = 0;
        int h = join.halfFrames();
        left = 2L * h;
        if (h == 0) return;
        Timeline.Piece l = timeline.pieces().get(join.index());
        Timeline.Piece r = timeline.pieces().get(join.index() + 1);
        if (mixA.length == 0 || mixA[0].length < 2 * h) {
            mixA = new float[channels][2 * h];
            mixB = new float[channels][2 * h];
        }
        readForJoin(l, l.sourceEnd() - h, mixA, 2 * h);
        readForJoin(r, r.sourceStart() - h, mixB, 2 * h);
        Crossfades.mix(mixA, mixB, 2 * h, join.shape());
    }

    private void readForJoin(Timeline.Piece p, long start, float[][] into, int n) throws IOException {
        if (p.roomTone()) {
            tone(p, into, 0, n, start);
            return;
        }
        cursor.seek(start);
        cursor.read(into, 0, n);
        envelope.apply(into, 0, n, start);
    }

    /** A pause's room tone at its own positions; each pause its own noise, so two pauses never sound alike. */
    private void tone(Timeline.Piece p, float[][] into, int off, int n, long position) {
        ShapedNoise noise = pauseNoise.computeIfAbsent(p.toneSeed(), roomTone::noiseFor);
        for (int c = 0; c < channels; c++) noise.read(c, position, into[c], off, n);
    }

    @Override
    public BitRate bitRate() {
        return BitRate.pcm(format.sampleRate(), 32, channels);
    }

    /** Times the source was opened so far; tests check that a forward-only render opens it once. */
    long sourceOpens() {
        return cursor.opens();
    }

    @Override
    public void close() throws IOException {
        cursor.close();
    }
}
