package org.headroom.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.headroom.audio.RecordingRepair;
import org.headroom.ui.common.Readout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scene-Take names, the readouts of the take strip and the recovery line: the recording workflow without a screen. */
class TakeNameTest {
    @TempDir
    Path temp;

    @Test
    void namesTakesTheWayFieldRecordersDo() {
        assertEquals("S12-T03.wav", TakeName.of("12", 3));
        assertEquals("S12A-T10.wav", TakeName.of(" 12A ", 10));
        assertEquals("S4-T123.wav", TakeName.of("4", 123));
        assertEquals("T01.wav", TakeName.of("", 1), "no scene: the take alone");
    }

    @Test
    void whatTheUserTypesBecomesASafeFileName() {
        assertEquals("a_b_c", TakeName.safe("a/b\\c"));
        assertEquals("Int_Kitchen", TakeName.safe("Int: Kitchen"));
        assertEquals("x", TakeName.safe("..x.."), "no hidden files, no trailing dots");
        assertEquals("", TakeName.safe("  "));
    }

    @Test
    void aUsedTakeNumberMovesOnToTheNextFree() {
        Set<String> used = Set.of("S1-T01.wav", "S1-T02.wav", "S1-T04.wav");
        assertEquals(3, TakeName.firstFree("1", 1, used::contains));
        assertEquals(4 + 1, TakeName.firstFree("1", 4, used::contains));
        assertEquals(1, TakeName.firstFree("2", 1, used::contains), "another scene counts on its own");
        assertEquals(-1, TakeName.firstFree("1", 1, name -> true));
        assertEquals(1, TakeName.parse("x"));
        assertEquals(7, TakeName.parse(" 7 "));
    }

    @Test
    void readoutsShowTakeTimeAndDiskTimeAsRecordersDo() {
        assertEquals("0:02:14", Readout.hms(134.9));
        assertEquals("1:00:00", Readout.hms(3600));
        assertEquals("41:07", Readout.hoursMinutes(41 * 3600 + 7 * 60 + 59));
        assertEquals("0:10", Readout.hoursMinutes(600));
        assertEquals("9 min 40 s", Readout.hoursMinutes(580), "under ten minutes every second counts");
        assertEquals(Readout.NONE, Readout.hoursMinutes(Double.POSITIVE_INFINITY));
    }

    @Test
    void theRecoveryLineNamesTheTakeAndItsLength() throws Exception {
        Path f = temp.resolve("S12-T03.wav");
        RecordingRepair.Result ok = new RecordingRepair.Result(temp.resolve("S12-T03.wav.recording"), f, 134 * 48000L,
                120 * 48000L, 134.0, "");
        assertEquals("Recovered S12-T03.wav (2 min 14 s) from an interrupted recording.", StartupRepair.line(ok));
        Files.writeString(temp.resolve("junk.wav.recording"), "");
        String bad = StartupRepair.line(RecordingRepair.repairAll(temp).get(0));
        assertTrue(bad.startsWith("junk.wav.recording: could not be repaired"), bad);
    }
}
