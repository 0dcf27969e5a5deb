package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.headroom.audio.MemorySource;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/**
 * Everything the monitor window shows comes from the session's snapshot: both PPM types, the
 * spectrum with its bin width, the block arrival time; and the block listeners the advisor and
 * the RT60 watch hang on the session.
 */
class LivePipelineTest {
    private static final int RATE = 48000;
    private static final AnalysisSettings SETTINGS = new AnalysisSettings(3, 0.0, null, -1.0);
    /**
     * IEC 60268-10: a burst of 5 ms reads 2 dB under steady state on a Type I meter (its
     * integration time) and about 4 dB under on Type IIa (BBC curve). PpmBallisticsTest holds
     * the meters to 0.5 dB at the integration point and 1 dB on the curve; the same here.
     */
    private static final double TYPE_I_TOLERANCE_DB = 0.5;
    private static final double TYPE_IIA_TOLERANCE_DB = 1.0;
    /** Hann window: a sine between two bins reads up to 1.42 dB low (scalloping). */
    private static final double SCALLOPING_DB = 1.5;

    private static LiveSnapshot runToEnd(float[]... take) throws Exception {
        try (LiveSession live = new LiveSession(MemorySource.of(RATE, take), SETTINGS, 1.0, 20.0).withDisplayMeters()) {
            live.start();
            assertTrue(live.awaitEnd(10_000));
            return live.latest();
        }
    }

    @Test
    void theSnapshotCarriesBothPpmTypesFromOneSession() throws Exception {
        // half a second of silence, then a 5 ms 5 kHz burst at -6 dBFS that ends the take: the
        // last snapshot is read just as the burst ends, where the burst curve is defined
        float[] burst = TestSignals.concat(new float[RATE / 2], TestSignals.sine(RATE, 0.005, 5000, -6));
        LiveSnapshot.ChannelMeters m = runToEnd(burst).channels().get(0);
        assertEquals(-6 - 2.0, m.ppmTypeIDbfs(), TYPE_I_TOLERANCE_DB, "Type I: 5 ms is its integration time");
        assertEquals(-6 - 4.0, m.ppmTypeIIaDbfs(), TYPE_IIA_TOLERANCE_DB, "Type IIa: a 5 ms burst reads 4 dB down");
    }

    @Test
    void theSnapshotCarriesTheSpectrumWithItsBinWidth() throws Exception {
        double hz = 1000;
        LiveSnapshot s = runToEnd(TestSignals.sine(RATE, 2, hz, -20), TestSignals.sine(RATE, 2, hz, -20));
        LiveSnapshot.Spectrum spectrum = s.spectrum();
        assertNotNull(spectrum, "two seconds make many spectra");
        assertEquals(RATE / 4096.0, spectrum.binHz(), 1e-12);
        int bin = (int) Math.round(hz / spectrum.binHz());
        float peak = Float.NEGATIVE_INFINITY;
        for (int k = bin - 2; k <= bin + 2; k++) peak = Math.max(peak, spectrum.db(k));
        assertEquals(-20.0, peak, SCALLOPING_DB, "a -20 dBFS sine reads -20 in its bin");
        assertTrue(spectrum.db(bin * 4) < -80, "far from the tone: " + spectrum.db(bin * 4));
    }

    @Test
    void aSessionWithoutDisplayMetersCarriesNone() throws Exception {
        try (LiveSession live = new LiveSession(MemorySource.of(RATE, TestSignals.sine(RATE, 1, 1000, -20)), SETTINGS, 1.0, 20.0)) {
            live.start();
            assertTrue(live.awaitEnd(10_000));
            assertEquals(null, live.latest().spectrum(), "the text monitor pays for no spectrum");
            LiveSnapshot.ChannelMeters m = live.latest().channels().get(0);
            assertTrue(Double.isNaN(m.ppmTypeIDbfs()) && Double.isNaN(m.ppmTypeIIaDbfs()) && Double.isNaN(m.vuDbfs()),
                    "nor for ballistics it does not print");
            assertEquals(-20.0, m.peakDbfs(), 0.01, "the sample peak it prints still runs");
        }
    }

    @Test
    void blockListenersGetEveryBlockUntilTheyLeave() throws Exception {
        float[] take = TestSignals.sine(RATE, 3, 440, -20);
        AtomicLong all = new AtomicLong();
        AtomicInteger blocksOfLeaver = new AtomicInteger();
        try (LiveSession live = new LiveSession(MemorySource.of(RATE, take), SETTINGS, 1.0, 20.0)) {
            live.addListener((block, frames) -> all.addAndGet(frames));
            LiveSession.BlockTap[] leaver = new LiveSession.BlockTap[1];
            leaver[0] = (block, frames) -> {
                // leaves from the capture thread itself after 100 blocks: copy-on-write makes that safe
                if (blocksOfLeaver.incrementAndGet() == 100) live.removeListener(leaver[0]);
            };
            live.addListener(leaver[0]);
            assertEquals(2, live.listenerCount());
            long before = System.nanoTime();
            live.start();
            assertTrue(live.awaitEnd(10_000));
            assertEquals(take.length, all.get(), "a listener sees every frame");
            assertEquals(100, blocksOfLeaver.get(), "nothing after it left");
            assertEquals(1, live.listenerCount());
            long arrival = live.latest().arrivalNanos();
            assertTrue(arrival > before && arrival <= System.nanoTime(), "the last block's arrival time");
        }
    }
}
