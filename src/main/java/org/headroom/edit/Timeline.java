package org.headroom.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.headroom.meter.Decibels;

/**
 * What an edit list does to one source, in frames: the pieces of source that play one after
 * another, the crossfade at each join, the gain regions, the fades and the effects. Built by
 * {@link #build}; pure data, so the editor can draw it and the renderer can stream it.
 *
 * <p>The effects run in a fixed order whatever order they were added in, like a channel strip,
 * so an edit list always means the same programme; {@link Renderer.Stage} is that order and says why.
 */
public final class Timeline {

    /**
     * A stretch of source [sourceStart, sourceEnd) that plays from {@code outputStart}; inserted if
     * pasted. A {@link Edit.Pause}'s room tone is a piece too, inserted, with {@code toneSeed} ≥ 0:
     * it plays room tone for its length, and its source range is only where it was anchored.
     */
    public record Piece(long sourceStart, long sourceEnd, long outputStart, boolean inserted, long toneSeed) {
        public Piece(long sourceStart, long sourceEnd, long outputStart, boolean inserted) {
            this(sourceStart, sourceEnd, outputStart, inserted, -1);
        }

        public long length() {
            return sourceEnd - sourceStart;
        }

        /** True for a pause's room tone, which plays none of the source. */
        public boolean roomTone() {
            return toneSeed >= 0;
        }
    }

    /**
     * The join after piece {@code index}: a crossfade of 2·halfFrames centred on output frame
     * {@code outputFrame}; halfFrames 0 where the pieces are contiguous in the source (a split)
     * or where there is no material to overlap.
     */
    public record Join(int index, long outputFrame, int halfFrames, FadeShape shape) {
    }

    /**
     * A source range whose material is scaled by {@code gain} (0 = silence), ramped over
     * {@code rampFrames} inside it; with {@code fill} the silence holds room tone instead.
     */
    public record Region(long sourceStart, long sourceEnd, double gain, int rampFrames, boolean fill) {
        public Region(long sourceStart, long sourceEnd, double gain, int rampFrames) {
            this(sourceStart, sourceEnd, gain, rampFrames, false);
        }
    }

    /**
     * A layer placed on the programme: it starts at output frame {@code outputStart} (where its
     * source time {@code at} plays now) and, looped, stops at {@code outputUntil} (-1 when it
     * plays once).
     */
    public record LayerSpan(Edit.Layer layer, int editIndex, long outputStart, long outputUntil) {
    }

    /** A fade over {@code frames} output frames; frames 0 = none. */
    public record Fade(long frames, FadeShape shape) {
    }

    private final int sampleRate;
    private final long sourceFrames;
    private final List<Piece> pieces;
    private final List<Join> joins;
    private final List<Region> regions;
    private final long frames;
    private final double gainDb;
    private final Fade fadeIn;
    private final Fade fadeOut;
    private final Edit.HighPass highPass;
    private final Edit.HumNotch humNotch;
    private final Edit normalise;
    private final List<LayerSpan> layers;
    private final long[] roomTone;

    private Timeline(Builder b) {
        this.sampleRate = b.rate;
        this.sourceFrames = b.n;
        this.pieces = List.copyOf(b.pieces);
        this.joins = List.copyOf(b.joins);
        this.regions = List.copyOf(b.regions);
        this.frames = b.total;
        this.gainDb = b.gainDb;
        this.fadeIn = b.fadeIn;
        this.fadeOut = b.fadeOut;
        this.highPass = b.list.last(Edit.HighPass.class);
        this.humNotch = b.list.last(Edit.HumNotch.class);
        this.normalise = b.normalise;
        this.layers = List.copyOf(b.layers);
        this.roomTone = b.roomTone;
    }

    /**
     * @throws EdlException when an edit does not fit this source (a cut that starts past its end,
     *         a range whose ends cross once counted from the end) or nothing is left
     */
    public static Timeline build(int sampleRate, long sourceFrames, EditList list) throws EdlException {
        return new Timeline(new Builder(sampleRate, sourceFrames, list).build());
    }

    public int sampleRate() {
        return sampleRate;
    }

    public long sourceFrames() {
        return sourceFrames;
    }

    /** Output length in frames: the pieces' lengths added (crossfades overlap handles, not pieces). */
    public long frames() {
        return frames;
    }

    public List<Piece> pieces() {
        return pieces;
    }

    public List<Join> joins() {
        return joins;
    }

    public List<Region> regions() {
        return regions;
    }

    /** Whole-programme gain in dB (every whole-programme gain edit added). */
    public double gainDb() {
        return gainDb;
    }

    public Fade fadeIn() {
        return fadeIn;
    }

    public Fade fadeOut() {
        return fadeOut;
    }

    /** The newest high-pass, or null. */
    public Edit.HighPass highPass() {
        return highPass;
    }

    /** The newest hum notch, or null. */
    public Edit.HumNotch humNotch() {
        return humNotch;
    }

    /** The newest {@link Edit.NormalisePeak} or {@link Edit.NormaliseLoudness}, or null. */
    public Edit normalise() {
        return normalise;
    }

    /** The layers, in edit-list order. */
    public List<LayerSpan> layers() {
        return layers;
    }

    /** The newest {@link Edit.RoomTone} as source frames [start, end), or null (the quietest second then). */
    public long[] roomToneRange() {
        return roomTone == null ? null : roomTone.clone();
    }

    /** Whether something plays room tone: a filled silence or a pause. */
    public boolean needsRoomTone() {
        return regions.stream().anyMatch(Region::fill) || pieces.stream().anyMatch(Piece::roomTone);
    }

    /** The source frame that plays at output frame {@code outputFrame} (the editor maps clicks with it). */
    public long toSource(long outputFrame) {
        for (Piece p : pieces) {
            if (outputFrame < p.outputStart() + p.length()) return p.sourceStart() + Math.max(0, outputFrame - p.outputStart());
        }
        Piece last = pieces.get(pieces.size() - 1);
        return last.sourceEnd();
    }

    /** True when the audio passes untouched: the output is the source, bit for bit. */
    public boolean isIdentity() {
        return pieces.size() == 1 && pieces.get(0).sourceStart() == 0 && pieces.get(0).sourceEnd() == sourceFrames
                && regions.isEmpty() && gainDb == 0 && fadeIn.frames() == 0 && fadeOut.frames() == 0
                && highPass == null && humNotch == null && normalise == null && layers.isEmpty();
    }

    // ---- Effects and clean-up (issue 12): the source ranges of eq and reverb, in the programme ----

    /** [start, end) of the source in frames, checked as every edit's range is (negative counts back from the end). */
    static long[] sourceRange(int rate, long sourceFrames, String where, double start, double end) throws EdlException {
        return new Builder(rate, sourceFrames, EditList.EMPTY).range(where, start, end);
    }

    /** Where source frames [from, to) play in the programme: one output range per piece holding some of them, in order. */
    List<long[]> toProgramme(long from, long to) {
        List<long[]> out = new ArrayList<>();
        for (Piece p : pieces) {
            long s = Math.max(from, p.sourceStart());
            long e = Math.min(to, p.sourceEnd());
            if (e > s) out.add(new long[] {p.outputStart() + s - p.sourceStart(), p.outputStart() + e - p.sourceStart()});
        }
        out.sort(java.util.Comparator.comparingLong(r -> r[0]));
        return out;
    }

    private static final class Builder {
        final int rate;
        final long n;
        final EditList list;
        final List<Piece> pieces = new ArrayList<>();
        final List<Join> joins = new ArrayList<>();
        final List<Region> regions = new ArrayList<>();
        long total;
        double gainDb;
        Fade fadeIn = new Fade(0, FadeShape.LINEAR);
        Fade fadeOut = new Fade(0, FadeShape.LINEAR);
        Edit normalise;
        final List<LayerSpan> layers = new ArrayList<>();
        long[] roomTone;

        Builder(int rate, long n, EditList list) {
            this.rate = rate;
            this.n = n;
            this.list = list;
        }

        Builder build() throws EdlException {
            List<long[]> kept = new ArrayList<>();
            kept.add(new long[] {0, n});
            List<long[]> splits = new ArrayList<>();
            List<Item> inserts = new ArrayList<>();
            for (int i = 0; i < list.edits().size(); i++) {
                Edit e = list.edits().get(i);
                String where = "edit " + (i + 1) + " (" + e.op() + "): ";
                if (e instanceof Edit.Cut c) {
                    long[] r = range(where, c.start(), c.end());
                    kept = subtract(kept, r);
                } else if (e instanceof Edit.Trim t) {
                    long[] r = range(where, t.start(), t.end());
                    kept = intersect(kept, r);
                } else if (e instanceof Edit.Split s) {
                    splits.add(new long[] {start(where, "at", s.at())});
                } else if (e instanceof Edit.Silence s) {
                    long[] r = range(where, s.start(), s.end());
                    regions.add(new Region(r[0], r[1], 0.0, ramp(r), s.fill() == Edit.Silence.Fill.ROOM_TONE));
                } else if (e instanceof Edit.Gain g) {
                    if (g.whole()) {
                        gainDb += g.db();
                    } else {
                        long[] r = range(where, g.start(), g.end());
                        regions.add(new Region(r[0], r[1], Decibels.toAmplitude(g.db()), ramp(r)));
                    }
                } else if (e instanceof Edit.Insert ins) {
                    long from = start(where, "from", ins.from());
                    long to = Math.min(n, notPastEnd(where, "to", frame(ins.to()), ins.to()));
                    inserts.add(new Item(Math.min(n, notPastEnd(where, "at", frame(ins.at()), ins.at())), from, to, true, i, -1));
                } else if (e instanceof Edit.FadeIn f) {
                    fadeIn = new Fade(frame(f.length()), f.shape());
                } else if (e instanceof Edit.FadeOut f) {
                    fadeOut = new Fade(frame(f.length()), f.shape());
                } else if (e instanceof Edit.NormalisePeak || e instanceof Edit.NormaliseLoudness) {
                    normalise = e;
                } else {
                    mixing(where, e, i, inserts);
                }
            }
            layOut(kept, splits, inserts);
            if (total == 0) throw new EdlException("the edits leave nothing of the source to play");
            placeLayers();
            fadeIn = new Fade(Math.min(fadeIn.frames(), total), fadeIn.shape());
            fadeOut = new Fade(Math.min(fadeOut.frames(), total), fadeOut.shape());
            makeJoins();
            return this;
        }

        // ---- mixing (issue 12, slice D1) ----
        private final List<PendingLayer> pendingLayers = new ArrayList<>();

        private void mixing(String where, Edit e, int i, List<Item> inserts) throws EdlException {
            if (e instanceof Edit.RoomTone r) {
                roomTone = range(where, r.start(), r.end());
            } else if (e instanceof Edit.Pause p) {
                long at = start(where, "at", p.at());
                inserts.add(new Item(at, at, at + Math.max(1, frame(p.length())), true, i, i));
            } else if (e instanceof Edit.Layer l) {
                long at = start(where, "at", l.at());
                long until = -1;
                if (l.loop()) {
                    until = start(where, "until", l.until());
                    if (until <= at) throw new EdlException(where + "until " + l.until() + " is not after at " + l.at());
                }
                pendingLayers.add(new PendingLayer(l, i, at, until));
            }
        }

        /** Each layer's source times to where they play now: a layer follows the material it was laid on. */
        private void placeLayers() {
            for (PendingLayer p : pendingLayers) {
                long start = outputOf(p.at());
                long end = p.until() < 0 ? -1 : Math.max(start, outputOf(p.until()));
                layers.add(new LayerSpan(p.layer(), p.index(), start, end));
            }
        }

        /** Where source frame {@code f} plays in the main material, or where it would have (the join) if it was cut. */
        private long outputOf(long f) {
            Piece next = null;
            for (Piece p : pieces) {
                if (p.inserted()) continue;
                if (f >= p.sourceStart() && f < p.sourceEnd()) return p.outputStart() + f - p.sourceStart();
                if (p.sourceStart() >= f && (next == null || p.sourceStart() < next.sourceStart())) next = p;
            }
            return next == null ? total : next.outputStart();
        }
        // ---- end of mixing ----

        /** Main pieces (split at splits and insert anchors) and pasted clips, sorted into playing order. */
        private void layOut(List<long[]> kept, List<long[]> splits, List<Item> inserts) {
            List<Long> cutsAt = new ArrayList<>();
            for (long[] s : splits) cutsAt.add(s[0]);
            for (Item ins : inserts) cutsAt.add(ins.key);
            List<Item> items = new ArrayList<>();
            for (long[] k : kept) {
                long s = k[0];
                List<Long> inside = cutsAt.stream().filter(f -> f > k[0] && f < k[1]).sorted().distinct().toList();
                for (long f : inside) {
                    items.add(new Item(s, s, f, false, -1, -1));
                    s = f;
                }
                items.add(new Item(s, s, k[1], false, -1, -1));
            }
            items.addAll(inserts);
            // inserts go before main material that starts at their anchor; several at one anchor play in edit order
            items.sort(Comparator.comparingLong((Item it) -> it.key).thenComparing(it -> !it.inserted)
                    .thenComparingInt(it -> it.order));
            long out = 0;
            for (Item it : items) {
                if (it.to <= it.from) continue;
                pieces.add(new Piece(it.from, it.to, out, it.inserted, it.toneSeed));
                out += it.to - it.from;
            }
            total = out;
        }

        private void makeJoins() {
            long defaultHalf = Math.round(list.crossfadeMs() * rate / 1000.0) / 2;
            long tolerance = Math.max(1, rate / 1000);
            List<Edit.Crossfade> overrides = list.all(Edit.Crossfade.class);
            for (int k = 0; k + 1 < pieces.size(); k++) {
                Piece l = pieces.get(k);
                Piece r = pieces.get(k + 1);
                long half = defaultHalf;
                FadeShape shape = list.crossfadeShape();
                for (Edit.Crossfade c : overrides) {
                    long at = frame(c.at());
                    if (Math.abs(at - l.sourceEnd()) <= tolerance || Math.abs(at - r.sourceStart()) <= tolerance) {
                        half = Math.round(c.ms() * rate / 1000.0) / 2;
                        shape = c.shape();
                    }
                }
                boolean tone = l.roomTone() || r.roomTone();
                if (!tone && l.sourceEnd() == r.sourceStart()) half = 0; // contiguous: nothing to hide
                // the overlap needs material past the left piece and before the right one (room
                // tone has no end), and two crossfades on one piece must not overlap each other
                if (!l.roomTone()) half = Math.min(half, n - l.sourceEnd());
                if (!r.roomTone()) half = Math.min(half, r.sourceStart());
                half = Math.min(half, Math.min(l.length() / 2, r.length() / 2));
                joins.add(new Join(k, r.outputStart(), (int) Math.max(0, half), shape));
            }
        }

        private int ramp(long[] r) {
            long ramp = Math.round(list.crossfadeMs() * rate / 1000.0);
            return (int) Math.min(ramp, (r[1] - r[0]) / 2);
        }

        /**
         * How far past the source's end an end time may fall and still mean "the end": an edit
         * list written to the millisecond, or a lossy source that decodes a few samples shorter
         * than the one the list was made on.
         */
        static final double END_SLACK_SECONDS = 0.001;

        long frame(double seconds) {
            return Math.round(seconds * rate);
        }

        /** A time that must fall inside the source; negative counts back from the end. */
        long start(String where, String name, double t) throws EdlException {
            long f = t < 0 ? n + frame(t) : frame(t);
            if (f > n || f < 0) {
                throw new EdlException(where + name + " " + t + " is outside the source (" + seconds(n) + " s long)");
            }
            return f;
        }

        /**
         * The end of a stretch: inside the source, or at most {@link #END_SLACK_SECONDS} past its
         * end (then the end itself). Clamping any further would quietly turn "cut 5 to 50 s" on a
         * 9.8 s source into "cut to the end", which is not what the list says.
         */
        long end(String where, String name, double t) throws EdlException {
            return Math.min(n, notPastEnd(where, name, t < 0 ? n + frame(t) : frame(t), t));
        }

        private long notPastEnd(String where, String name, long f, double t) throws EdlException {
            if (f > n + Math.round(END_SLACK_SECONDS * rate)) {
                throw new EdlException(where + name + " " + t + " is past the end of the source (" + seconds(n) + " s long)");
            }
            return f;
        }

        long[] range(String where, double start, double end) throws EdlException {
            long s = start(where, "start", start);
            long e = end(where, "end", end);
            if (e <= s) {
                throw new EdlException(where + "end " + end + " (" + seconds(e) + " s) is not after start " + start
                        + " in a source " + seconds(n) + " s long");
            }
            return new long[] {s, e};
        }

        String seconds(long frames) {
            return String.format(java.util.Locale.ROOT, "%.3f", (double) frames / rate);
        }

        static List<long[]> subtract(List<long[]> kept, long[] cut) {
            List<long[]> out = new ArrayList<>();
            for (long[] k : kept) {
                if (cut[1] <= k[0] || cut[0] >= k[1]) {
                    out.add(k);
                    continue;
                }
                if (cut[0] > k[0]) out.add(new long[] {k[0], cut[0]});
                if (cut[1] < k[1]) out.add(new long[] {cut[1], k[1]});
            }
            return out;
        }

        static List<long[]> intersect(List<long[]> kept, long[] range) {
            List<long[]> out = new ArrayList<>();
            for (long[] k : kept) {
                long s = Math.max(k[0], range[0]);
                long e = Math.min(k[1], range[1]);
                if (e > s) out.add(new long[] {s, e});
            }
            return out;
        }
    }

    /** A layer's source frames before the pieces are laid out: {@code until} -1 without a loop. */
    private record PendingLayer(Edit.Layer layer, int index, long at, long until) {
    }

    /** A piece before sorting: its sort key (source start, or an insert's anchor) and where it came from. */
    private record Item(long key, long from, long to, boolean inserted, int order, long toneSeed) {
    }
}
