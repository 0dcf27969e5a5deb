package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The dropout rule on a simulated clock: blocks of 4096 frames at 48 kHz (85.3 ms) into a line of
 * four blocks. No sleeping: every time is given.
 */
class UnderrunCounterTest {
    private static final int RATE = 48000;
    private static final int BLOCK = 4096;
    private static final long BLOCK_NANOS = BLOCK * 1_000_000_000L / RATE;
    private static final long MS = 1_000_000;

    @Test
    void aLineKeptFullNeverRunsDry() {
        UnderrunCounter counter = new UnderrunCounter(RATE, 4 * BLOCK);
        long t = 0;
        for (int write = 0; write < 4; write++) { // filling: writes return at once
            assertFalse(counter.beforeWrite(t));
            counter.afterWrite(BLOCK, t, t);
            t += MS;
        }
        for (int write = 0; write < 1000; write++) { // full: each write waits a block for room
            assertFalse(counter.beforeWrite(t), "write " + write);
            long returned = t + BLOCK_NANOS - MS;
            counter.afterWrite(BLOCK, t, returned);
            t = returned + 20 * MS; // the next block takes 20 ms to render
        }
        assertEquals(0, counter.underruns());
    }

    @Test
    void blocksThatComeLateAreGaps() {
        UnderrunCounter counter = new UnderrunCounter(RATE, 4 * BLOCK);
        long t = 0;
        counter.beforeWrite(t);
        counter.afterWrite(BLOCK, t, t + 50 * MS); // waited for room: the line is full and playing
        t += 50 * MS;
        int late = 0;
        for (int write = 0; write < 10; write++) {
            t += 250 * MS; // a block every 250 ms, each 85 ms long: the line's 341 ms run out after two
            if (counter.beforeWrite(t)) late++;
            counter.afterWrite(BLOCK, t, t);
        }
        assertEquals(late, counter.underruns());
        assertTrue(late >= 8, "ran dry " + late + " times");
    }

    @Test
    void aSlowStartIsLatencyNotAGap() {
        UnderrunCounter counter = new UnderrunCounter(RATE, 4 * BLOCK);
        long t = 0;
        for (int write = 0; write < 4; write++) {
            assertFalse(counter.beforeWrite(t), "the line has not started playing: it waits to be full");
            counter.afterWrite(BLOCK, t, t);
            t += 500 * MS;
        }
    }

    @Test
    void aLineNeedsARateAndABuffer() {
        assertThrows(IllegalArgumentException.class, () -> new UnderrunCounter(RATE, 0));
        assertThrows(IllegalArgumentException.class, () -> new UnderrunCounter(0, BLOCK));
    }
}
