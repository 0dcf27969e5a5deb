package org.headroom.analysis.soundreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.FileAnalyzer;
import org.headroom.analysis.ProgressListener;
import org.headroom.analysis.Report;
import org.headroom.analysis.SmpteRate;
import org.headroom.audio.Recorder;
import org.headroom.audio.TakeInfo;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each recorder's way of writing a take's metadata, read back field by field through the file reader. */
class TakeMetadataTest {
    @TempDir
    Path dir;

    private static Report read(Path file) throws IOException {
        return new FileAnalyzer().analyze(file, new AnalysisSettings(3, 0, null, -1), ProgressListener.NONE, null);
    }

    private static TakeMetadata meta(Path file) throws IOException {
        Report r = read(file);
        return TakeMetadata.of(r.metadata(), r.format().sampleRate(), r.format().channels());
    }

    @Test
    void soundDevicesTakeReadsFromIxmlFirst() throws IOException {
        // 10:00:00:00 at 23.976 is frame 864 000, each frame 1001/24000 s = 2002 samples at 48 kHz
        long reference = 864_000L * 2002;
        TakeMetadata m = meta(RecorderTakes.soundDevices(dir, "12A_T03.WAV", "12A", "3", reference));
        assertEquals("Harbour Lights", m.project());
        assertEquals("12A", m.scene());
        assertEquals("3", m.take());
        assertTrue(m.circled());
        assertEquals("DAY07", m.tape());
        assertEquals("Plane overhead at the end; café scene", m.notes(), "iXML's UTF-8 note wins over bext's ASCII one");
        assertEquals("2026-12-07", m.date());
        assertEquals(List.of("Mix", "Boom", "Lav Anna"), m.tracks());
        assertEquals(new SmpteRate(24_000, 1001, false), m.rate());
        assertEquals(reference, m.startSample());
        assertEquals("10:00:00:00", m.startTimecode());
        // one second into the take is 24 frames later (23.976 counts 24 labels per timecode second)
        assertEquals("10:00:01:00", m.timecodeAt(2002L * 24, 48_000));
        assertEquals(List.of(), m.flags());
    }

    @Test
    void zoomTakeReadsBextLinesAndDropFrame() throws IOException {
        // 01:00:00;00 drop-frame is frame 107 892; a 29.97 frame is 1601.6 samples, so it starts at sample 172 799 828
        TakeMetadata m = meta(RecorderTakes.zoom(dir, "INT_KITCHEN-T007.WAV", "INT KITCHEN", "007", 172_799_828L));
        assertEquals("INT KITCHEN", m.scene());
        assertEquals("007", m.take());
        assertTrue(m.circled());
        assertEquals("F8N-CARD2", m.tape());
        assertEquals("", m.project());
        assertEquals("door slam at 0:03", m.notes());
        assertEquals(List.of("Lav Ben", "Lav Cleo"), m.tracks());
        assertEquals(new SmpteRate(30_000, 1001, true), m.rate());
        assertEquals("01:00:00;00", m.startTimecode());
        // sample 172 799 827 still belongs to the frame before: 00:59:59;29
        assertEquals("00:59:59;29", new SmpteRate(30_000, 1001, true).label(172_799_827L, 48_000));
    }

    @Test
    void tascamTakeOrdersTracksByChannelIndexAndKeepsFlags() throws IOException {
        long reference = ((13 * 3600 + 30 * 60 + 15) * 25L + 12) * 1920; // 13:30:15:12 at 25 fps, 1920 samples a frame
        TakeMetadata m = meta(RecorderTakes.tascam(dir, "T0042.WAV", "31", "4", reference));
        assertEquals("Ferry", m.project());
        assertEquals("31", m.scene());
        assertEquals("4", m.take());
        assertFalse(m.circled());
        assertEquals("TC-01", m.tape());
        assertEquals("room tone", m.notes());
        assertEquals(List.of("Boom", "Plant"), m.tracks(), "CHANNEL_INDEX 1 is Boom though it is listed second");
        assertEquals(List.of("wild track"), m.flags());
        assertEquals("13:30:15:12", m.startTimecode());
        assertEquals("13:30:16:12", m.timecodeAt(48_000, 48_000));
    }

    @Test
    void headroomsOwnRecordingGivesTimeOfDayWithoutARate() throws Exception {
        Path target = dir.resolve("take.wav");
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 9, 15, 30, 250_000_000);
        try (Recorder r = Recorder.start(target, 48_000, 1, WavWriter.SampleFormat.PCM_24,
                new TakeInfo("", "Headroom", "", "7", "2", "Ünïcode note"), start, 10, 0.5)) {
            float[] speech = TestSignals.speechLike(48_000, 1.0, 3);
            r.offer(new float[][] {speech}, speech.length);
        }
        TakeMetadata m = meta(target);
        assertEquals("7", m.scene());
        assertEquals("2", m.take());
        assertEquals("Ünïcode note", m.notes(), "iXML keeps what bext's ASCII turns into '?'");
        assertEquals("2026-12-07", m.date());
        assertNull(m.rate(), "Headroom writes the time of day, not a timecode rate");
        assertEquals(33_330_250L * 48, m.startSample());
        assertEquals("9:15:30.250", m.startTimecode());
    }

    @Test
    void bextSpeedWordsAndRatiosMapToRates() {
        assertEquals(new SmpteRate(24_000, 1001, false), TakeMetadata.fromDecimal("023.976", false));
        assertEquals(new SmpteRate(30_000, 1001, true), TakeMetadata.fromDecimal("29.97", true));
        assertEquals(new SmpteRate(25, 1, false), TakeMetadata.fromDecimal("25.000", false));
        assertEquals(new SmpteRate(60_000, 1001, true), TakeMetadata.fromRatio("60000/1001", true));
        assertNull(TakeMetadata.fromRatio("25/1", true), "25 fps has no drop-frame; the file's claim is not used");
        assertNull(TakeMetadata.fromDecimal("fast", false));
        Map<String, String> sd = Map.of("bext.description", "sSPEED=029.970-DF\r\n");
        assertEquals(new SmpteRate(30_000, 1001, true), TakeMetadata.of(sd, 48_000, 1).rate());
    }

    @Test
    void dropFrameAt5994SkipsFourLabelsAMinute() {
        SmpteRate df = new SmpteRate(60_000, 1001, true);
        assertEquals("00:00:59;59", df.labelOf(3599));
        assertEquals("00:01:00;04", df.labelOf(3600));
        assertEquals("00:10:00;00", df.labelOf(10 * 60 * 60 - 9 * 4), "nine of ten minutes drop four labels each");
        for (long n = 0; n < 40_000; n += 7) assertEquals(n, df.countOf(df.labelOf(n)), "label " + df.labelOf(n));
    }
}
