package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingRepairTest {
    private static final int RATE = 48000;

    @TempDir
    Path dir;

    /**
     * What a crash leaves: a take whose header was last refreshed after {@code synced} frames,
     * with {@code more} frames and then half a frame written after that.
     */
    private Path crashed(String name, int synced, int more) throws IOException {
        Path work = dir.resolve("work-" + name);
        Files.createDirectories(work);
        Path target = work.resolve(name);
        WavWriter w = WavWriter.recording(target, Recorder.inProgressFile(target), RATE, 2, WavWriter.SampleFormat.PCM_24,
                BroadcastChunks.build(TakeInfo.NONE.withScene("1", "2", ""), java.time.LocalDateTime.now(), RATE, 2, 24));
        float[] tone = TestSignals.quantise(TestSignals.sine(RATE, (synced + more) / (double) RATE, 1000, -10), 24);
        float[][] x = {tone, tone};
        w.write(x, synced);
        w.sync();
        float[][] rest = {java.util.Arrays.copyOfRange(tone, synced, synced + more),
                java.util.Arrays.copyOfRange(tone, synced, synced + more)};
        w.write(rest, more);
        Path left = dir.resolve(name + Recorder.IN_PROGRESS_SUFFIX);
        Files.copy(Recorder.inProgressFile(target), left);
        Files.write(left, new byte[] {1, 2, 3}, StandardOpenOption.APPEND); // a frame cut off mid-way
        w.abort();
        return left;
    }

    @Test
    void recoversEveryWholeFrameAndRenames() throws IOException {
        Path left = crashed("take.wav", RATE, RATE / 2);
        assertEquals(List.of(left), RecordingRepair.findUnfinished(dir));
        RecordingRepair.Result r = RecordingRepair.repair(left);
        assertTrue(r.ok());
        assertEquals(dir.resolve("take.wav"), r.repaired());
        assertEquals(RATE, r.headerFrames(), "the last refresh covered one second");
        assertEquals(RATE + RATE / 2, r.frames(), "the half second after it is recovered too");
        assertEquals(1.5, r.seconds(), 1e-9);
        Decoded d = Decoded.read(r.repaired());
        assertEquals(RATE + RATE / 2, d.frames());
        assertTrue(d.notices().isEmpty(), "nothing left for a reader to repair: " + d.notices());
        assertEquals("BWF", d.format().container(), "bext survives");
        assertEquals("1", TakeInfo.fieldsOf(d.format().metadata()).get("scene"));
        assertTrue(RecordingRepair.findUnfinished(dir).isEmpty());
    }

    @Test
    void aTakeWithTheSameNameIsNeverOverwritten() throws IOException {
        Path left = crashed("same.wav", 4800, 480);
        Files.write(dir.resolve("same.wav"), new byte[] {42});
        RecordingRepair.Result r = RecordingRepair.repair(left);
        assertEquals(dir.resolve("same-recovered.wav"), r.repaired());
        assertEquals(1, Files.size(dir.resolve("same.wav")));
    }

    @Test
    void somethingThatIsNotATakeIsLeftAloneAndExplained() throws IOException {
        Path empty = dir.resolve("empty.wav" + Recorder.IN_PROGRESS_SUFFIX);
        Files.write(empty, new byte[0]);
        List<RecordingRepair.Result> results = RecordingRepair.repairAll(dir);
        assertEquals(1, results.size());
        assertFalse(results.get(0).ok());
        assertTrue(results.get(0).message().contains("could not be repaired"), results.get(0).message());
        assertTrue(Files.exists(empty), "left as it is");
    }

    @Test
    void noFolderNoTakes() throws IOException {
        assertTrue(RecordingRepair.repairAll(dir.resolve("missing")).isEmpty());
    }

    /** A take that passed 4 GiB after its last RIFF header: the repair makes it RF64 (a sparse file, so cheap). */
    @Test
    void pastFourGibBecomesRf64() throws IOException {
        Path left = crashed("long.wav", 4800, 0);
        long length = 0x1_0000_0000L + 6 * 1000 + 3;
        try (RandomAccessFile f = new RandomAccessFile(left.toFile(), "rw")) {
            f.setLength(length);
        }
        RecordingRepair.Result r = RecordingRepair.repair(left);
        try (AudioSource s = AudioFiles.open(r.repaired())) {
            assertEquals("RF64", s.format().container());
            assertEquals(r.frames(), s.format().frames());
            assertTrue(s.notices().isEmpty(), s.notices().toString());
        }
        assertTrue(r.frames() > 0xFFFFFFFFL / 6 - 1000, "frames " + r.frames());
    }
}
