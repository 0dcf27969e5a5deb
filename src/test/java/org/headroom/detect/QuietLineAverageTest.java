package org.headroom.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuietLineAverageTest {
    /** Exact: sums of a few doubles. */
    private static final double EXACT = 1e-12;

    @Test
    void averagesTheLinesOfTheSpectraWithinTheWindowOfTheQuietest() {
        QuietLineAverage q = new QuietLineAverage(2, 2.0);
        add(q, -50, 9.0, true);   // loud: pushed out once quieter spectra arrive
        add(q, -60, 1.0, true);   // the quietest
        add(q, -58.5, 3.0, false); // 1.5 dB above it: in
        add(q, -57.5, 7.0, true); // 2.5 dB above it: out
        assertEquals(2, q.spectra());
        assertEquals(2.0, q.meanPower(1), EXACT);
        assertEquals(0.5, q.standingShare(1), EXACT);
        assertEquals(0.0, q.meanPower(0), EXACT, "a line never added");
    }

    @Test
    void aMuchQuieterSpectrumReplacesAllBefore() {
        QuietLineAverage q = new QuietLineAverage(1, 2.0);
        for (int i = 0; i < 100; i++) add0(q, -40 - 0.01 * i, 5.0);
        assertEquals(100, q.spectra());
        add0(q, -80, 0.25);
        assertEquals(1, q.spectra());
        assertEquals(0.25, q.meanPower(0), EXACT);
    }

    @Test
    void nothingOpenedMeansNothingMeasured() {
        QuietLineAverage q = new QuietLineAverage(1, 2.0);
        assertEquals(0, q.spectra());
        assertEquals(0.0, q.meanPower(0), EXACT);
        assertEquals(0.0, q.standingShare(0), EXACT);
    }

    @Test
    void digitalSilenceIsTheQuietestWithoutOverflowing() {
        QuietLineAverage q = new QuietLineAverage(1, 2.0);
        add0(q, -60, 1.0);
        add0(q, Double.NEGATIVE_INFINITY, 0.0);
        assertEquals(1, q.spectra());
        add0(q, -60, 1.0);
        assertEquals(1, q.spectra(), "-60 dB is far above silence");
    }

    private static void add(QuietLineAverage q, double levelDb, double power, boolean standsOut) {
        int slot = q.open(levelDb);
        if (slot >= 0) q.add(slot, 1, power, standsOut);
    }

    private static void add0(QuietLineAverage q, double levelDb, double power) {
        int slot = q.open(levelDb);
        if (slot >= 0) q.add(slot, 0, power, true);
    }
}
