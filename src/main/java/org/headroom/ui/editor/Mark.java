package org.headroom.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.headroom.analysis.Report;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.edit.ProgrammeMap;

/**
 * Something the engine found, placed on the source's timeline: a clip run (events of all
 * channels within {@value #MERGE_MS} ms of each other, as a listener hears one distortion) or a
 * region finding such as hum. {@link #on} places it on the edited programme, so the list and the
 * red marks follow every cut.
 *
 * @param kind  what it is
 * @param start source frame where it starts
 * @param end   source frame where it ends (exclusive)
 * @param text  one line for the list: the finding's headline
 * @param detail the whole explanation, for the tooltip
 */
record Mark(FindingKind kind, long start, long end, String text, String detail) {
    static final int MERGE_MS = 50;

    boolean isClip() {
        return kind == FindingKind.CLIPPING;
    }

    /** Clip runs from the report's clip events, then the findings that cover a stretch of time. */
    static List<Mark> of(Report report, int rate) {
        List<Mark> out = new ArrayList<>();
        if (report.clipping() != null) {
            List<Report.ClipEventInfo> events = new ArrayList<>(report.clipping().events());
            events.sort(Comparator.comparingLong(Report.ClipEventInfo::startFrame));
            long gap = (long) MERGE_MS * rate / 1000;
            long s = -1;
            long e = -1;
            int count = 0;
            for (Report.ClipEventInfo ev : events) {
                long end = ev.startFrame() + ev.lengthSamples();
                if (s >= 0 && ev.startFrame() > e + gap) {
                    out.add(clip(s, e, count, rate));
                    s = -1;
                    count = 0;
                }
                if (s < 0) {
                    s = ev.startFrame();
                    e = end;
                }
                e = Math.max(e, end);
                count++;
            }
            if (s >= 0) out.add(clip(s, e, count, rate));
        }
        for (Finding f : report.findings()) {
            if (f.kind() == FindingKind.CLIPPING || f.endFrame() <= f.startFrame()) continue;
            if (!List.of(FindingKind.HUM, FindingKind.NOISE, FindingKind.LOW_SNR, FindingKind.WIND, FindingKind.HISS,
                    FindingKind.DROPOUT, FindingKind.SILENCE, FindingKind.TRUE_PEAK_OVER).contains(f.kind())) continue;
            out.add(new Mark(f.kind(), f.startFrame(), f.endFrame(), headline(f.message()), f.message()));
        }
        return out;
    }

    private static Mark clip(long s, long e, int events, int rate) {
        String text = String.format(java.util.Locale.ROOT, "Clipping: %d run%s of full-scale samples over %.0f ms",
                events, events == 1 ? "" : "s", (e - s) * 1000.0 / rate);
        return new Mark(FindingKind.CLIPPING, s, e, text, text);
    }

    /**
     * Damage in the recording itself: clipped tops and dropped-out samples. An effect does not
     * repair it (a filter rounds the flat tops and rings into the gap, so an analysis of the
     * filtered audio no longer sees it, yet it is still heard); only cutting or silencing the
     * material does.
     */
    boolean isDamage() {
        return kind == FindingKind.CLIPPING || kind == FindingKind.DROPOUT;
    }

    /**
     * The findings after effects: what the analysis of the source through the effects found,
     * except damage, which comes from the source's own analysis and stays unless a silence of
     * the effects covers it wholly.
     *
     * @param effected     marks from the source analysed through {@code sound}
     * @param sourceDamage the damage marks of the source analysed as it is
     * @param sound        the effects ({@link org.headroom.edit.SoundEdits})
     */
    static List<Mark> afterEffects(List<Mark> effected, List<Mark> sourceDamage, org.headroom.edit.EditList sound, int rate,
                                   long sourceFrames) {
        List<Mark> out = new ArrayList<>();
        for (Mark m : effected) if (!m.isDamage()) out.add(m);
        List<org.headroom.edit.Edit.Silence> silences = sound.all(org.headroom.edit.Edit.Silence.class);
        for (Mark m : sourceDamage) {
            boolean silenced = false;
            for (var q : silences) {
                long a = frame(q.start(), rate, sourceFrames);
                long b = frame(q.end(), rate, sourceFrames);
                silenced |= a <= m.start() && m.end() <= b;
            }
            if (!silenced) out.add(m);
        }
        return out;
    }

    /** Seconds on the source to a frame; a negative time counts back from the end, as in the edit list. */
    private static long frame(double seconds, int rate, long sourceFrames) {
        long f = Math.round(Math.abs(seconds) * rate);
        return seconds < 0 ? sourceFrames - f : f;
    }

    /** The finding's message up to its first colon: what it is, not yet what to do about it. */
    static String headline(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 ? message.substring(0, colon) : message;
    }

    /** Where the mark plays in the edited programme, or null when all of it was cut. */
    long[] on(ProgrammeMap map) {
        long first = -1;
        long last = -1;
        // the ends may be cut while the middle plays: look at the pieces, not just the two ends
        for (var p : map.timeline().pieces()) {
            if (p.roomTone()) continue; // a pause plays none of the source
            long s = Math.max(start, p.sourceStart());
            long e = Math.min(end, p.sourceEnd());
            if (e <= s) continue;
            long os = p.outputStart() + s - p.sourceStart();
            long oe = p.outputStart() + e - p.sourceStart();
            first = first < 0 ? os : Math.min(first, os);
            last = Math.max(last, oe);
        }
        return first < 0 ? null : new long[] {first, last};
    }
}
