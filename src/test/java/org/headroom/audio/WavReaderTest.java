package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers built byte by byte: what recorders, DAWs and broken files really contain. */
class WavReaderTest {
    @TempDir
    Path dir;

    private static final short[] SIX = {1000, -1000, 2000, -2000, 32767, -32768};

    @Test
    void extensibleTwentyFourInThirtyTwoWithFiveOneMask() throws IOException {
        // 24 valid bits left-justified in 32-bit slots, 5.1 with the "back" mask 0x3F
        byte[] frame = new byte[6 * 4];
        for (int c = 0; c < 6; c++) ByteFields.put32le(frame, 4 * c, (long) ((c + 1) << 8) << 16);
        Path f = WavBytes.riff("RIFF").fmtExtensible(1, 6, 48000, 32, 24, 0x3F).chunk("data", frame).write(dir.resolve("ext.wav"));
        Decoded d = Decoded.read(f);
        assertEquals(32, d.format().bitsPerSample());
        assertEquals(24, d.format().validBits());
        assertEquals(List.of(ChannelRole.LEFT, ChannelRole.RIGHT, ChannelRole.CENTER, ChannelRole.LFE,
                ChannelRole.LEFT_SURROUND, ChannelRole.RIGHT_SURROUND), d.format().channelRoles());
        for (int c = 0; c < 6; c++) assertEquals((c + 1) / 128f, d.samples()[c][0], 0.0, "channel " + c);
    }

    @Test
    void sevenOneMaskKeepsBackAndSidePairsApart() {
        List<ChannelRole> roles = ChannelMasks.roles(0x63F, 8);
        assertEquals(List.of(ChannelRole.LEFT, ChannelRole.RIGHT, ChannelRole.CENTER, ChannelRole.LFE,
                ChannelRole.BACK_LEFT, ChannelRole.BACK_RIGHT, ChannelRole.SIDE_LEFT, ChannelRole.SIDE_RIGHT), roles);
        assertEquals(List.of(ChannelRole.LEFT, ChannelRole.RIGHT, ChannelRole.OTHER), ChannelMasks.roles(0x3, 3),
                "channels beyond the mask");
    }

    @Test
    void extensibleFloatSubFormatAndDouble() throws IOException {
        Path f = WavBytes.riff("RIFF").fmtExtensible(3, 1, 44100, 32, 32, 0x4)
                .chunk("data", WavBytes.float32(2.0f, -0.5f)).write(dir.resolve("xf.wav"));
        Decoded d = Decoded.read(f);
        assertEquals("IEEE float", d.format().encoding());
        assertArrayEquals(new float[] {2.0f, -0.5f}, d.samples()[0]);

        byte[] dbl = new byte[16];
        ByteFields.put64le(dbl, 0, Double.doubleToLongBits(2.0));
        ByteFields.put64le(dbl, 8, Double.doubleToLongBits(-0.25));
        Path g = WavBytes.riff("RIFF").fmt(3, 1, 44100, 64).chunk("data", dbl).write(dir.resolve("f64.wav"));
        assertArrayEquals(new float[] {2.0f, -0.25f}, Decoded.read(g).samples()[0]);
    }

    @Test
    void nanAndInfinityAreReadAsSilenceAndReported() throws IOException {
        Path f = WavBytes.riff("RIFF").fmt(3, 1, 44100, 32)
                .chunk("data", WavBytes.float32(0.5f, Float.NaN, Float.POSITIVE_INFINITY, -0.5f)).write(dir.resolve("nan.wav"));
        Decoded d = Decoded.read(f);
        assertArrayEquals(new float[] {0.5f, 0f, 0f, -0.5f}, d.samples()[0]);
        assertEquals("pcm.non-finite-samples", d.notices().get(0).rule());
    }

    @Test
    void bwfBextFieldsBecomeMetadata() throws IOException {
        byte[] bext = new byte[BextChunk.FIXED_SIZE + 5];
        ByteFields.putAscii(bext, 0, "Interview, take 3");
        ByteFields.putAscii(bext, 256, "Sound Devices MixPre");
        ByteFields.putAscii(bext, 288, "REF-42");
        ByteFields.putAscii(bext, 320, "2024-05-17");
        ByteFields.putAscii(bext, 330, "14:03:59");
        long timeRef = 48000L * 3600 * 14 + 5_000_000_000L; // above 2^32, so both halves matter
        ByteFields.put32le(bext, 338, timeRef);
        ByteFields.put32le(bext, 342, timeRef >>> 32);
        ByteFields.put16le(bext, 346, 2);
        ByteFields.putAscii(bext, BextChunk.FIXED_SIZE, "A=PCM");
        Path f = WavBytes.riff("RIFF").chunk("bext", bext).fmt(1, 1, 48000, 16)
                .chunk("data", WavBytes.pcm16(SIX)).write(dir.resolve("bwf.wav"));
        Decoded d = Decoded.read(f);
        assertEquals("BWF", d.format().container());
        var m = d.format().metadata();
        assertEquals("Interview, take 3", m.get("bext.description"));
        assertEquals("Sound Devices MixPre", m.get("bext.originator"));
        assertEquals("REF-42", m.get("bext.originatorReference"));
        assertEquals("2024-05-17", m.get("bext.originationDate"));
        assertEquals("14:03:59", m.get("bext.originationTime"));
        assertEquals(Long.toString(timeRef), m.get("bext.timeReference"));
        assertEquals("A=PCM", m.get("bext.codingHistory"));
        assertEquals(6, d.frames());
    }

    @Test
    void rf64TakesItsDataSizeFromDs64() throws IOException {
        byte[] ds64 = new byte[28];
        ByteFields.put64le(ds64, 8, 8); // data size: 4 of the 6 samples; the rest is a trailing chunk's worth
        Path f = WavBytes.riff("RF64").chunk("ds64", ds64).fmt(1, 1, 48000, 16).dataHeader(0xFFFFFFFFL)
                .bytes(WavBytes.pcm16(SIX)).write(dir.resolve("rf64.wav"));
        Decoded d = Decoded.read(f);
        assertEquals("RF64", d.format().container());
        assertEquals(4, d.frames());
        assertTrue(d.notices().isEmpty());
    }

    @Test
    void oddSizedChunksArePaddedAndUnknownChunksSkipped() throws IOException {
        Path f = WavBytes.riff("RIFF").chunk("junk", new byte[3]).fmt(1, 1, 8000, 16).chunk("iXML", "<x/>".getBytes())
                .chunk("LIST", new byte[7]).chunk("data", WavBytes.pcm16(SIX)).chunk("id3 ", new byte[5])
                .write(dir.resolve("chunks.wav"));
        Decoded d = Decoded.read(f);
        assertEquals("WAV", d.format().container());
        assertEquals(-1000 / 32768f, d.samples()[0][1]);
        assertEquals(6, d.frames(), "the chunk after data is not audio");
    }

    @Test
    void crashedRecorderZeroSizeIsRepairedToWholeFrames() throws IOException {
        byte[] audio = Arrays.copyOf(WavBytes.pcm16(SIX), 12 + 3); // a frame cut in half at the end (stereo = 4 bytes)
        Path f = WavBytes.riff("RIFF").fmt(1, 2, 48000, 16).dataHeader(0).bytes(audio).write(dir.resolve("crash0.wav"));
        Decoded d = Decoded.read(f);
        assertEquals(3, d.frames(), "15 bytes hold 3 whole stereo frames");
        ReadNotice n = d.notices().get(0);
        assertEquals("wav.data-size-repaired", n.rule());
        assertTrue(n.message().contains("interrupted recording") && n.message().contains("3 frames"), n.message());
        assertEquals(3, d.format().frames());
    }

    @Test
    void crashedRecorderUnknownOrOversizedSizeIsRepaired() throws IOException {
        for (long declared : new long[] {0xFFFFFFFFL, 1_000_000L}) {
            Path f = WavBytes.riff("RIFF").fmt(1, 1, 48000, 16).dataHeader(declared).bytes(WavBytes.pcm16(SIX))
                    .write(dir.resolve("crash" + declared + ".wav"));
            Decoded d = Decoded.read(f);
            assertEquals(6, d.frames());
            assertEquals("wav.data-size-repaired", d.notices().get(0).rule());
            assertEquals(-32768 / 32768f, d.samples()[0][5]);
        }
    }

    @Test
    void eightBitIsUnsigned() throws IOException {
        Path f = WavBytes.riff("RIFF").fmt(1, 1, 8000, 8).chunk("data", new byte[] {(byte) 128, (byte) 255, 0, 64})
                .write(dir.resolve("u8.wav"));
        assertArrayEquals(new float[] {0f, 127 / 128f, -1f, -0.5f}, Decoded.read(f).samples()[0]);
    }

    @Test
    void twentyFourBitSignExtends() throws IOException {
        byte[] d = {(byte) 0xff, (byte) 0xff, (byte) 0x7f, 0, 0, (byte) 0x80, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        Path f = WavBytes.riff("RIFF").fmt(1, 1, 48000, 24).chunk("data", d).write(dir.resolve("s24.wav"));
        assertArrayEquals(new float[] {8388607 / 8388608f, -1f, -1 / 8388608f}, Decoded.read(f).samples()[0]);
    }

    // ---- errors: one clear line starting with the file name ----

    private String error(Path f) {
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.open(f).close());
        assertTrue(e.getMessage().startsWith(f.getFileName() + ": "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void clearErrorsForThingsThatAreNotAudio() throws IOException {
        assertEquals("notes.txt: not an audio file (starts with 'Hell')", error(Files.writeString(dir.resolve("notes.txt"), "Hello there")));
        assertEquals("x.wav: file is empty", error(Files.write(dir.resolve("x.wav"), new byte[0])));
        assertEquals("d.wav: is a directory", error(Files.createDirectory(dir.resolve("d.wav"))));
        assertEquals("missing.wav: file not found", error(dir.resolve("missing.wav")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertEquals("pic.wav: not an audio file (a PNG image)", error(Files.write(dir.resolve("pic.wav"), png)));
        assertEquals("bin.wav: not an audio file (starts with bytes 00 01 02 03)",
                error(Files.write(dir.resolve("bin.wav"), new byte[] {0, 1, 2, 3, 4})));
        assertEquals("avi.wav: not a WAV file (RIFF type 'AVI ')",
                error(Files.write(dir.resolve("avi.wav"), "RIFF\0\0\0\0AVI LIST".getBytes())));
    }

    @Test
    void clearErrorsForBrokenHeaders() throws IOException {
        byte[] cut = Arrays.copyOf(WavBytes.riff("RIFF").fmt(1, 1, 48000, 16).toBytes(), 12 + 8 + 10);
        assertEquals("x.wav: WAV header is truncated (fmt chunk cut off)", error(Files.write(dir.resolve("x.wav"), cut)));
        assertEquals("short.wav: WAV header is truncated (shorter than 12 bytes)",
                error(Files.write(dir.resolve("short.wav"), "RIFF\0\0".getBytes())));
        Path noData = WavBytes.riff("RIFF").fmt(1, 1, 48000, 16).write(dir.resolve("nodata.wav"));
        assertEquals("nodata.wav: WAV header is truncated (no data chunk)", error(noData));
        Path alaw = WavBytes.riff("RIFF").fmt(6, 1, 8000, 8).chunk("data", new byte[4]).write(dir.resolve("alaw.wav"));
        assertEquals("alaw.wav: unsupported WAV encoding (A-law, format 6)", error(alaw));
        Path zeroRate = WavBytes.riff("RIFF").fmt(1, 1, 0, 16).chunk("data", new byte[4]).write(dir.resolve("rate.wav"));
        assertTrue(error(zeroRate).contains("sample rate 0"));
    }

    /** A header that claims a 4 GiB fmt or bext chunk must not make us allocate 4 GiB. */
    @Test
    void hostileChunkSizesCostNoMemory() throws IOException {
        Path f = WavBytes.riff("RIFF").ascii("fmt ").u32(0xFFFFFFF0L).zeros(40).write(dir.resolve("hostile.wav"));
        assertTrue(error(f).contains("truncated"));
        Path g = WavBytes.riff("RIFF").fmt(1, 1, 48000, 16).ascii("bext").u32(0x7FFFFFF0L).zeros(10).write(dir.resolve("bext.wav"));
        assertTrue(error(g).contains("bext chunk cut off"));
        Path h = WavBytes.riff("RIFF").fmt(1, 65535, 48000, 64).chunk("data", new byte[8]).write(dir.resolve("chans.wav"));
        assertTrue(error(h).contains("65535 channels"));
    }
}
