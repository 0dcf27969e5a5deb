package org.headroom.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges several sources' findings into one ordered list for a live reader that asks four times a
 * second all day, and hands back the very same list object while no source's findings changed.
 * A source that returns the same list object as last time (the detectors with long lists keep
 * theirs) costs one comparison; a short list built afresh is compared by value. Readers downstream
 * (the live session's snapshot, the finding tracker, the window's QC log) then skip their work by
 * identity, so a day's hundreds of findings are not re-sorted and re-matched on every poll.
 * Single-threaded.
 */
public final class FindingsMerge {
    private final Comparator<Finding> order;
    private List<List<Finding>> lastParts = List.of();
    private List<Finding> merged;

    public FindingsMerge(Comparator<Finding> order) {
        this.order = order;
    }

    /** The parts' findings in order, stable for equal keys; the previous result itself when every part is unchanged. */
    public List<Finding> of(List<List<Finding>> parts) {
        boolean same = merged != null && parts.size() == lastParts.size();
        List<List<Finding>> kept = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            List<Finding> part = parts.get(i);
            List<Finding> old = i < lastParts.size() ? lastParts.get(i) : null;
            if (part == old || (old != null && part.size() == old.size() && part.equals(old))) {
                part = old;
            } else {
                same = false;
            }
            kept.add(part);
        }
        lastParts = kept;
        if (same) return merged;
        List<Finding> all = new ArrayList<>();
        kept.forEach(all::addAll);
        all.sort(order);
        merged = List.copyOf(all);
        return merged;
    }
}
