package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecorderTest {
    private static final int RATE = 48000;
    private static final int BLOCK = RATE / 100;

    @TempDir
    Path dir;

    /** 24-bit stereo: tone left, noise right, already on the 24-bit grid so the file must match exactly. */
    private static float[][] take(double seconds) {
        float[][] x = {
                TestSignals.quantise(TestSignals.sine(RATE, seconds, 997, -6), 24),
                TestSignals.quantise(TestSignals.whiteNoise(RATE, seconds, -30, 7), 24)};
        for (float[] ch : x) for (int i = 0; i < ch.length; i++) ch[i] += 0f; // PCM has no -0.0
        return x;
    }

    private static void offerAll(Recorder r, float[][] x) {
        float[][] block = new float[x.length][BLOCK];
        for (int at = 0; at < x[0].length; at += BLOCK) {
            int n = Math.min(BLOCK, x[0].length - at);
            for (int c = 0; c < x.length; c++) System.arraycopy(x[c], at, block[c], 0, n);
            r.offer(block, n);
        }
    }

    @Test
    void recordsEveryFrameAndRenamesOnClose() throws IOException {
        Path target = dir.resolve("take.wav");
        float[][] x = take(2.5);
        Recorder r = Recorder.start(target, RATE, 2, WavWriter.SampleFormat.PCM_24, TakeInfo.NONE);
        assertTrue(Files.exists(Recorder.inProgressFile(target)), "visible under its in-progress name while it runs");
        offerAll(r, x);
        r.close();
        assertTrue(Files.exists(target));
        assertFalse(Files.exists(Recorder.inProgressFile(target)), "renamed on a clean stop");
        Decoded d = Decoded.read(target);
        assertEquals(x[0].length, d.frames());
        assertArrayEquals(x[0], d.samples()[0]);
        assertArrayEquals(x[1], d.samples()[1]);
        assertEquals(0, r.droppedFrames());
        assertEquals(x[0].length, r.framesOnDisk());
        assertTrue(d.notices().isEmpty(), "a finished take needs no repair: " + d.notices());
    }

    @Test
    void bwfFieldsRoundTripThroughTheReader() throws IOException {
        Path target = dir.resolve("scene12a-t3.wav");
        LocalDateTime start = LocalDateTime.of(2024, 5, 17, 14, 30, 15, 500_000_000);
        TakeInfo info = new TakeInfo("Interview, kitchen", "Headroom", "", "12A", "3", "fridge hum, plane at 0:40");
        Recorder r = Recorder.start(target, RATE, 2, WavWriter.SampleFormat.PCM_24, info, start, 1.0, 0.5);
        offerAll(r, take(0.2));
        r.close();
        Map<String, String> m;
        try (AudioSource s = AudioFiles.open(target)) {
            m = s.format().metadata();
            assertEquals("BWF", s.format().container());
        }
        assertEquals("Headroom", m.get("bext.originator"));
        assertEquals("2024-05-17", m.get("bext.originationDate"));
        assertEquals("14:30:15", m.get("bext.originationTime"));
        // 14:30:15.5 after midnight at 48 kHz
        assertEquals(Long.toString((14 * 3600 + 30 * 60 + 15) * 48000L + 24000), m.get("bext.timeReference"));
        assertTrue(m.get("bext.originatorReference").startsWith("HDRM20240517143015"), m.get("bext.originatorReference"));
        assertEquals("1", m.get("bext.version"));
        Map<String, String> fields = TakeInfo.fieldsOf(m);
        assertEquals("12A", fields.get("scene"));
        assertEquals("3", fields.get("take"));
        assertEquals("fridge hum, plane at 0:40", fields.get("notes"));
        assertEquals("Interview, kitchen", fields.get("description"));
        String ixml = new String(Files.readAllBytes(target), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(ixml.contains("<SCENE>12A</SCENE>") && ixml.contains("<TAKE>3</TAKE>"), "iXML carries scene and take");
    }

    @Test
    void neverRecordsOverATake() throws IOException {
        Path target = dir.resolve("exists.wav");
        Files.write(target, new byte[] {1});
        assertThrows(IOException.class, () -> Recorder.start(target, RATE, 2, WavWriter.SampleFormat.PCM_24, TakeInfo.NONE));
        Path other = dir.resolve("unfinished.wav");
        Files.write(Recorder.inProgressFile(other), new byte[] {1});
        IOException e = assertThrows(IOException.class,
                () -> Recorder.start(other, RATE, 2, WavWriter.SampleFormat.PCM_24, TakeInfo.NONE));
        assertTrue(e.getMessage().contains("repair"), e.getMessage());
    }

    /**
     * A disk that stops answering: capture must go on at full speed, the lost frames must be
     * counted (as one dropout), and once the disk answers again the file must be in time with
     * the take, the gap filled with silence.
     */
    @Test
    void aStalledDiskNeverBlocksCaptureAndLossesAreCounted() throws Exception {
        CountDownLatch stall = new CountDownLatch(1);
        StallingSink sink = new StallingSink(stall);
        double queueSeconds = 1.0;
        Recorder r = new Recorder(dir.resolve("s.wav"), dir.resolve("s.wav.recording"), sink, RATE, 2, 3,
                queueSeconds, 0.5).begin();
        float[][] x = take(5.0);
        long started = System.nanoTime();
        offerAll(r, x);
        double offerSeconds = (System.nanoTime() - started) / 1e9;
        // 500 offers against a disk that never returns: only copying, so far below real time (5 s).
        assertTrue(offerSeconds < 1.0, "offers took " + offerSeconds + " s while the disk stalled");
        long ring = Math.round(queueSeconds * RATE);
        assertEquals(x[0].length - ring, r.droppedFrames(), "everything past a full ring is dropped and counted");
        assertEquals(1, r.dropEvents(), "one stall, one dropout");

        stall.countDown();
        r.close();
        assertEquals(x[0].length, sink.frames, "silence stands in for what was lost: the file stays in time");
        assertEquals(ring, sink.nonSilentFrames, "the first second got through");
    }

    /** Reading the file under its in-progress name while recording: the header covers all but the last second. */
    @Test
    void headerIsRefreshedWhileRecording() throws Exception {
        Path target = dir.resolve("live.wav");
        Recorder r = Recorder.start(target, RATE, 2, WavWriter.SampleFormat.PCM_24, TakeInfo.NONE);
        float[][] x = take(3.0);
        float[][] block = new float[2][BLOCK];
        long start = System.nanoTime();
        long worstLag = 0;
        for (int at = 0, b = 0; at < x[0].length; at += BLOCK, b++) {
            for (int c = 0; c < 2; c++) System.arraycopy(x[c], at, block[c], 0, BLOCK);
            r.offer(block, BLOCK);
            // paced like a sound card: block b is due at b * 10 ms
            long due = start + (b + 1) * 10_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            if (b % 50 == 49 && b >= 149) {
                long offered = r.framesOffered();
                try (AudioSource s = AudioFiles.open(Recorder.inProgressFile(target))) {
                    long covered = s.format().frames();
                    assertTrue(covered >= offered - RATE, "header covers " + covered + " of " + offered + " frames");
                    worstLag = Math.max(worstLag, offered - covered);
                }
            }
        }
        r.close();
        System.out.printf("header lagged at most %.3f s behind the audio offered%n", (double) worstLag / RATE);
        assertEquals(x[0].length, Decoded.read(target).frames());
    }

    @Test
    void diskSpaceIsReadAsSecondsOfThisFormat() throws IOException {
        Path target = dir.resolve("space.wav");
        Recorder r = Recorder.start(target, RATE, 2, WavWriter.SampleFormat.PCM_24, TakeInfo.NONE);
        try {
            double expected = Files.getFileStore(dir).getUsableSpace() / (RATE * 2 * 3.0);
            assertEquals(expected, r.secondsOfSpaceLeft(), expected * 0.05 + 60);
        } finally {
            r.close();
        }
    }

    /** A disk that hangs on the first write until released, then counts what it is given. */
    private static final class StallingSink implements Recorder.Sink {
        private final CountDownLatch stall;
        volatile long frames;
        volatile long nonSilentFrames;

        StallingSink(CountDownLatch stall) {
            this.stall = stall;
        }

        @Override
        public void write(float[][] block, int n) throws IOException {
            try {
                stall.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            frames += n;
            boolean silent = true;
            for (float[] ch : block) for (int i = 0; i < n; i++) silent &= ch[i] == 0f;
            if (!silent) nonSilentFrames += n;
        }

        @Override
        public void sync() {
        }

        @Override
        public long framesWritten() {
            return frames;
        }

        @Override
        public void close() {
        }
    }

    /**
     * A full disk: writing fails, yet the header is finished and the take renamed (as WavWriter
     * does), so the file on disk is NAME.wav, and that is the name to give, not NAME.wav.recording.
     */
    @Test
    void afterAFullDiskTheTakeIsNamedWhereItIsOnDisk() throws Exception {
        Path target = dir.resolve("full.wav");
        Path inProgress = Recorder.inProgressFile(target);
        Files.write(inProgress, new byte[] {0});
        Recorder.Sink fullDisk = new Recorder.Sink() {
            @Override
            public void write(float[][] block, int n) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void sync() {
            }

            @Override
            public long framesWritten() {
                return 0;
            }

            @Override
            public void close() throws IOException {
                Files.move(inProgress, target); // the header rewritten in place, then the rename
            }
        };
        Recorder r = new Recorder(target, inProgress, fullDisk, RATE, 2, 3, 1.0, 0.5).begin();
        offerAll(r, take(0.5));
        assertThrows(IOException.class, r::close);
        assertEquals(target, r.fileOnDisk());
        assertTrue(Files.exists(r.fileOnDisk()));
    }

    @Test
    void diskWarningsFireOnceAtTenAndTwoMinutes() {
        DiskSpaceWarnings w = new DiskSpaceWarnings();
        assertEquals(null, w.check(3600));
        DiskSpaceWarnings.Warning ten = w.check(599);
        assertEquals(600, ten.thresholdSeconds());
        assertFalse(ten.last());
        assertEquals(null, w.check(500), "once per threshold");
        DiskSpaceWarnings.Warning two = w.check(119);
        assertTrue(two.last());
        assertTrue(two.message().contains("1 min 59 s"), two.message());
        assertEquals(null, w.check(10));
        DiskSpaceWarnings jump = new DiskSpaceWarnings();
        assertEquals(120, jump.check(30).thresholdSeconds(), "both crossed at once: the urgent one");
        assertEquals(null, jump.check(20));
        assertTrue(Arrays.stream(DiskSpaceWarnings.THRESHOLDS).allMatch(t -> t > 0));
    }
}
