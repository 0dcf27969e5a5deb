package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.headroom.audio.MemorySource;
import org.junit.jupiter.api.Test;

/** Listening to a source for a set time: the same figures as measuring those samples, no more, no fewer. */
class LocationListeningTest {
    private static final int RATE = 16_000;

    @Test
    void hearsExactlyTheAskedTimeAndMeasuresItAsAFile() throws Exception {
        float[] take = Recordings.room(RATE, 0.5, 3, true, 25, 3); // 30 s
        List<double[]> heard = new ArrayList<>();
        Location l = new LocationListening(MemorySource.of(RATE, take), 12, AdvicePresetsTest.noiseCriteria())
                .listen(1.0, (s, peak) -> heard.add(new double[] {s, peak}), () -> false);
        Location file = Recordings.measure(RATE, Arrays.copyOf(take, 12 * RATE));
        assertEquals(12.0, l.seconds(), 1e-9, "stops at the time asked, though the source goes on");
        // same samples, 100 ms blocks instead of 4096 frames: only float rounding may differ
        assertEquals(file.noiseFloorDbfs().orElseThrow(), l.noiseFloorDbfs().orElseThrow(), 0.01);
        assertEquals(file.snrDb().orElseThrow(), l.snrDb().orElseThrow(), 0.01);
        assertEquals(120, heard.size(), "told after every 100 ms block");
        assertEquals(12.0, heard.get(heard.size() - 1)[0], 1e-9);
        for (int i = 1; i < heard.size(); i++) assertTrue(heard.get(i)[0] > heard.get(i - 1)[0]);
        // the clap at 3 s peaks at −6 dBFS before the room, the room tone alone is far below
        assertTrue(heard.get(30)[1] > -12 && heard.get(5)[1] < -30, heard.get(30)[1] + " / " + heard.get(5)[1]);
    }

    @Test
    void stoppingAbandonsTheListening() {
        float[] take = Recordings.room(RATE, 0.5, 3, false, 25, 4);
        int[] blocks = {0};
        assertThrows(CancellationException.class, () -> new LocationListening(MemorySource.of(RATE, take), 20, AdvicePresetsTest.noiseCriteria())
                .listen(1.0, (s, p) -> blocks[0]++, () -> blocks[0] >= 5));
        assertEquals(5, blocks[0], "stops between blocks, at once");
    }

    @Test
    void onlyTenToThirtySeconds() {
        MemorySource s = MemorySource.of(RATE, new float[RATE]);
        assertThrows(IllegalArgumentException.class, () -> new LocationListening(s, 9, AdvicePresetsTest.noiseCriteria()));
        assertThrows(IllegalArgumentException.class, () -> new LocationListening(s, 31, AdvicePresetsTest.noiseCriteria()));
        assertEquals("listen for 10 to 30 seconds, not 9.5", LocationListening.secondsProblem(9.5));
        assertEquals("Quiet, please: room tone", LocationListening.cue(4.9));
        assertTrue(LocationListening.cue(5.0).startsWith("Now talk"));
    }
}
