package org.headroom.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * One channel's clipped runs gathered into passages (runs closer than a gap are one passage),
 * built as the runs close, so every count is exact however many runs there are. The first
 * {@code maxListed} passages are kept for findings; the rest are only counted, together, so
 * memory stays bounded on a recording that clips all day.
 */
final class ClipPassages {
    /** Rule bits: the level rule (full-scale codes, threshold, flat top) and the lossy-decode plateau rule. */
    static final int LEVEL_RULE = 1;
    static final int PLATEAU_RULE = 2;

    /** A passage: where it starts and ends, how many runs and clipped samples it holds, which rules fired in it. */
    record Passage(long start, long end, long runs, long samples, int rules) {
        Passage plus(ClipEvent e, int rule) {
            return new Passage(Math.min(start, e.startFrame()), Math.max(end, e.startFrame() + e.lengthSamples()),
                    runs + 1, samples + e.lengthSamples(), rules | rule);
        }

        Passage plus(Passage p) {
            return new Passage(start, p.end, runs + p.runs, samples + p.samples, rules | p.rules);
        }

        static Passage of(ClipEvent e, int rule) {
            return new Passage(e.startFrame(), e.startFrame() + e.lengthSamples(), 1, e.lengthSamples(), rule);
        }
    }

    private final long gapFrames;
    private final int maxListed;
    private final List<Passage> listed = new ArrayList<>();
    private Passage open;
    /** Passages past the listed ones, summed into one; null while there are none. */
    private Passage unlisted;
    private long unlistedPassages;

    ClipPassages(long gapFrames, int maxListed) {
        this.gapFrames = gapFrames;
        this.maxListed = maxListed;
    }

    private ClipPassages(ClipPassages o) {
        this(o.gapFrames, o.maxListed);
        listed.addAll(o.listed);
        open = o.open;
        unlisted = o.unlisted;
        unlistedPassages = o.unlistedPassages;
    }

    /** Adds a run; runs arrive in order of their start within a channel. */
    void add(ClipEvent e, int rule) {
        if (open != null && e.startFrame() - open.end() <= gapFrames) {
            open = open.plus(e, rule);
            return;
        }
        if (open != null) shelve(open);
        open = Passage.of(e, rule);
    }

    private void shelve(Passage p) {
        if (listed.size() < maxListed) {
            listed.add(p);
            return;
        }
        unlisted = unlisted == null ? p : unlisted.plus(p);
        unlistedPassages++;
    }

    /** A copy with a run still open at the end of the stream added, so the live state is left alone. */
    ClipPassages withOpenRun(ClipEvent e, int rule) {
        ClipPassages copy = new ClipPassages(this);
        if (e != null) copy.add(e, rule);
        return copy;
    }

    /** The listed passages, the one still open included when there is room for it. */
    List<Passage> listed() {
        List<Passage> out = new ArrayList<>(listed);
        if (open != null && out.size() < maxListed) out.add(open);
        return out;
    }

    /** The passages past the listed ones summed into one, or null when every passage is listed. */
    Passage unlisted() {
        if (open == null || listed.size() < maxListed) return unlisted;
        return unlisted == null ? open : unlisted.plus(open);
    }

    /** How many passages {@link #unlisted()} sums. */
    long unlistedPassages() {
        return unlistedPassages + (open != null && listed.size() >= maxListed ? 1 : 0);
    }
}
