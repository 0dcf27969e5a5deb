package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's arithmetic between the edited programme and the source, without a window. */
class ProgrammeMapTest {
    private static final int RATE = 1000;

    private static ProgrammeMap map(Edit... edits) throws EdlException {
        return new ProgrammeMap(Timeline.build(RATE, 10 * RATE, EditList.of(edits)));
    }

    @Test
    void aCutOnTheProgrammeRemovesExactlyTheSelectedFrames() {
        qt().withExamples(200).forAll(integers().between(0, 8000), integers().between(1, 3000), integers().between(0, 6000),
                integers().between(1, 2000)).checkAssert((firstStart, firstLength, from, length) -> {
                    try {
                        // a cut inside the source: one past its end is refused (issue 11, point 11)
                        Edit first = new Edit.Cut(firstStart / (double) RATE, Math.min(firstStart + firstLength, 10 * RATE) / (double) RATE);
                        ProgrammeMap m = map(first);
                        long to = Math.min(m.frames(), (long) from + length);
                        java.util.List<Edit> all = new java.util.ArrayList<>(List.of(first));
                        all.addAll(m.cuts(from, to));
                        ProgrammeMap after = new ProgrammeMap(Timeline.build(RATE, 10 * RATE, EditList.EMPTY.withEdits(all)));
                        assertEquals(m.frames() - (to - from), after.frames());
                        if (to < m.frames()) assertEquals(m.toSource(to), after.toSource(from), "what followed the selection now plays where it began");
                    } catch (EdlException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void outputAndSourceMapBothWaysAroundACut() throws Exception {
        ProgrammeMap m = map(new Edit.Cut(2, 3));
        assertEquals(9 * RATE, m.frames());
        assertEquals(1500, m.toOutput(1500));
        assertEquals(-1, m.toOutput(2500), "cut material plays nowhere");
        assertEquals(2000, m.toOutput(3000));
        assertEquals(3000, m.toSource(2000));
        var segs = m.segments(1500, 2500);
        assertEquals(2, segs.size());
        assertEquals(1500, segs.get(0).sourceStart());
        assertEquals(3000, segs.get(1).sourceStart());
        var ranges = m.sourceRanges(1500, 2500);
        assertEquals(1.5, ranges.get(0)[0]);
        assertEquals(2.0, ranges.get(0)[1]);
        assertEquals(3.0, ranges.get(1)[0]);
        assertEquals(3.5, ranges.get(1)[1]);
    }

    @Test
    void theEnvelopeFollowsGainSilenceAndFades() throws Exception {
        ProgrammeMap m = map(new Edit.Gain(-6.0206), new Edit.Silence(5, 6), new Edit.FadeIn(1, FadeShape.LINEAR));
        assertEquals(0, m.gainAt(0), 1e-9);
        assertEquals(0.25, m.gainAt(500), 1e-3);
        assertEquals(0.5, m.gainAt(3000), 1e-3);
        assertEquals(0, m.gainAt(5500), 1e-9);
        assertTrue(m.gainAt(9999) > 0.49);
    }
}
