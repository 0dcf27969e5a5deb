package org.headroom.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;

/**
 * Gives each finding of a live take a stable id across snapshots, so a stream can say it once
 * and then only what changed. Snapshots re-issue findings as they grow: a clip burst gets a
 * later end, a dropout merges with the click beside it (and may change its rule), the quietest
 * moment behind a NOISE finding moves. A finding is the same one as before when it has the same
 * kind and channel and its stretch overlaps or starts where the earlier one did; a whole-take
 * finding (noise floor, SNR, hiss, provenance) is one per kind and channel wherever it points.
 *
 * <p>Changes are offered at most once per {@code updateEvery} frames of take time for each id,
 * so a finding that grows with every block is not a line per poll ({@link #settling} instead
 * offers a change only once the finding has stopped changing for that long: for a person
 * reading a terminal); {@link #flush} hands over whatever is still pending, at the end of the take.
 *
 * <p>A finding given out that no later snapshot holds any more (a level judged too quiet that
 * has since come up, a burst merged into the one before it) is withdrawn at once: a
 * {@link Event#WITHDRAW} change with its id and its last state. Pure and single-threaded.
 */
public final class FindingTracker {
    /** Findings about the take as a whole: their extent is "so far", so a longer take is not news. */
    private static final Set<FindingKind> WHOLE_TAKE = EnumSet.of(FindingKind.NOISE, FindingKind.LOW_SNR,
            FindingKind.HISS, FindingKind.FAKE_BIT_DEPTH, FindingKind.UPSAMPLED);

    /** What happened to a finding. */
    public enum Event { NEW, UPDATE, WITHDRAW }

    /** A finding seen for the first time, a later state of one already given out, or its withdrawal (with its last state). */
    public record Change(int id, Event event, Finding finding) {
        public boolean isNew() {
            return event == Event.NEW;
        }

        public boolean isWithdrawn() {
            return event == Event.WITHDRAW;
        }
    }

    private static final class Tracked {
        final int id;
        Finding given;
        Finding latest;
        long givenAt;
        long changedAt;

        Tracked(int id, Finding f, long at) {
            this.id = id;
            this.given = f;
            this.latest = f;
            this.givenAt = at;
            this.changedAt = at;
        }
    }

    private final long updateEvery;
    private final boolean settle;
    private final List<Tracked> tracked = new ArrayList<>();
    /** The last snapshot's findings and whom each was matched to: an unchanged finding (the same object) is not matched again. */
    private List<Finding> lastSnapshot;
    private final java.util.IdentityHashMap<Finding, Tracked> lastMatch = new java.util.IdentityHashMap<>();
    private int nextId = 1;

    /** @param updateEvery the least take time, in frames, between two updates of one finding */
    public FindingTracker(long updateEvery) {
        this(updateEvery, false);
    }

    private FindingTracker(long updateEvery, boolean settle) {
        this.updateEvery = updateEvery;
        this.settle = settle;
    }

    /**
     * A tracker that offers a change only when the finding has not changed for {@code quietFrames}
     * of take time: a clip burst is told when it starts and once more with its final count, a
     * hum that lasts the whole take only at the end.
     */
    public static FindingTracker settling(long quietFrames) {
        return new FindingTracker(quietFrames, true);
    }

    /**
     * Takes the findings of a snapshot taken at frame {@code now}; returns the new ones (with
     * fresh ids, in the snapshot's order) and the changed ones whose update is due.
     */
    public List<Change> accept(List<Finding> snapshot, long now) {
        List<Change> out = new ArrayList<>();
        if (snapshot == lastSnapshot) { // nothing new: only updates that have come due
            for (Tracked t : tracked) {
                if (t.given != t.latest && changed(t) && now - (settle ? t.changedAt : t.givenAt) >= updateEvery) out.add(give(t, now));
            }
            return out;
        }
        // the same object as in the last snapshot is the same finding; the rest are matched, exact
        // starts first, so a loose overlap cannot take the one a later finding is exactly
        Set<Tracked> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Tracked[] match = new Tracked[snapshot.size()];
        for (int i = 0; i < match.length; i++) {
            Tracked t = lastMatch.get(snapshot.get(i));
            if (t != null && taken.add(t)) match[i] = t;
        }
        for (boolean exact : new boolean[] {true, false}) {
            for (int i = 0; i < match.length; i++) {
                if (match[i] != null) continue;
                match[i] = match(snapshot.get(i), taken, exact);
                if (match[i] != null) taken.add(match[i]);
            }
        }
        for (java.util.Iterator<Tracked> it = tracked.iterator(); it.hasNext(); ) {
            Tracked t = it.next();
            if (taken.contains(t)) continue;
            it.remove();
            out.add(new Change(t.id, Event.WITHDRAW, t.latest));
        }
        List<Tracked> fresh = new ArrayList<>();
        lastMatch.clear();
        for (int i = 0; i < match.length; i++) {
            Finding f = snapshot.get(i);
            if (match[i] == null) {
                Tracked t = new Tracked(nextId++, f, now);
                fresh.add(t);
                match[i] = t;
                out.add(new Change(t.id, Event.NEW, f));
            } else {
                if (match[i].latest != f && differs(match[i].latest, f)) match[i].changedAt = now;
                match[i].latest = f;
            }
            lastMatch.put(f, match[i]);
        }
        for (Tracked t : tracked) {
            if (t.given != t.latest && changed(t) && now - (settle ? t.changedAt : t.givenAt) >= updateEvery) out.add(give(t, now));
        }
        tracked.addAll(fresh);
        lastSnapshot = snapshot;
        return out;
    }

    /** Every change not yet given out, whether or not it is due: the take has ended. */
    public List<Change> flush(long now) {
        List<Change> out = new ArrayList<>();
        for (Tracked t : tracked) {
            if (changed(t)) out.add(give(t, now));
        }
        return out;
    }

    /** An id for a one-off line that is never updated (a disk warning), from the same sequence. */
    public int issueId() {
        return nextId++;
    }

    /** The id given to a finding like {@code f} (as {@link #accept} would match it), or 0 if none. */
    public int idOf(Finding f) {
        Tracked t = match(f, Set.of(), true);
        if (t == null) t = match(f, Set.of(), false);
        return t == null ? 0 : t.id;
    }

    private Change give(Tracked t, long now) {
        t.given = t.latest;
        t.givenAt = now;
        return new Change(t.id, Event.UPDATE, t.latest);
    }

    private Tracked match(Finding f, Set<Tracked> taken, boolean exact) {
        for (Tracked t : tracked) {
            if (taken.contains(t)) continue;
            Finding g = t.latest;
            if (g.kind() != f.kind() || g.channel() != f.channel()) continue;
            boolean overlaps = f.startFrame() <= g.endFrame() && f.endFrame() >= g.startFrame();
            if (exact ? g.startFrame() == f.startFrame() : overlaps || WHOLE_TAKE.contains(f.kind())) return t;
        }
        return null;
    }

    /** Whether the latest state says something the given one did not, as the JSON would print it. */
    private static boolean changed(Tracked t) {
        return differs(t.given, t.latest);
    }

    private static boolean differs(Finding a, Finding b) {
        boolean extent = a.startFrame() != b.startFrame() || (!WHOLE_TAKE.contains(b.kind()) && a.endFrame() != b.endFrame());
        return extent || a.severity() != b.severity() || !Objects.equals(a.rule(), b.rule())
                || Math.round(a.value() * 100) != Math.round(b.value() * 100) || !Objects.equals(a.message(), b.message());
    }
}
