package org.headroom.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.headroom.detect.Finding;

/**
 * Picks out the findings not seen before from the snapshots' growing lists. A finding may be
 * re-issued as it grows (a burst of true-peak overs gets a later end), so it is known by where it
 * starts and what it is, and is reported once, when first seen.
 */
final class LiveFindings {
    private final Set<String> seen = new HashSet<>();

    List<Finding> fresh(List<Finding> all) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : all) {
            if (seen.add(f.kind() + "|" + f.channel() + "|" + f.startFrame() + "|" + f.rule())) out.add(f);
        }
        return out;
    }
}
