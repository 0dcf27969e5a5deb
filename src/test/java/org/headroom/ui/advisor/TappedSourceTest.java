package org.headroom.ui.advisor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.headroom.analysis.LiveSession;
import org.headroom.audio.SourceFormat;
import org.junit.jupiter.api.Test;

/** The tap between the monitor's capture thread and Listen…, without a window or a thread of its own. */
class TappedSourceTest {
    private static final int RATE = 48_000;
    private static final int BLOCK = RATE / 100;

    /** A capture that a test drives by hand, block by block. */
    private static final class HandCapture implements MonitorLink.Capture {
        final List<LiveSession.BlockTap> taps = new CopyOnWriteArrayList<>();
        volatile boolean ended;

        @Override
        public String name() {
            return "'hand'";
        }

        @Override
        public SourceFormat format() {
            return SourceFormat.pcm("live", "PCM", RATE, 2, 24, -1);
        }

        @Override
        public void attach(LiveSession.BlockTap tap) {
            taps.add(tap);
        }

        @Override
        public void detach(LiveSession.BlockTap tap) {
            taps.remove(tap);
        }

        @Override
        public boolean ended() {
            return ended;
        }

        /** Hands every tap one block whose samples count up from {@code first}, in the one reused buffer a capture loop has. */
        void feed(float[][] buffer, int first) {
            for (int c = 0; c < buffer.length; c++) {
                for (int i = 0; i < BLOCK; i++) buffer[c][i] = first + i + c * 0.5f;
            }
            for (LiveSession.BlockTap t : taps) t.offer(buffer, BLOCK);
        }
    }

    @Test
    void readsTheCapturedSamplesInOrderAcrossBlockBoundaries() throws IOException {
        HandCapture capture = new HandCapture();
        float[][] buffer = new float[2][BLOCK];
        try (TappedSource s = TappedSource.attach(capture)) {
            assertEquals(1, capture.taps.size());
            for (int k = 0; k < 25; k++) capture.feed(buffer, k * BLOCK);
            float[][] read = new float[2][RATE / 10]; // 100 ms, as LocationListening reads: 10 capture blocks
            for (int r = 0; r < 2; r++) {
                assertEquals(RATE / 10, s.read(read));
                for (int c = 0; c < 2; c++) {
                    for (int i = 0; i < read[c].length; i++) assertEquals(r * RATE / 10 + i + c * 0.5f, read[c][i]);
                }
            }
            assertEquals(-1, s.format().frames(), "a live stream has no known length");
            assertEquals(0, s.overruns());
        }
        assertTrue(capture.taps.isEmpty(), "closing removes the tap");
    }

    @Test
    void aFullQueueDropsBlocksOnTheCaptureThreadAndCountsThem() throws IOException {
        HandCapture capture = new HandCapture();
        float[][] buffer = new float[2][BLOCK];
        try (TappedSource s = TappedSource.attach(capture)) {
            // four seconds of blocks fit; the capture thread must never wait, so three more are dropped
            for (int k = 0; k < 403; k++) capture.feed(buffer, k * BLOCK);
            assertEquals(3, s.overruns());
        }
    }

    @Test
    void anEndedCaptureGivesWhatCameThenOneLine() throws IOException {
        HandCapture capture = new HandCapture();
        float[][] buffer = new float[2][BLOCK];
        try (TappedSource s = TappedSource.attach(capture)) {
            capture.feed(buffer, 0);
            capture.ended = true;
            float[][] read = new float[2][RATE / 10];
            assertEquals(BLOCK, s.read(read), "the block that came before the end is heard");
            assertArrayEquals(java.util.Arrays.copyOf(buffer[0], BLOCK), java.util.Arrays.copyOf(read[0], BLOCK));
            IOException e = assertThrows(IOException.class, () -> s.read(read));
            assertEquals("The monitor's input stopped while listening (it was switched or closed): listen again.", e.getMessage());
        }
    }
}
