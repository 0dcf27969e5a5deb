package org.headroom.analysis;

import static org.headroom.analysis.TimeFormat.MILLISECONDS;
import static org.headroom.analysis.TimeFormat.SAMPLES;
import static org.headroom.analysis.TimeFormat.SMPTE_24;
import static org.headroom.analysis.TimeFormat.SMPTE_25;
import static org.headroom.analysis.TimeFormat.SMPTE_2997_DROP;
import static org.headroom.analysis.TimeFormat.SMPTE_30;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** Worked examples for each format, the drop-frame and rounding edges, and print-then-parse round trips. */
class TimeFormatTest {
    private static final int R = 48_000;

    @Test
    void millisecondsRoundToTheNearestAndCarry() {
        assertEquals("0:00:00.000", MILLISECONDS.format(0, R));
        assertEquals("0:00:05.620", MILLISECONDS.format(5 * R + 29_760, R), "5 s + 29 760 samples is 5.62 s, not 5.29760");
        assertEquals("0:00:00.000", MILLISECONDS.format(23, R), "0.479 ms rounds down");
        assertEquals("0:00:00.001", MILLISECONDS.format(24, R), "exactly 0.5 ms rounds up");
        assertEquals("0:00:59.999", MILLISECONDS.format(2_879_975, R));
        assertEquals("0:01:00.000", MILLISECONDS.format(2_879_981, R), "59.9996 s carries into the minute");
        assertEquals("2:00:00.000", MILLISECONDS.format(7200L * R, R));
        assertEquals("0:00:00.023", MILLISECONDS.format(1_000, 44_100), "22.68 ms at 44.1 kHz");
        assertEquals("\u2014", MILLISECONDS.format(-1, R));
    }

    @Test
    void reportsAndEditorPrintTheSameClockTime() {
        long frame = 83L * R + 24_000;
        assertEquals(Timecode.format(frame / (double) R), MILLISECONDS.format(frame, R));
        assertEquals("0:01:23.500", Timecode.format(83.5));
    }

    @Test
    void findingMessagesUseTheSameClockTime() {
        qt().withExamples(300).forAll(longs().between(0, 3L * 3600 * R)).checkAssert(x ->
                assertEquals(MILLISECONDS.format(x, R), org.headroom.detect.Timecode.of(x, R)));
        assertEquals("0:00:09.040", org.headroom.detect.Timecode.of(9 * R + 1920, R));
    }

    @Test
    void samplesAreWrittenAfterAPlusSoTheyCannotReadAsADecimal() {
        assertEquals("0:00:05+29760", SAMPLES.format(5 * R + 29_760, R));
        assertEquals("0:00:00+44099", SAMPLES.format(44_099, 44_100));
        assertEquals("1:00:00+0", SAMPLES.format(3600L * R, R));
    }

    @Test
    void timecodeNamesTheFrameASampleFallsIn() {
        assertEquals("00:00:01:00", SMPTE_25.format(R + 1_919, R), "1920 samples a frame at 25 fps: still frame 0");
        assertEquals("00:00:01:01", SMPTE_25.format(R + 1_920, R));
        assertEquals("00:00:00:23", SMPTE_24.format(R - 1, R));
        assertEquals("00:00:01:00", SMPTE_24.format(R, R));
        assertEquals("00:59:59:29", SMPTE_30.format(3600L * R - 1, R));
        assertEquals("01:00:00:00", SMPTE_30.format(3600L * R, R));
    }

    @Test
    void dropFrameSkipsTwoLabelsEachMinuteButTheTenth() {
        assertEquals("00:00:59;29", SMPTE_2997_DROP.format(firstSampleOfFrame(1799), R));
        assertEquals("00:01:00;02", SMPTE_2997_DROP.format(firstSampleOfFrame(1800), R), "00:01:00;00 and ;01 do not exist");
        assertEquals("00:01:00;02", SMPTE_2997_DROP.format(firstSampleOfFrame(1801) - 1, R), "last sample of that frame");
        assertEquals("00:02:00;02", SMPTE_2997_DROP.format(firstSampleOfFrame(3598), R));
        assertEquals("00:09:59;29", SMPTE_2997_DROP.format(firstSampleOfFrame(17_981), R));
        assertEquals("00:10:00;00", SMPTE_2997_DROP.format(firstSampleOfFrame(17_982), R), "every tenth minute keeps ;00");
        assertEquals("00:11:00;02", SMPTE_2997_DROP.format(firstSampleOfFrame(17_982 + 1800), R));
        assertEquals("01:00:00;00", SMPTE_2997_DROP.format(firstSampleOfFrame(107_892), R), "an hour of 29.97 fps is 107 892 frames");
        // a real hour of audio is 3.6 s behind the wall clock in non-drop but on time in drop-frame
        assertEquals("01:00:00;00", SMPTE_2997_DROP.format(3600L * R, R));
    }

    /** 29.97 fps at 48 kHz: frame n starts at ceil(n * 1601.6) samples. */
    private static long firstSampleOfFrame(long n) {
        return (n * R * 1001 + 29_999) / 30_000;
    }

    @Test
    void parsingReadsBackWhatIsPrinted() {
        assertEquals(5L * R + 29_760, SAMPLES.parse("0:00:05+29760", R));
        assertEquals(269_760, MILLISECONDS.parse("0:00:05.620", R) + 24, "first sample that rounds to 5.620 s is half a ms early");
        assertEquals(firstSampleOfFrame(1800), SMPTE_2997_DROP.parse("00:01:00;02", R));
        assertEquals(firstSampleOfFrame(17_982), SMPTE_2997_DROP.parse("00:10:00;00", R));
        assertEquals(R + 1_920, SMPTE_25.parse("00:00:01:01", R));
        assertEquals(0, MILLISECONDS.parse("0:00:00.000", R));
    }

    @Test
    void parsingRejectsWhatNoFormatPrints() {
        assertThrows(IllegalArgumentException.class, () -> SMPTE_2997_DROP.parse("00:01:00;00", R), "a dropped label");
        assertThrows(IllegalArgumentException.class, () -> SMPTE_2997_DROP.parse("00:01:00:02", R), "drop-frame uses ';'");
        assertThrows(IllegalArgumentException.class, () -> SMPTE_25.parse("00:00:01;01", R));
        assertThrows(IllegalArgumentException.class, () -> SMPTE_25.parse("00:00:01:25", R), "no frame 25 at 25 fps");
        assertThrows(IllegalArgumentException.class, () -> SAMPLES.parse("0:00:01+48000", R));
        assertThrows(IllegalArgumentException.class, () -> MILLISECONDS.parse("0:00:05.29760", R), "the old sample-frame style");
        var e = assertThrows(IllegalArgumentException.class, () -> MILLISECONDS.parse("0:61:00.000", R));
        assertTrue(e.getMessage().contains("0:61:00.000"), e.getMessage());
    }

    @Test
    void everyPrintedTimeParsesToASampleThatPrintsTheSame() {
        for (TimeFormat f : TimeFormat.values()) {
            for (int rate : new int[] {8_000, 44_100, 48_000, 96_000}) {
                qt().withExamples(300).forAll(longs().between(0, 5L * 3600 * rate)).checkAssert(x -> {
                    String printed = f.format(x, rate);
                    long back = f.parse(printed, rate);
                    assertEquals(printed, f.format(back, rate), f + " at " + rate + ": " + x);
                    assertTrue(back <= x, "parse gives the first sample of what was printed");
                    assertTrue(back == 0 || !f.format(back - 1, rate).equals(printed), "and no earlier one");
                });
            }
        }
    }

    @Test
    void dropFrameLabelsAreUniqueAndInOrderAcrossTenMinutes() {
        qt().withExamples(500).forAll(integers().between(0, 2 * 17_982)).checkAssert(n -> {
            long a = TimeFormat.dropFrameLabel(n);
            long b = TimeFormat.dropFrameLabel(n + 1);
            assertTrue(b == a + 1 || b == a + 3, "a label is skipped only in pairs: " + n);
        });
    }
}
