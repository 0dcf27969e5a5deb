package org.headroom.edit;

import java.util.ArrayList;
import java.util.List;
import org.headroom.meter.Decibels;

/**
 * The editor's view of a {@link Timeline}: which source frames play at which output frames,
 * which stretch of source a selection on the edited programme covers, and the gain envelope
 * (gain, silence, fades) the waveform is drawn through. Pure, so the window's arithmetic is
 * tested without a window. Normalisation and filters are not in the envelope: their effect is
 * only known after a measuring pass.
 */
public final class ProgrammeMap {
    private final Timeline timeline;
    private final double wholeGain;

    public ProgrammeMap(Timeline timeline) {
        this.timeline = timeline;
        this.wholeGain = Decibels.toAmplitude(timeline.gainDb());
    }

    public Timeline timeline() {
        return timeline;
    }

    public long frames() {
        return timeline.frames();
    }

    /** A stretch of source [sourceStart, sourceStart + length) playing from output frame outputStart. */
    public record Segment(long outputStart, long sourceStart, long length, boolean inserted) {
        public long outputEnd() {
            return outputStart + length;
        }

        public long sourceEnd() {
            return sourceStart + length;
        }
    }

    /** The pieces (or parts of them) that play within output [from, to), in order. */
    public List<Segment> segments(long from, long to) {
        List<Segment> out = new ArrayList<>();
        for (Timeline.Piece p : timeline.pieces()) {
            long ps = p.outputStart();
            long pe = ps + p.length();
            if (pe <= from || ps >= to) continue;
            long s = Math.max(from, ps);
            long e = Math.min(to, pe);
            out.add(new Segment(s, p.sourceStart() + (s - ps), e - s, p.inserted()));
        }
        return out;
    }

    /**
     * The output frame where source frame {@code sourceFrame} plays (the first time, main
     * material before pasted copies), or -1 when it was cut.
     */
    public long toOutput(long sourceFrame) {
        long pasted = -1;
        for (Timeline.Piece p : timeline.pieces()) {
            if (p.roomTone()) continue; // a pause plays none of the source
            if (sourceFrame >= p.sourceStart() && sourceFrame < p.sourceEnd()) {
                long o = p.outputStart() + sourceFrame - p.sourceStart();
                if (!p.inserted()) return o;
                if (pasted < 0) pasted = o;
            }
        }
        return pasted;
    }

    public long toSource(long outputFrame) {
        return timeline.toSource(outputFrame);
    }

    /** Source frames per output join: where a cut was made, for the join markers. */
    public List<Timeline.Join> joins() {
        return timeline.joins();
    }

    /**
     * The gain the programme's frame {@code outputFrame} gets from gain edits, silences and
     * fades (1 = untouched), as drawn; ramps inside gain regions are ignored (a few ms).
     */
    public double gainAt(long outputFrame) {
        for (Timeline.Piece p : timeline.pieces()) {
            // a pause's room tone is drawn as the quiet it is, not as the source at its anchor
            if (p.roomTone() && outputFrame >= p.outputStart() && outputFrame < p.outputStart() + p.length()) return 0;
        }
        double g = wholeGain;
        long src = timeline.toSource(outputFrame);
        for (Timeline.Region r : timeline.regions()) {
            if (src >= r.sourceStart() && src < r.sourceEnd()) g *= r.gain();
        }
        Timeline.Fade in = timeline.fadeIn();
        Timeline.Fade out = timeline.fadeOut();
        if (outputFrame < in.frames()) g *= in.shape().gain((double) outputFrame / in.frames());
        long outStart = timeline.frames() - out.frames();
        if (out.frames() > 0 && outputFrame >= outStart) {
            g *= out.shape().gain((double) (timeline.frames() - 1 - outputFrame) / out.frames());
        }
        return g;
    }

    /**
     * The edits that remove output [from, to) of the programme: one cut per stretch of main
     * material it covers (a selection across a join covers two stretches of source).
     */
    public List<Edit> cuts(long from, long to) {
        List<Edit> out = new ArrayList<>();
        for (double[] r : sourceRanges(from, to)) out.add(new Edit.Cut(r[0], r[1]));
        return out;
    }

    /** Source time ranges (seconds) of the main material under output [from, to). */
    public List<double[]> sourceRanges(long from, long to) {
        double rate = timeline.sampleRate();
        List<double[]> out = new ArrayList<>();
        for (Segment s : segments(from, to)) {
            if (s.inserted()) continue; // a cut does not remove a pasted clip: the edit list has no way to say so
            out.add(new double[] {s.sourceStart() / rate, s.sourceEnd() / rate});
        }
        return out;
    }

    /** Output frames to source seconds, for edits placed at a point (split, paste). */
    public double sourceSeconds(long outputFrame) {
        return timeline.toSource(outputFrame) / (double) timeline.sampleRate();
    }
}
