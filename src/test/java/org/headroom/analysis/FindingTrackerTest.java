package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.detect.Severity;
import org.junit.jupiter.api.Test;

/** Growing, merging and wandering findings keep one id; changes come at most once per interval, the rest at the flush. */
class FindingTrackerTest {
    private static final int R = 48_000;
    private static final long EVERY = 2L * R;

    private static Finding clip(int channel, double start, double end, int samples) {
        return Finding.at(FindingKind.CLIPPING, Severity.ERROR, channel, (long) (start * R), (long) (end * R), R, samples,
                "3+ samples at full scale", "clipped " + samples);
    }

    private static Finding noise(double quietest, double floor) {
        return Finding.at(FindingKind.NOISE, Severity.WARNING, Finding.ALL_CHANNELS, (long) (quietest * R),
                (long) ((quietest + 0.5) * R), R, floor, "noise floor above -60 dBFS", "quietest at " + quietest);
    }

    @Test
    void aGrowingClipBurstIsNewOnceThenUpdatedNoMoreOftenThanTheInterval() {
        FindingTracker t = new FindingTracker(EVERY);
        List<FindingTracker.Change> first = t.accept(List.of(clip(0, 1.0, 1.01, 10)), R);
        assertEquals(1, first.size());
        assertTrue(first.get(0).isNew());
        int id = first.get(0).id();
        assertEquals(List.of(), t.accept(List.of(clip(0, 1.0, 1.3, 40)), R + R / 10), "grown, but the update is not due");
        assertEquals(List.of(), t.accept(List.of(clip(0, 1.0, 1.6, 70)), 2 * R), "still within 2 s of the first line");
        List<FindingTracker.Change> due = t.accept(List.of(clip(0, 1.0, 1.6, 70)), R + EVERY);
        assertEquals(1, due.size());
        assertFalse(due.get(0).isNew());
        assertEquals(id, due.get(0).id());
        assertEquals((long) (1.6 * R), due.get(0).finding().endFrame(), "the update carries the latest extent");
        assertEquals(List.of(), t.accept(List.of(clip(0, 1.0, 1.6, 70)), 10L * R), "unchanged: nothing more to say");
        assertEquals(List.of(), t.flush(10L * R));
    }

    @Test
    void aSecondBurstOrAnotherChannelIsAFindingOfItsOwn() {
        FindingTracker t = new FindingTracker(EVERY);
        t.accept(List.of(clip(0, 1.0, 1.1, 10)), R);
        List<FindingTracker.Change> c = t.accept(List.of(clip(0, 1.0, 1.1, 10), clip(1, 1.0, 1.1, 10), clip(0, 3.0, 3.1, 5)), 3L * R);
        assertEquals(2, c.size());
        assertTrue(c.stream().allMatch(FindingTracker.Change::isNew));
        assertEquals(List.of(2, 3), c.stream().map(FindingTracker.Change::id).toList());
    }

    @Test
    void theNoiseFindingKeepsItsIdWhereverTheQuietestMomentMoves() {
        FindingTracker t = new FindingTracker(EVERY);
        int id = t.accept(List.of(noise(1.0, -50.0)), R).get(0).id();
        assertEquals(List.of(), t.accept(List.of(noise(7.0, -52.0)), 2L * R), "moved far, but one NOISE finding per take");
        List<FindingTracker.Change> due = t.accept(List.of(noise(12.0, -53.0)), 3L * R + 1);
        assertEquals(1, due.size());
        assertEquals(id, due.get(0).id());
        assertFalse(due.get(0).isNew());
    }

    @Test
    void aDropoutThatMergesAndChangesItsRuleIsTheSameFinding() {
        FindingTracker t = new FindingTracker(EVERY);
        Finding click = Finding.at(FindingKind.DROPOUT, Severity.ERROR, 0, 1000, 1001, R, 1, "a click", "click");
        Finding zeros = Finding.at(FindingKind.DROPOUT, Severity.ERROR, 0, 990, 1500, R, 510, "a run of zeros", "zeros");
        int id = t.accept(List.of(click), 1000).get(0).id();
        assertEquals(List.of(), t.accept(List.of(zeros), 2000));
        List<FindingTracker.Change> end = t.flush(3000);
        assertEquals(1, end.size(), "the flush gives what was pending, however recent");
        assertEquals(id, end.get(0).id());
        assertEquals("a run of zeros", end.get(0).finding().rule());
        assertEquals(id, t.idOf(zeros), "the summary finds the same id");
    }

    @Test
    void aWholeTakeFindingDoesNotUpdateJustBecauseTheTakeGotLonger() {
        FindingTracker t = new FindingTracker(EVERY);
        Finding snr = Finding.at(FindingKind.LOW_SNR, Severity.WARNING, Finding.ALL_CHANNELS, 0, R, R, 12.0, "snr below 20 dB", "12 dB");
        Finding later = Finding.at(FindingKind.LOW_SNR, Severity.WARNING, Finding.ALL_CHANNELS, 0, 60L * R, R, 12.001, "snr below 20 dB", "12 dB");
        t.accept(List.of(snr), R);
        assertEquals(List.of(), t.accept(List.of(later), 60L * R), "same value to the hundredth, longer take: not news");
        assertEquals(List.of(), t.flush(60L * R));
        Finding worse = Finding.at(FindingKind.LOW_SNR, Severity.ERROR, Finding.ALL_CHANNELS, 0, 61L * R, R, 8.0, "snr below 20 dB", "8 dB");
        assertEquals(1, t.accept(List.of(worse), 61L * R).size(), "a new severity is");
    }

    /** A finding no snapshot holds any more is withdrawn once, at once, with its id; a later one like it is new. */
    @Test
    void aFindingThatStopsBeingTrueIsWithdrawn() {
        FindingTracker t = new FindingTracker(EVERY);
        int id = t.accept(List.of(noise(1.0, -50.0), clip(0, 1.0, 1.1, 10)), R).get(0).id();
        List<FindingTracker.Change> gone = t.accept(List.of(clip(0, 1.0, 1.1, 10)), R + 1);
        assertEquals(1, gone.size());
        assertTrue(gone.get(0).isWithdrawn());
        assertEquals(id, gone.get(0).id());
        assertEquals(FindingKind.NOISE, gone.get(0).finding().kind());
        assertEquals(0, t.idOf(noise(1.0, -50.0)), "the summary no longer names it");
        assertEquals(List.of(), t.accept(List.of(clip(0, 1.0, 1.1, 10)), R + 2), "withdrawn once");
        List<FindingTracker.Change> back = t.accept(List.of(noise(3.0, -50.0), clip(0, 1.0, 1.1, 10)), R + 3);
        assertTrue(back.get(0).isNew());
        assertTrue(back.get(0).id() > id);
    }

    /** Settling: the alarm at once, then the state only once it has stopped changing for the interval. */
    @Test
    void aSettlingTrackerGivesTheFinalStateOnceTheBurstIsOver() {
        FindingTracker t = FindingTracker.settling(EVERY);
        assertTrue(t.accept(List.of(clip(0, 1.0, 1.01, 2)), R).get(0).isNew());
        // grows for three seconds: never settled, so nothing, even past the interval
        for (int k = 1; k <= 6; k++) assertEquals(List.of(), t.accept(List.of(clip(0, 1.0, 1.0 + k * 0.5, 2 + k)), R + k * R / 2));
        assertEquals(List.of(), t.accept(List.of(clip(0, 1.0, 4.0, 8)), 5L * R), "unchanged for 1 s only");
        List<FindingTracker.Change> settled = t.accept(List.of(clip(0, 1.0, 4.0, 8)), 6L * R);
        assertEquals(1, settled.size());
        assertEquals(8.0, settled.get(0).finding().value());
        assertEquals(List.of(), t.accept(List.of(clip(0, 1.0, 4.0, 8)), 9L * R));
    }
}
