package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import org.headroom.audio.MemorySource;
import org.headroom.audio.PacedSource;
import org.headroom.detect.FindingKind;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

class LiveSessionTest {
    private static final AnalysisSettings SETTINGS = new AnalysisSettings(3, 0.0, null, -1.0);

    /** 2 s of a -20 dBFS tone, then 0.2 s of a hard-clipped burst on channel 1 only, then 1 s of tone. */
    private static float[][] takeWithAClip() {
        float[] tone = TestSignals.sine(48000, 2, 1000, -20);
        float[] burst = TestSignals.sine(48000, 0.2, 200, 6);
        for (int i = 0; i < burst.length; i++) burst[i] = Math.max(-1f, Math.min(1f, burst[i]));
        float[] tail = TestSignals.sine(48000, 1, 1000, -20);
        float[] left = TestSignals.concat(tone, burst, tail);
        float[] right = TestSignals.concat(tone, TestSignals.sine(48000, 0.2, 1000, -20), tail);
        return new float[][] {left, right};
    }

    private static LiveSession session(float[][] take) {
        return new LiveSession(MemorySource.of(48000, take), SETTINGS, 1.0, 20.0);
    }

    @Test
    void metersTheWholeSourceAndAgreesWithTheFileReport() throws Exception {
        float[][] take = takeWithAClip();
        AtomicLong tapped = new AtomicLong();
        try (LiveSession live = session(take)) {
            live.setTap((block, frames) -> tapped.addAndGet(frames));
            live.start();
            assertTrue(live.awaitEnd(10_000));
            assertEquals(LiveSession.End.SOURCE_ENDED, live.end());
            LiveSnapshot last = live.latest();
            assertEquals(take[0].length, last.frames());
            assertEquals(take[0].length, tapped.get(), "the recorder tap sees every frame");

            LiveSnapshot.ChannelMeters left = last.channels().get(0);
            LiveSnapshot.ChannelMeters right = last.channels().get(1);
            assertTrue(left.clips() > 0, "the clipped burst lights channel 1");
            assertEquals(0, right.clips(), "channel 2 never clipped");
            assertNull(right.secondsSinceClip());
            // the clip ended 1 s before the end of the take; allow the 10 ms block grid
            assertEquals(1.0, left.secondsSinceClip(), 0.02);
            assertEquals(0.0, left.heldPeakDbfs(), 1e-6, "held peak is full scale");
            // the last 300 ms is the -20 dBFS tone: RMS 3.01 dB under its peak
            assertEquals(-23.01, right.rmsDbfs(), 0.05);

            Report report = live.report("live");
            assertEquals(report.loudness().integratedLufs(), last.integratedLufs(), 1e-9,
                    "the live integrated loudness is the file report's: one code path");
            assertTrue(last.findings().stream().anyMatch(f -> f.kind() == FindingKind.CLIPPING));
        }
    }

    @Test
    void resetClearsOneChannelsClipIndicatorOnTheCaptureThread() throws Exception {
        float[][] take = takeWithAClip();
        float[][] longer = {TestSignals.concat(take[0], TestSignals.sine(48000, 2, 1000, -20)),
                TestSignals.concat(take[1], TestSignals.sine(48000, 2, 1000, -20))};
        // paced, so the reset arrives while the session is still running
        PacedSource paced = new PacedSource(() -> MemorySource.of(48000, longer), false);
        try (LiveSession live = new LiveSession(paced, SETTINGS, 1.0, 20.0)) {
            live.start();
            long deadline = System.currentTimeMillis() + 10_000;
            // wait until the clipped burst is over, so no clip can arrive after the reset
            while (!burstOver(live.latest()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(live.latest().channels().get(0).clips() > 0, "clip indicator lit");
            live.resetClips(0);
            assertTrue(live.awaitEnd(10_000));
            assertEquals(0, live.latest().channels().get(0).clips(), "reset clears the count");
            assertNull(live.latest().channels().get(0).secondsSinceClip());
        }
    }

    @Test
    void aPacedSourceRunsInRealTime() throws IOException, InterruptedException {
        float[][] half = {TestSignals.sine(48000, 0.5, 1000, -20)};
        PacedSource paced = new PacedSource(() -> MemorySource.of(48000, half), false);
        long start = System.nanoTime();
        try (LiveSession live = new LiveSession(paced, SETTINGS, 1.0, 20.0)) {
            live.start();
            assertTrue(live.awaitEnd(5000));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // never faster than the sound card would deliver; generous upper bound for a loaded machine
        assertTrue(seconds >= 0.49 && seconds < 3.0, "took " + seconds + " s for 0.5 s of audio");
    }

    @Test
    void snapshotBeforeAnyAudioIsEmptyButComplete() {
        try (LiveSession live = session(takeWithAClip())) {
            LiveSnapshot first = live.latest();
            assertNotNull(first);
            assertEquals(0, first.frames());
            assertNull(first.momentaryLufs());
            assertEquals(2, first.channels().size());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean burstOver(LiveSnapshot snapshot) {
        Double since = snapshot.channels().get(0).secondsSinceClip();
        return since != null && since > 0.3;
    }
}
