package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files from the hostile corpus of issue 10, built byte by byte: each is either read (with a
 * notice when something in it is damaged) or refused with one line naming the file and the problem.
 */
class HostileFilesTest {
    private static final short[] SIX = {0, -1000, 2000, -3000, 4000, 32767};

    @TempDir
    Path dir;

    @Test
    void absurdSampleRatesAreRefusedNamingFileAndTheLowestRate() throws IOException {
        for (int rate : new int[] {1, 7, AudioFiles.MIN_SAMPLE_RATE - 1}) {
            Path f = WavBytes.riff("RIFF").fmt(1, 1, rate, 16).chunk("data", WavBytes.pcm16(SIX)).write(dir.resolve("rate" + rate + ".wav"));
            AudioFileException e = assertThrows(AudioFileException.class, () -> Decoded.read(f));
            assertTrue(e.getMessage().startsWith("rate" + rate + ".wav: sample rate " + rate + " Hz"), e.getMessage());
            assertTrue(e.getMessage().contains("8000 Hz"), e.getMessage());
        }
        Path ok = WavBytes.riff("RIFF").fmt(1, 1, AudioFiles.MIN_SAMPLE_RATE, 16).chunk("data", WavBytes.pcm16(SIX)).write(dir.resolve("tel.wav"));
        assertEquals(6, Decoded.read(ok).frames(), "8 kHz telephone audio is read");
    }

    @Test
    void fiftyThousandEmptyJunkChunksBeforeFmtAreWalked() throws IOException {
        WavBytes w = WavBytes.riff("RIFF");
        for (int i = 0; i < 50_000; i++) w.chunk("JUNK", new byte[0]);
        Path f = w.fmt(1, 1, 48000, 16).chunk("data", WavBytes.pcm16(SIX)).write(dir.resolve("junk.wav"));
        Decoded d = Decoded.read(f);
        assertEquals(6, d.frames());
        assertEquals(32767 / 32768f, d.samples()[0][5], "the last sample, read exactly (16-bit scale 1/32768)");
        assertTrue(d.notices().isEmpty(), d.notices().toString());
    }

    /** The same for AIFF (big-endian IFF): 50 000 empty padding chunks before COMM. */
    @Test
    void fiftyThousandEmptyChunksBeforeAiffCommAreWalked() throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes("FORM".getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(new byte[] {0, 0, 0, 0});
        b.writeBytes("AIFF".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 50_000; i++) b.writeBytes(new byte[] {'A', 'P', 'P', 'L', 0, 0, 0, 0});
        byte[] aiff = Files.readAllBytes(Path.of("testdata/sine-44100-1-16.aiff"));
        b.write(aiff, 12, aiff.length - 12); // the real file's chunks after its FORM header
        Path f = Files.write(dir.resolve("padded.aiff"), b.toByteArray());
        Path original = Files.write(dir.resolve("original.aiff"), aiff);
        Decoded padded = Decoded.read(f);
        Decoded plain = Decoded.read(original);
        assertEquals(plain.frames(), padded.frames());
        assertArrayEquals(plain.samples()[0], padded.samples()[0]);
    }

    @Test
    void fiveByteBextKeepsTheAudioAndSaysTheMetadataIsDamaged() throws IOException {
        Path f = WavBytes.riff("RIFF").chunk("bext", "abcde".getBytes(StandardCharsets.US_ASCII)).fmt(1, 1, 48000, 16)
                .chunk("data", WavBytes.pcm16(SIX)).write(dir.resolve("bext5.wav"));
        Decoded d = Decoded.read(f);
        assertEquals(6, d.frames());
        assertEquals("abcde", d.format().metadata().get("bext.description"), "what there is of the description is kept");
        assertEquals("wav.metadata-damaged", d.notices().get(0).rule());
        assertTrue(d.notices().get(0).message().contains("bext"), d.notices().get(0).message());
    }

    /**
     * Every cut of a whole bext, iXML or LIST chunk (its size field saying the cut length) gives
     * the same audio and a damaged-metadata notice. The exceptions are cuts no reader could tell
     * from a whole chunk: a LIST cut exactly between two entries, an iXML cut after its closing tag, a bext cut inside its free-text
     * coding history; those must still give the audio.
     */
    @Test
    void anyTruncationOfAMetadataChunkGivesTheAudioAndANotice() {
        byte[] bext = Arrays.copyOfRange(BroadcastChunks.bext("A take", "Headroom", "REF", LocalDateTime.of(2026, 1, 2, 3, 4, 5),
                48000L * 3600, "A=PCM,F=48000"), 8, 8 + BextChunk.FIXED_SIZE + 15);
        byte[] ixml = "<?xml version=\"1.0\"?>\n<BWFXML><SCENE>12</SCENE><TAKE>3</TAKE></BWFXML>\n".getBytes(StandardCharsets.UTF_8);
        byte[] list = listInfo();
        byte[][] bodies = {bext, ixml, list};
        int ixmlWholeUpTo = new String(ixml, StandardCharsets.UTF_8).indexOf("</BWFXML>") + "</BWFXML>".length(); // only a newline follows
        String[] ids = {"bext", "iXML", "LIST"};
        qt().withFixedSeed(1010L).withExamples(400)
                .forAll(integers().between(0, 2), integers().between(0, 1000))
                .checkAssert((which, cutSeed) -> {
                    byte[] whole = bodies[which];
                    int cut = cutSeed % whole.length; // 0 .. length-1: always shorter than the whole chunk
                    byte[] body = Arrays.copyOf(whole, cut);
                    try {
                        Path f = WavBytes.riff("RIFF").chunk(ids[which], body).fmt(1, 1, 48000, 16)
                                .chunk("data", WavBytes.pcm16(SIX)).write(Files.createTempFile(dir, "cut", ".wav"));
                        Decoded d = Decoded.read(f);
                        assertArrayEquals(WavBytes.pcm16(SIX), pcm16(d.samples()[0]), ids[which] + " cut to " + cut);
                        boolean detectable = which == 0 ? cut < BextChunk.FIXED_SIZE
                                : which == 1 ? cut < ixmlWholeUpTo : !onListEntryBoundary(cut);
                        if (detectable) {
                            assertTrue(d.notices().stream().anyMatch(n -> n.rule().equals("wav.metadata-damaged")
                                    && n.message().contains(ids[which])), ids[which] + " cut to " + cut + ": " + d.notices());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** A LIST/INFO chunk with two entries: INAM (9 bytes + pad) and IART (4 bytes). */
    private static byte[] listInfo() {
        return new WavBytesBody().ascii("INFO").ascii("INAM").u32(9).ascii("Interview").u8(0).ascii("IART").u32(4).ascii("Anna").bytes();
    }

    private static boolean onListEntryBoundary(int cut) {
        return cut == 4 || cut == 4 + 8 + 9 || cut == 4 + 8 + 10; // after "INFO", after INAM without and with its pad
    }

    private static byte[] pcm16(float[] x) {
        short[] s = new short[x.length];
        for (int i = 0; i < x.length; i++) s[i] = (short) Math.round(x[i] * 32768f);
        return WavBytes.pcm16(s);
    }

    /** A chunk body built field by field. */
    private static final class WavBytesBody {
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        WavBytesBody ascii(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        WavBytesBody u32(long v) {
            for (int i = 0; i < 4; i++) out.write((int) (v >>> (8 * i)));
            return this;
        }

        WavBytesBody u8(int v) {
            out.write(v);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    @Test
    void flacWithMetadataAndNoFramesIsRefusedAsTruncated() throws IOException {
        byte[] flac = Files.readAllBytes(Path.of("testdata/sine-44100-1-16.flac"));
        Path f = Files.write(dir.resolve("noframes.flac"), Arrays.copyOf(flac, metadataEnd(flac)));
        AudioFileException e = assertThrows(AudioFileException.class, () -> Decoded.read(f));
        assertTrue(e.getMessage().startsWith("noframes.flac: FLAC holds no audio frames"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void flacCutMidStreamGivesTheFramesPresentAndSaysWhatIsMissing() throws IOException {
        byte[] flac = Files.readAllBytes(Path.of("testdata/sine-44100-1-16.flac"));
        Path whole = Files.write(dir.resolve("whole.flac"), flac);
        Decoded all = Decoded.read(whole);
        assertTrue(all.notices().isEmpty(), "a whole file has no notice: " + all.notices());
        int start = metadataEnd(flac);
        Path f = Files.write(dir.resolve("half.flac"), Arrays.copyOf(flac, start + (flac.length - start) / 2));
        Decoded d = Decoded.read(f);
        assertTrue(d.frames() > 0 && d.frames() < all.frames(), d.frames() + " of " + all.frames());
        for (int i = 0; i < d.frames(); i++) assertEquals(all.samples()[0][i], d.samples()[0][i], "frame " + i + " decodes as in the whole file");
        ReadNotice n = d.notices().get(0);
        assertEquals("flac.truncated", n.rule());
        assertTrue(n.message().contains(all.frames() + " frames") && n.message().contains(d.frames() + " frames"), n.message());
    }

    /** Where the last FLAC metadata block ends. */
    private static int metadataEnd(byte[] flac) {
        int pos = 4;
        while (true) {
            int header = flac[pos] & 0xff;
            int len = (flac[pos + 1] & 0xff) << 16 | (flac[pos + 2] & 0xff) << 8 | (flac[pos + 3] & 0xff);
            pos += 4 + len;
            if ((header & 0x80) != 0) return pos;
        }
    }
}
