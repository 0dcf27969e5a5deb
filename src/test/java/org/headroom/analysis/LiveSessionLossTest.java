package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.MemorySource;
import org.headroom.audio.SourceFormat;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/** Audio lost on the way in (overruns) or out (a full recording queue) becomes a DROPOUT finding at once. */
class LiveSessionLossTest {
    private static final AnalysisSettings SETTINGS = new AnalysisSettings(3, 0.0, null, -1.0);
    private static final int RATE = 48000;

    /** A source whose buffer "overflows" once, just before the block that starts at 1 s, losing 120 ms. */
    private static final class OverrunningSource implements AudioSource {
        private final AudioSource inner = MemorySource.of(RATE, TestSignals.sine(RATE, 2, 1000, -20));
        private long frames;
        private long overruns;

        @Override
        public SourceFormat format() {
            return inner.format();
        }

        @Override
        public int read(float[][] block) throws IOException {
            if (frames == RATE) overruns = 1;
            int n = inner.read(block);
            frames += n;
            return n;
        }

        @Override
        public long overruns() {
            return overruns;
        }

        @Override
        public long droppedFramesEstimate() {
            return overruns * 5760;
        }

        @Override
        public BitRate bitRate() {
            return inner.bitRate();
        }

        @Override
        public void close() throws IOException {
            inner.close();
        }
    }

    @Test
    void anOverrunIsADropoutWhereTheGapIs() throws Exception {
        try (LiveSession live = new LiveSession(new OverrunningSource(), SETTINGS, 1, 20)) {
            live.start();
            assertTrue(live.awaitEnd(10_000));
            List<Finding> dropouts = dropouts(live.latest().findings());
            assertEquals(1, dropouts.size(), live.latest().findings().toString());
            Finding f = dropouts.get(0);
            assertEquals(1.0, f.startSeconds(), 1e-9);
            assertEquals(120.0, f.value(), 1e-9, "milliseconds lost");
            assertEquals(1, live.latest().overruns());
            assertEquals(1, dropouts(live.report("live").findings()).size(), "and in the report");
        }
    }

    @Test
    void aFullRecordingQueueIsOneDropoutPerStall() throws Exception {
        float[][] take = {TestSignals.sine(RATE, 3, 1000, -20)};
        // the tap "loses" every block from 1.0 s to 1.5 s, then keeps up again
        LiveSession.BlockTap tap = new LiveSession.BlockTap() {
            long seen;
            long lost;

            @Override
            public void offer(float[][] block, int frames) {
                if (seen >= RATE && seen < RATE * 3 / 2) lost += frames;
                seen += frames;
            }

            @Override
            public long lostFrames() {
                return lost;
            }
        };
        try (LiveSession live = new LiveSession(MemorySource.of(RATE, take), SETTINGS, 1, 20)) {
            live.setTap(tap);
            live.start();
            assertTrue(live.awaitEnd(10_000));
            List<Finding> dropouts = dropouts(live.latest().findings());
            assertEquals(1, dropouts.size(), "one stall, one finding: " + dropouts);
            assertEquals(1.0, dropouts.get(0).startSeconds(), 1e-9);
            assertEquals(1.5, dropouts.get(0).endSeconds(), 1e-9);
            assertEquals(500.0, dropouts.get(0).value(), 1e-9);
        }
    }

    private static List<Finding> dropouts(List<Finding> findings) {
        return findings.stream().filter(f -> f.kind() == FindingKind.DROPOUT).toList();
    }
}
