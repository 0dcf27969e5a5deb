package org.headroom.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a yes/no state sampled at successive positions into time ranges: a range opens at the
 * first "yes" and closes after more than {@code maxMisses} "no"s in a row (so one masked glimpse
 * does not split a hum in two); ranges with fewer than {@code minHits} "yes"es are dropped as flukes. At most {@code maxRanges} are kept, so memory stays bounded.
 */
final class RangeTracker {
    record Range(long start, long end, int hits, double valueSum) {
        double meanValue() {
            return valueSum / hits;
        }
    }

    private final int minHits;
    private final int maxMisses;
    private int misses;
    private final int maxRanges;
    private final List<Range> closed = new ArrayList<>();
    private long openStart = -1;
    private long openEnd;
    private int openHits;
    private double openSum;
    private long dropped;

    RangeTracker(int minHits, int maxMisses, int maxRanges) {
        this.minHits = minHits;
        this.maxMisses = maxMisses;
        this.maxRanges = maxRanges;
    }

    /** Records the state for the stretch [start, end). */
    void update(boolean present, long start, long end, double value) {
        if (present) {
            if (openStart < 0) {
                openStart = start;
                openHits = 0;
                openSum = 0;
            }
            openEnd = end;
            openHits++;
            openSum += value;
            misses = 0;
        } else if (openStart >= 0 && ++misses > maxMisses) {
            close();
        }
    }

    private void close() {
        if (openHits >= minHits) {
            if (closed.size() < maxRanges) closed.add(new Range(openStart, openEnd, openHits, openSum));
            else dropped++;
        }
        openStart = -1;
        misses = 0;
    }

    /** Closed ranges plus the open one if it already counts; changes nothing. */
    List<Range> ranges() {
        List<Range> out = new ArrayList<>(closed);
        if (openStart >= 0 && openHits >= minHits && out.size() < maxRanges) {
            out.add(new Range(openStart, openEnd, openHits, openSum));
        }
        return out;
    }

    /**
     * As {@link #ranges()}, but a range still open whose last state was "yes" runs on to {@code now}:
     * the state was seen at the last glimpse and nothing since says it stopped. Without this a
     * range sampled every couple of seconds ends up to a hop before the thing it tracks (a hum to
     * the end of a 9.8 s take ended at 8.17 s).
     */
    List<Range> ranges(long now) {
        List<Range> out = ranges();
        if (out.size() > closed.size() && misses == 0 && now > openEnd) { // the open range is listed last
            Range open = out.remove(out.size() - 1);
            out.add(new Range(open.start(), now, open.hits(), open.valueSum()));
        }
        return out;
    }

    long droppedRanges() {
        return dropped;
    }
}
