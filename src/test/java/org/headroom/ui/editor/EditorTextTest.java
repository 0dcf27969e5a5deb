package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.headroom.analysis.TimeFormat;
import org.headroom.edit.Edit;
import org.headroom.edit.EditList;
import org.headroom.edit.FadeShape;
import org.headroom.edit.ProgrammeMap;
import org.headroom.edit.Timeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor's words without a window: a finding's message in programme time after a cut, an
 * edit as a row of the Applied list read from the record alone, and where a typed relative
 * name in the open dialog may point.
 */
class EditorTextTest {
    private static final int RATE = 48000;
    private TimeFormat before;

    @BeforeEach
    void millis() {
        before = TimeDisplay.current();
        TimeDisplay.choose(TimeFormat.MILLISECONDS);
    }

    @AfterEach
    void restore() {
        TimeDisplay.choose(before);
    }

    private static ProgrammeMap map(Edit... edits) throws Exception {
        return new ProgrammeMap(Timeline.build(RATE, 20L * RATE, EditList.of(edits).withCrossfade(0, FadeShape.LINEAR)));
    }

    @Test
    void aMessageAfterACutReadsInProgrammeTime() throws Exception {
        ProgrammeMap cut = map(new Edit.Cut(5.0, 6.5));
        // issue 11's example: the list said 0:00:07.540 while the message kept "(at 0:00:09.040)"
        assertEquals("Quietest moment (at 0:00:07.540), hum from 0:00:00.000 to 0:00:18.500",
                ProgrammeText.of("Quietest moment (at 0:00:09.040), hum from 0:00:00.000 to 0:00:20.000", cut, RATE));
        assertEquals("clipped between 0:00:05.000 (cut) and 0:00:05.000 (cut)",
                ProgrammeText.of("clipped between 0:00:05.200 and 0:00:06.100", cut, RATE),
                "a time that was cut reads as the join that replaced it, and says so");
        assertEquals("no times here", ProgrammeText.of("no times here", cut, RATE));
    }

    @Test
    void withoutEditsAMessageIsUnchanged() throws Exception {
        String m = "Mains hum (50 Hz at -52 dBFS) from 0:00:00.000 to 0:00:09.823";
        assertEquals(m, ProgrammeText.of(m, map(), RATE));
    }

    @Test
    void anAppliedRowIsTheOpAndItsSetFields() {
        assertEquals("humNotch  hz 50 \u00b7 harmonics 4 \u00b7 q 30", EditText.of(new Edit.HumNotch(50, 4, 30)));
        assertEquals("gain  db \u22123", EditText.of(new Edit.Gain(-3)), "a whole-programme gain has no range to show");
        assertEquals("gain  db 2.5 \u00b7 start 0:00:01.000 \u00b7 end 0:00:02.250", EditText.of(new Edit.Gain(2.5, 1.0, 2.25)));
        assertEquals("cut  start 0:01:05.000 \u00b7 end 0:01:07.500", EditText.of(new Edit.Cut(65, 67.5)));
        assertEquals("fadeIn  length 0.4 \u00b7 shape s-curve", EditText.of(new Edit.FadeIn(0.4, FadeShape.S_CURVE)));
        assertEquals("normalisePeak  dbfs \u22121 \u00b7 truePeak", EditText.of(new Edit.NormalisePeak(-1, true)));
        assertEquals("normalisePeak  dbfs \u22121", EditText.of(new Edit.NormalisePeak(-1, false)), "a flag that is off is not shown");
        assertEquals("cut  start end \u2212 0:00:00.500 \u00b7 end end \u2212 0:00:00.100", EditText.of(new Edit.Cut(-0.5, -0.1)),
                "negative times count back from the end");
    }

    /** The Applied list reads any op from its record components: an op that is not a record would show as its toString. */
    @Test
    void everyKindOfEditIsARecordSoTheAppliedListNeedsNoCodePerOp() {
        for (Class<?> kind : Edit.class.getPermittedSubclasses()) {
            assertTrue(kind.isRecord(), kind.getSimpleName() + " is not a record: the Applied list cannot read its fields");
        }
    }

    @Test
    void aRelativeNameIsTriedInTheShownFolderThenInTheWorkingDirectory() {
        Path shown = Path.of("/home/someone/Recordings");
        File chosen = shown.resolve("testdata/x.wav").toFile(); // what the chooser makes of "testdata/x.wav"
        List<Path> c = OpenPath.candidates(chosen, shown.toFile(), Path.of("/work/project"));
        assertEquals(List.of(Path.of("/home/someone/Recordings/testdata/x.wav"), Path.of("/work/project/testdata/x.wav")), c);
        assertEquals(List.of(Path.of("/tmp/y.wav")), OpenPath.candidates(new File("/tmp/y.wav"), shown.toFile(), Path.of("/work/project")),
                "a name outside the shown folder was typed as a full path: only that");
    }
}
