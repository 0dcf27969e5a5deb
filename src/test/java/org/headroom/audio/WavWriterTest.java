package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WavWriterTest {
    @TempDir
    Path dir;

    static Stream<Arguments> formats() {
        return Stream.of(WavWriter.SampleFormat.values())
                .flatMap(f -> Stream.of(1, 2, 6).map(ch -> Arguments.of(f, ch)));
    }

    /** Signals already on the format's grid must come back bit for bit (32-bit int: a 24-bit grid, which float holds exactly). */
    @ParameterizedTest
    @MethodSource("formats")
    void roundTripIsBitExact(WavWriter.SampleFormat format, int channels) throws IOException {
        int rate = 48000;
        float[][] x = new float[channels][];
        for (int c = 0; c < channels; c++) {
            float[] s = TestSignals.mix(TestSignals.sine(rate, 0.2, 997 + 100 * c, -3.0),
                    TestSignals.whiteNoise(rate, 0.2, -30, 42 + c));
            x[c] = format.isFloat ? s : TestSignals.quantise(s, Math.min(format.bits(), 24));
            if (!format.isFloat) for (int i = 0; i < x[c].length; i++) x[c][i] += 0f; // PCM has no -0.0
        }
        Path file = dir.resolve("rt.wav");
        WavWriter.write(file, rate, format, x);
        Decoded d = Decoded.read(file);
        assertEquals(x[0].length, d.frames());
        assertEquals(channels, d.format().channels());
        assertEquals(rate, d.format().sampleRate());
        assertEquals(format.bits(), d.format().bitsPerSample());
        assertEquals(format.isFloat ? "IEEE float" : "PCM", d.format().encoding());
        assertEquals(ChannelRole.defaultLayout(channels), d.format().channelRoles());
        for (int c = 0; c < channels; c++) assertArrayEquals(x[c], d.samples()[c], "channel " + c);
    }

    @Test
    void floatAboveFullScaleIsNeverClipped() throws IOException {
        Path file = dir.resolve("hot.wav");
        WavWriter.write(file, 44100, WavWriter.SampleFormat.FLOAT_32, new float[][] {{2.0f, -3.5f, 0.25f}});
        Decoded d = Decoded.read(file);
        assertArrayEquals(new float[] {2.0f, -3.5f, 0.25f}, d.samples()[0]);
        assertEquals(2.0 * 44100 * 32 / 1000.0 / 2, d.bitRate().kbps(), 1e-9);
    }

    @Test
    void pcmClampsInsteadOfWrappingAround() throws IOException {
        Path file = dir.resolve("clamp.wav");
        WavWriter.write(file, 8000, WavWriter.SampleFormat.PCM_16, new float[][] {{1.5f, -1.5f}});
        float[] got = Decoded.read(file).samples()[0];
        assertEquals(32767 / 32768f, got[0]);
        assertEquals(-1f, got[1]);
    }

    @Test
    void oddSizedEightBitDataIsPaddedAndReadBack() throws IOException {
        Path file = dir.resolve("odd.wav");
        float[] x = {0.5f, -0.5f, 0.0f};
        WavWriter.write(file, 8000, WavWriter.SampleFormat.PCM_8, new float[][] {x});
        assertEquals(WavHeader.length(1, WavWriter.SampleFormat.PCM_8) + 4, Files.size(file), "3 data bytes + 1 pad byte");
        Decoded d = Decoded.read(file);
        assertArrayEquals(x, d.samples()[0]);
        assertTrue(d.notices().isEmpty(), d.notices().toString());
    }

    @Test
    void fileAppearsOnlyWhenClosedAndNoTemporaryFileRemains() throws IOException {
        Path file = dir.resolve("atomic.wav");
        try (WavWriter w = WavWriter.create(file, 48000, 2, WavWriter.SampleFormat.PCM_24)) {
            w.write(new float[2][1000], 1000);
            assertFalse(Files.exists(file), "target must not exist before close");
            assertTrue(Files.exists(w.temporaryFile()));
            assertEquals(dir, w.temporaryFile().getParent(), "temp file in the target folder so the rename is atomic");
        }
        assertTrue(Files.exists(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void abortLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("aborted.wav");
        WavWriter w = WavWriter.create(file, 48000, 1, WavWriter.SampleFormat.PCM_16);
        w.write(new float[1][100], 100);
        w.abort();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    /** A crash after a header refresh leaves a temp file that reads as a valid WAV up to the refresh. */
    @Test
    void refreshedHeaderMakesTheUnfinishedFilePlayable() throws IOException {
        Path file = dir.resolve("rec.wav");
        WavWriter w = WavWriter.create(file, 48000, 1, WavWriter.SampleFormat.PCM_16).refreshHeaderEvery(4800);
        float[][] block = {TestSignals.quantise(TestSignals.sine(48000, 0.1, 440, -6), 16)};
        for (int i = 0; i < 3; i++) w.write(block, 4800);
        Decoded crashed = Decoded.read(w.temporaryFile());
        assertEquals(3 * 4800, crashed.frames());
        assertTrue(crashed.notices().isEmpty());
        w.abort();
    }

    /** With the RIFF limit lowered, the writer's switch to RF64 is exercised end to end on a small file. */
    @Test
    void switchesToRf64PastTheRiffLimit() throws IOException {
        Path file = dir.resolve("big.wav");
        float[][] x = {TestSignals.quantise(TestSignals.sine(48000, 0.05, 1000, -1), 24)};
        try (WavWriter w = new WavWriter(file, 48000, 1, WavWriter.SampleFormat.PCM_24, 5000)) {
            w.write(x, 1000);
            assertFalse(w.isRf64(), "3000 data bytes fit under the lowered limit");
            w.write(x, x[0].length);
            assertTrue(w.isRf64());
        }
        Decoded d = Decoded.read(file);
        assertEquals("RF64", d.format().container());
        assertEquals(1000 + x[0].length, d.frames());
        assertTrue(d.notices().isEmpty(), "ds64 sizes must be read, not repaired");
    }

    /** The real 4 GiB switch point, checked on the header bytes alone. */
    @Test
    void realHeaderBecomesRf64OnlyAboveFourGibibytes() {
        WavWriter.SampleFormat f = WavWriter.SampleFormat.PCM_24;
        int len = WavHeader.length(2, f);
        long fits = 0xFFFFFFFFL - (len - 8) - 1; // even, so no pad byte
        assertFalse(WavHeader.needsRf64(len, fits - fits % 6, WavHeader.RIFF_LIMIT));
        assertTrue(WavHeader.needsRf64(len, fits + 6, WavHeader.RIFF_LIMIT));
        byte[] h = WavHeader.build(48000, 2, f, 6L << 30, WavHeader.RIFF_LIMIT);
        assertEquals("RF64", ByteFields.fourcc(h, 0));
        assertEquals(6L << 30, ByteFields.s64le(h, 28), "ds64 data size");
        assertEquals((6L << 30) / 6, ByteFields.s64le(h, 36), "ds64 sample count");
        assertEquals(0xFFFFFFFFL, ByteFields.u32le(h, h.length - 4), "data chunk size defers to ds64");
    }

    /** A 6 GiB RF64 file as a sparse file: the header from WavHeader is read back with the right length. */
    @Test
    void sparseSixGibibyteRf64FileReadsItsLengthFromDs64() throws IOException {
        Path file = dir.resolve("sparse.wav");
        long dataBytes = 6L << 30;
        byte[] h = WavHeader.build(48000, 2, WavWriter.SampleFormat.PCM_24, dataBytes, WavHeader.RIFF_LIMIT);
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.write(java.nio.ByteBuffer.wrap(h), 0);
            ch.write(java.nio.ByteBuffer.wrap(new byte[6]), h.length + dataBytes - 6);
        }
        try (AudioSource s = AudioFiles.open(file)) {
            assertEquals("RF64", s.format().container());
            assertEquals(dataBytes / 6, s.format().frames());
            assertTrue(s.notices().isEmpty());
        }
    }
}
