package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * MP3 and Ogg Vorbis files cut mid-stream (a copy stopped early, a recorder that died) give the
 * audio that is there and say that the rest is missing, as WAV and FLAC do; whole files say nothing.
 */
class TruncatedLossyFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tone-48000-1-vbr.mp3", "sine1k-44100-2-128k-cbr.mp3", "clipped-loud-44100-2.mp3"})
    void anMp3CutShortSaysHowMuchItsHeaderPromised(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("testdata", name));
        Decoded all = Decoded.read(Files.write(dir.resolve("whole.mp3"), bytes));
        assertTrue(all.notices().isEmpty(), "a whole file has no notice: " + all.notices());
        Path cut = Files.write(dir.resolve("cut-" + name), Arrays.copyOf(bytes, bytes.length * 6 / 10));
        Decoded d = Decoded.read(cut);
        assertTrue(d.frames() > 0 && d.frames() < all.frames(), d.frames() + " of " + all.frames());
        // the decoder's state is the same up to the cut: the frames before it decode as in the whole file
        for (int i = 0; i < d.frames() / 2; i++) assertEquals(all.samples()[0][i], d.samples()[0][i], "frame " + i);
        assertEquals(1, d.notices().size(), d.notices().toString());
        ReadNotice n = d.notices().get(0);
        assertEquals("mp3.truncated", n.rule());
        assertTrue(n.message().startsWith("cut-" + name + " is truncated: its LAME/Xing header promises"), n.message());
        assertTrue(n.message().contains(all.frames() + " frames") && n.message().contains(d.frames() + " frames"), n.message());
    }

    /**
     * Without a LAME/Xing header nothing states the length, but a frame cut off is still seen: its
     * header says how long it is and the file ends sooner. (A cut exactly between two frames
     * cannot be told from a whole file, and is not claimed to be.)
     */
    @Test
    void anMp3WithoutItsHeaderCutInAFrameSaysTheFrameIsCutOff() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("testdata", "sine1k-44100-2-128k-cbr.mp3"));
        int first = firstFrame(bytes);
        int info = MpegFrameHeader.parse(bytes, first).frameBytes();
        byte[] bare = new byte[bytes.length - info];
        System.arraycopy(bytes, 0, bare, 0, first);
        System.arraycopy(bytes, first + info, bare, first, bytes.length - first - info); // the Info frame taken out
        assertTrue(Decoded.read(Files.write(dir.resolve("bare.mp3"), bare)).notices().isEmpty(), "whole, without a header: no notice");
        int boundary = first;
        for (int i = 0; i < 20; i++) boundary += MpegFrameHeader.parse(bare, boundary).frameBytes(); // 417 or 418 bytes at 44.1 kHz
        int frame = MpegFrameHeader.parse(bare, boundary).frameBytes();
        assertTrue(Decoded.read(Files.write(dir.resolve("between.mp3"), Arrays.copyOf(bare, boundary))).notices().isEmpty());
        Decoded d = Decoded.read(Files.write(dir.resolve("inside.mp3"), Arrays.copyOf(bare, boundary + frame / 3)));
        assertEquals(1, d.notices().size(), d.notices().toString());
        assertEquals("mp3.truncated", d.notices().get(0).rule());
        assertTrue(d.notices().get(0).message().startsWith("inside.mp3 is truncated: its last MPEG frame is cut off ("
                + frame / 3 + " of its " + frame + " bytes are there)"), d.notices().get(0).message());
    }

    /** The fixture holds all its audio in one page: cut anywhere in it, nothing decodes, and the notice says why. */
    @Test
    void anOggVorbisCutShortSaysItsClosingPageIsMissing() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("testdata", "sine440-48000-2-q3.ogg"));
        assertTrue(Decoded.read(Files.write(dir.resolve("whole.ogg"), bytes)).notices().isEmpty());
        for (int keep : new int[] {bytes.length * 6 / 10, bytes.length - 1}) {
            Decoded d = Decoded.read(Files.write(dir.resolve("cut.ogg"), Arrays.copyOf(bytes, keep)));
            assertEquals(1, d.notices().size(), keep + ": " + d.notices());
            assertEquals("ogg.truncated", d.notices().get(0).rule());
            assertTrue(d.notices().get(0).message().startsWith("cut.ogg is truncated: the Ogg stream stops without its closing page"),
                    d.notices().get(0).message());
        }
    }

    private static int firstFrame(byte[] b) {
        for (int i = 0; i + 4 <= b.length; i++) {
            MpegFrameHeader h = MpegFrameHeader.parse(b, i);
            if (h != null && MpegFrameHeader.parse(b, i + h.frameBytes()) != null) return i;
        }
        throw new AssertionError("no MPEG frame");
    }
}
