package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

    private static String text(Report r) throws Exception {
        StringWriter out = new StringWriter();
        new TextReportWriter(out).write(r);
        return out.toString();
    }

    @Test
    void readableReportHasLevelsPerChannelAndTimecodedFindings() throws Exception {
        String t = text(SampleReports.podcast("take1.wav"));
        assertTrue(t.startsWith("take1.wav\n"));
        assertTrue(t.contains("WAV, PCM, 48000 Hz, 24-bit, 2 ch"), t);
        assertTrue(t.contains("0:01:30.000 (4320000 frames)"), t);
        assertTrue(t.contains("ch 1"), t);
        assertTrue(t.contains("-20.25 dBFS"), t);
        assertTrue(t.contains("integrated -16.40 LUFS"), t);
        assertTrue(t.contains("0:00:01.500  ch 1  4 samples  positive"), t);
        assertTrue(t.contains("ERROR   0:00:01.500–0:00:01.500  ch 1  CLIPPING"), t);
        assertTrue(t.contains("hum 50.0 Hz at -71.23 dBFS"), t);
    }

    @Test
    void undefinedShowsAsDashNeverNan() throws Exception {
        String t = text(SampleReports.silent("s.flac"));
        assertTrue(t.contains("integrated — LUFS") || t.contains("integrated —"), t);
        assertFalse(t.contains("NaN"));
        assertFalse(t.contains("Infinity"));
    }

    /** A report whose event list holds only the first events says "the first N of M", and counts M events in its summary line. */
    @Test
    void aPartialClipListSaysFirstNOfM() throws Exception {
        Report base = SampleReports.podcast("clipped.wav");
        java.util.List<Report.ClipEventInfo> listed = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) listed.add(new Report.ClipEventInfo(0, i * 100L, i * 100 / 48000.0, 3, Report.Polarity.POSITIVE));
        Report r = new Report(base.file(), base.format(), base.levels(), base.loudness(),
                new Report.Clipping("3+ consecutive samples at full scale", 36_000, 12_000, listed),
                base.noise(), base.findings(), base.metadata(), base.delivery());
        String t = text(r);
        assertTrue(t.contains("Clipping    12000 events, 36000 samples"), t);
        assertTrue(t.contains("the first 20 of 12000 events; --json lists the first 30"), t);
    }
}
