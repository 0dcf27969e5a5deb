package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.headroom.analysis.Report;
import org.headroom.edit.EditList;
import org.headroom.edit.Edit;
import org.headroom.edit.ProgrammeMap;
import org.headroom.edit.Timeline;
import org.junit.jupiter.api.Test;

/** Clip events become clip runs a listener would call one, and follow the edits. */
class MarkTest {
    private static final int RATE = 48000;

    private static Report report(Report.ClipEventInfo... events) {
        return new Report("x.wav", null, null, null, new Report.Clipping("3+ samples", 99, List.of(events)), null, List.of(), Map.of(), null);
    }

    private static Report.ClipEventInfo event(int channel, long start, long length) {
        return new Report.ClipEventInfo(channel, start, start / (double) RATE, length, Report.Polarity.POSITIVE);
    }

    @Test
    void eventsOfBothChannelsCloseTogetherAreOneRun() {
        List<Mark> marks = Mark.of(report(event(0, 1000, 5), event(1, 1200, 5), event(0, 3000, 10), event(1, 100_000, 4)), RATE);
        assertEquals(2, marks.size());
        assertEquals(1000, marks.get(0).start());
        assertEquals(3010, marks.get(0).end());
        assertEquals(100_000, marks.get(1).start());
    }

    @Test
    void aRunThatWasCutLeavesTheProgrammeAndOneAfterACutMovesUp() throws Exception {
        List<Mark> marks = Mark.of(report(event(0, RATE, 100), event(0, 3 * RATE, 100)), RATE);
        ProgrammeMap map = new ProgrammeMap(Timeline.build(RATE, 10 * RATE, EditList.of(new Edit.Cut(0.5, 2))));
        assertNull(marks.get(0).on(map));
        assertEquals(3 * RATE - (long) (1.5 * RATE), marks.get(1).on(map)[0]);
    }

    @Test
    void theHeadlineIsTheMessageUpToItsFirstColon() {
        assertEquals("Mains hum (50 Hz)", Mark.headline("Mains hum (50 Hz): move the cable"));
        assertEquals("No colon here", Mark.headline("No colon here"));
    }

    @Test
    void afterEffectsTheDamageStaysFromTheSourceUnlessSilencedAndTheRestIsWhatTheEffectsLeft() {
        Mark clip = new Mark(org.headroom.detect.FindingKind.CLIPPING, 4 * RATE, 5 * RATE, "Clipping", "Clipping");
        Mark dropout = new Mark(org.headroom.detect.FindingKind.DROPOUT, 8 * RATE, 8 * RATE + 100, "Dropout", "Dropout");
        Mark hum = new Mark(org.headroom.detect.FindingKind.HUM, 0, 10 * RATE, "Mains hum", "Mains hum");
        Mark noise = new Mark(org.headroom.detect.FindingKind.NOISE, 0, 10 * RATE, "Noise", "Noise");
        Mark ringing = new Mark(org.headroom.detect.FindingKind.CLIPPING, 4 * RATE, 4 * RATE + 10, "Clipping", "Clipping");
        EditList notch = EditList.of(new Edit.HumNotch(50, 4, 30));
        assertEquals(List.of(noise, clip, dropout), Mark.afterEffects(List.of(noise, ringing), List.of(clip, dropout), notch, RATE, 10L * RATE),
                "the notch took the hum; the filtered audio's own idea of clipping is not used, the source's is");
        EditList silenced = EditList.of(new Edit.HumNotch(50, 4, 30), new Edit.Silence(3.5, 5.5));
        assertEquals(List.of(noise, dropout), Mark.afterEffects(List.of(noise), List.of(clip, dropout), silenced, RATE, 10L * RATE),
                "silencing the clipped stretch removes its clipping");
        assertEquals(List.of(noise, dropout), Mark.afterEffects(List.of(noise), List.of(clip, dropout),
                EditList.of(new Edit.Silence(-6.5, -4.5)), RATE, 10L * RATE), "a silence counted from the end covers it too");
    }
}
