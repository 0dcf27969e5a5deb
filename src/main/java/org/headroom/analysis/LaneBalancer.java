package org.headroom.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits consumers over lanes so the busiest lane does as little as possible: the costliest
 * consumer first, each to the lane with the least work so far (the longest-processing-time
 * rule, within 4/3 of the best split). Before any cost is known, consumers alternate lanes in
 * the order given.
 */
final class LaneBalancer {
    private LaneBalancer() {
    }

    static void assign(List<BlockPipeline.TimedConsumer> consumers, List<BlockPipeline.Lane> lanes) {
        List<BlockPipeline.TimedConsumer> order = new ArrayList<>(consumers);
        order.sort(Comparator.comparingLong((BlockPipeline.TimedConsumer c) -> c.nanos).reversed()); // stable: ties keep the given order
        long[] load = new long[lanes.size()];
        List<List<BlockPipeline.TimedConsumer>> groups = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) groups.add(new ArrayList<>());
        int next = 0;
        for (BlockPipeline.TimedConsumer c : order) {
            int best = 0;
            if (c.nanos == 0) {
                best = next++ % lanes.size();
            } else {
                for (int i = 1; i < load.length; i++) if (load[i] < load[best]) best = i;
            }
            load[best] += c.nanos;
            groups.get(best).add(c);
        }
        for (int i = 0; i < lanes.size(); i++) lanes.get(i).consumers = List.copyOf(groups.get(i));
        for (BlockPipeline.TimedConsumer c : consumers) c.nanos = 0; // the next split judges the next stretch
    }
}
