package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The overrun bookkeeping LineSource does before each read, driven by a made-up clock. */
class LineSourceOverrunTest {
    private static final int RATE = 48000;
    private static final int BUFFER = 24000;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBufferWithRoomIsNoOverrun() {
        OverrunCounter counter = new OverrunCounter(BUFFER, RATE);
        counter.start(0);
        assertFalse(counter.observe(BUFFER - 100, 0, SECOND / 2));
        assertEquals(0, counter.overruns());
        assertEquals(0, counter.droppedFramesEstimate());
    }

    @Test
    void aFullBufferCountsAndTheClockSaysHowMuchWasLost() {
        OverrunCounter counter = new OverrunCounter(BUFFER, RATE);
        counter.start(0);
        // 2 s in, 0.5 s read, 0.5 s waiting: 1 s of frames went nowhere.
        assertTrue(counter.observe(BUFFER, 24000, 2 * SECOND));
        assertEquals(1, counter.overruns());
        assertEquals(48000, counter.droppedFramesEstimate());
        // Read the buffer out (48000 read in all) and stall for 0.75 s: full again, 0.25 s more lost.
        assertFalse(counter.observe(BUFFER / 2, 36000, 2 * SECOND + SECOND / 100));
        assertTrue(counter.observe(BUFFER, 48000, 2 * SECOND + 3 * SECOND / 4));
        assertEquals(2, counter.overruns());
        assertEquals(48000 + 12000, counter.droppedFramesEstimate());
    }

    @Test
    void aLineOneFrameShortOfFullIsFull() {
        // What the ALSA pulse plugin reports for a full line.
        OverrunCounter counter = new OverrunCounter(BUFFER, RATE);
        counter.start(0);
        assertTrue(counter.observe(BUFFER - 1, 0, SECOND));
    }

    @Test
    void staysFullWhileDrainingCountsOnce() {
        OverrunCounter counter = new OverrunCounter(BUFFER, RATE);
        counter.start(0);
        assertTrue(counter.observe(BUFFER, 24000, 2 * SECOND));
        assertFalse(counter.observe(BUFFER, 28800, 2 * SECOND + SECOND / 1000));
        assertFalse(counter.observe(BUFFER, 33600, 2 * SECOND + SECOND / 500));
        assertEquals(1, counter.overruns());
    }

    @Test
    void aClockBehindTheDeviceNeverMakesTheEstimateNegative() {
        OverrunCounter counter = new OverrunCounter(BUFFER, RATE);
        counter.start(0);
        assertTrue(counter.observe(BUFFER, 100_000, SECOND));
        assertEquals(1, counter.overruns());
        assertEquals(0, counter.droppedFramesEstimate());
    }
}
