package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed fixtures (see testdata/README.md for how each was made) decode to what went in. */
class CodecFixturesTest {
    private static final Path DATA = Path.of("testdata");
    /** The fixtures' tones are at vol 0.5: a peak of −6.02 dBFS, an RMS of −9.03 dBFS. */
    private static final double TONE_PEAK = 0.5;
    private static final double TONE_RMS_DB = -9.03;
    /** A sine sampled off its crest reads low by 1 − cos(π f / fs): 0.25 % at 1 kHz / 44.1 kHz. */
    private static final double SAMPLED_PEAK_TOLERANCE = 0.003;
    /** A lossy codec at 128 kbps (or -q 3) keeps a steady tone's level within a few hundredths of a dB; 0.2 dB leaves room. */
    private static final double LOSSY_LEVEL_TOLERANCE_DB = 0.2;
    /** One MPEG-1 layer III frame: the most an MP3 length may be off by. */
    private static final int MP3_FRAME = 1152;

    @TempDir
    Path dir;

    @Test
    void aiffSixteenBitMono() throws IOException {
        Decoded d = Decoded.read(DATA.resolve("sine-44100-1-16.aiff"));
        assertEquals("AIFF", d.format().container());
        assertEquals(44100, d.format().sampleRate());
        assertEquals(1, d.format().channels());
        assertEquals(16, d.format().bitsPerSample());
        assertEquals(11025, d.frames());
        assertEquals(11025, d.format().frames());
        assertEquals(TONE_PEAK, d.peak(), SAMPLED_PEAK_TOLERANCE);
    }

    @Test
    void aiffcFloat32Stereo() throws IOException {
        Decoded d = Decoded.read(DATA.resolve("sine-48000-2-fl32.aifc"));
        assertEquals("AIFF-C", d.format().container());
        assertEquals("IEEE float", d.format().encoding());
        assertEquals(2, d.format().channels());
        assertEquals(48000, d.format().sampleRate());
        assertEquals(4800, d.frames());
        assertEquals(TONE_PEAK, d.peak(), 1e-6, "1 kHz at 48 kHz lands on the crest");
    }

    /** A 'sowt' (little-endian) AIFF-C built by hand, with a non-zero SSND offset. */
    @Test
    void aiffcSowtWithSsndOffset() throws IOException {
        byte[] comm = new byte[18 + 4 + 1 + 1];
        comm[1] = 1;                          // 1 channel
        comm[5] = 3;                          // 3 frames
        comm[7] = 16;                         // 16 bits
        byte[] rate = {0x40, 0x0E, (byte) 0xAC, 0x44, 0, 0, 0, 0, 0, 0}; // 44100 as 80-bit extended
        System.arraycopy(rate, 0, comm, 8, 10);
        ByteFields.putAscii(comm, 18, "sowt");
        byte[] ssnd = {0, 0, 0, 2, 0, 0, 0, 0, 9, 9, 0x00, 0x40, 0x00, (byte) 0xC0, (byte) 0xFF, 0x7F};
        byte[] file = new java.io.ByteArrayOutputStream() {
            { writeBytes("FORM".getBytes()); writeBytes(new byte[4]); writeBytes("AIFC".getBytes());
              writeBytes("COMM".getBytes()); writeBytes(new byte[] {0, 0, 0, (byte) comm.length}); writeBytes(comm);
              writeBytes("SSND".getBytes()); writeBytes(new byte[] {0, 0, 0, (byte) ssnd.length}); writeBytes(ssnd); }
        }.toByteArray();
        Decoded d = Decoded.read(Files.write(dir.resolve("sowt.aif"), file));
        assertEquals(44100, d.format().sampleRate());
        assertEquals(3, d.frames());
        assertEquals(0.5f, d.samples()[0][0]);
        assertEquals(-0.5f, d.samples()[0][1]);
        assertEquals(32767 / 32768f, d.samples()[0][2]);
    }

    @Test
    void flacTwentyFourBitStereo() throws IOException {
        Decoded d = Decoded.read(DATA.resolve("sine-48000-2-24.flac"));
        assertEquals("FLAC", d.format().container());
        assertEquals(24, d.format().bitsPerSample());
        assertEquals(2, d.format().channels());
        assertEquals(48000, d.format().sampleRate());
        assertEquals(12000, d.format().frames());
        assertEquals(12000, d.frames());
        assertEquals(TONE_PEAK, d.peak(), 1e-6, "lossless, and 1 kHz at 48 kHz lands on the crest");
        assertEquals(TONE_RMS_DB, TestSignals.rmsDbfs(d.samples()[1]), 0.01);
        assertFlacBitRate(d, DATA.resolve("sine-48000-2-24.flac"));
    }

    @Test
    void flacSixteenAndEightBitMono() throws IOException {
        Decoded d16 = Decoded.read(DATA.resolve("sine-44100-1-16.flac"));
        assertEquals(16, d16.format().bitsPerSample());
        assertEquals(22050, d16.frames());
        assertEquals(TONE_PEAK, d16.peak(), SAMPLED_PEAK_TOLERANCE);
        Decoded d8 = Decoded.read(DATA.resolve("sine-8000-1-8.flac"));
        assertEquals(8, d8.format().bitsPerSample());
        assertEquals(8000, d8.format().sampleRate());
        assertEquals(4000, d8.frames());
        assertEquals(TONE_PEAK, d8.peak(), 1e-6, "400 Hz at 8 kHz lands on the crest; 0.5 is a code in 8 bits");
        assertFlacBitRate(d8, DATA.resolve("sine-8000-1-8.flac"));
    }

    /**
     * Real average: the bytes after the metadata blocks over the duration. flac 1.4 adds an
     * 8 KiB PADDING block, so counting the whole file would overstate a short file's rate badly.
     */
    private static void assertFlacBitRate(Decoded d, Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int at = 4;
        boolean last = false;
        while (!last) { // metadata block headers: last-flag + type, then a 24-bit length
            last = (b[at] & 0x80) != 0;
            at += 4 + ((b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff));
        }
        double expected = (b.length - at) * 8.0 / d.format().durationSeconds() / 1000;
        assertEquals(BitRate.Mode.VBR, d.bitRate().mode());
        assertEquals(expected, d.bitRate().kbps(), 1e-6);
    }

    @Test
    void mp3CbrHasTheSourceLengthAndLevel() throws IOException {
        Decoded d = Decoded.read(DATA.resolve("sine1k-44100-2-128k-cbr.mp3"));
        assertEquals("MP3", d.format().container());
        assertNull(d.format().bitsPerSample(), "lossy: no bit depth");
        assertEquals(44100, d.format().sampleRate());
        assertEquals(2, d.format().channels());
        assertEquals(88200, d.format().frames(), "from the LAME tag, before decoding");
        assertEquals(88200, d.frames(), MP3_FRAME);
        // LAME's output of this file reads -9.48 dBFS RMS in ffmpeg (the encoder, not the decoder, lowers it);
        // two float decoders of the same stream agree to rounding
        assertEquals(-9.476, TestSignals.rmsDbfs(d.samples()[0]), 0.01);
        // ffmpeg's first samples of the left channel: equal values prove the same delay trimming
        float[] ffmpegStart = {0.0107f, 0.0659f, 0.1354f, 0.1970f, 0.2531f};
        for (int i = 0; i < ffmpegStart.length; i++) assertEquals(ffmpegStart[i], d.samples()[0][i], 1e-3, "sample " + i);
        assertEquals(BitRate.Mode.CBR, d.bitRate().mode());
        assertEquals(128, d.bitRate().kbps(), 0.5, "padding slots make a CBR stream average a hair off 128");
    }

    /**
     * The tone in this file starts after exactly 12000 frames of silence. Trimming the encoder
     * delay plus the 529-sample decoder delay puts the onset back there; trimming neither or only
     * one would move it by 529 to over 1000 samples.
     */
    @Test
    void mp3VbrIsTrimmedSoTheToneStartsWhereItDid() throws IOException {
        Decoded d = Decoded.read(DATA.resolve("tone-48000-1-vbr.mp3"));
        assertEquals(1, d.format().channels());
        assertEquals(48000, d.format().sampleRate());
        assertEquals(72000, d.frames(), MP3_FRAME);
        float[] x = d.samples()[0];
        int onset = 0;
        while (Math.abs(x[onset]) < 0.25) onset++;
        // a 440 Hz sine of peak 0.5 first reaches 0.25 nine samples after it starts;
        // ±40 samples allows for the codec's pre-echo and ringing around the onset
        assertEquals(12000 + 9, onset, 40);
        assertEquals(BitRate.Mode.VBR, d.bitRate().mode());
    }

    @Test
    void loudMp3OvershootsFullScaleInsteadOfClipping() throws IOException {
        Decoded d = Decoded.read(DATA.resolve("clipped-loud-44100-2.mp3"));
        assertEquals(44100, d.frames(), MP3_FRAME);
        // ffmpeg reads a peak of 1.124 from this file; jlayer's float path must see the same overshoot
        assertTrue(d.peak() > 1.05, "peak " + d.peak());
        assertEquals(1.124, d.peak(), 0.02);
    }

    @Test
    void mp3WithTagsAndJunkAroundIt() throws IOException {
        byte[] mp3 = Files.readAllBytes(DATA.resolve("sine1k-44100-2-128k-cbr.mp3"));
        byte[] id3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 20};
        byte[] v1 = new byte[128];
        v1[0] = 'T'; v1[1] = 'A'; v1[2] = 'G';
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(id3);
        out.writeBytes(new byte[20]);
        out.writeBytes(mp3);
        out.writeBytes(v1);
        Decoded d = Decoded.read(Files.write(dir.resolve("tagged.wav"), out.toByteArray()));
        assertEquals("MP3", d.format().container(), "the name says .wav, the bytes say MP3");
        assertEquals(88200, d.frames(), MP3_FRAME);
    }

    @Test
    void oggVorbisStereo() throws IOException {
        Decoded d = Decoded.read(DATA.resolve("sine440-48000-2-q3.ogg"));
        assertEquals("Ogg Vorbis", d.format().container());
        assertEquals(2, d.format().channels());
        assertEquals(48000, d.format().sampleRate());
        assertEquals(72000, d.format().frames());
        assertEquals(72000, d.frames(), "the last granule position cuts the final block's padding");
        assertEquals(TONE_RMS_DB, TestSignals.rmsDbfs(d.samples()[1]), LOSSY_LEVEL_TOLERANCE_DB);
        assertEquals(BitRate.Mode.VBR, d.bitRate().mode());
        double wholeFileKbps = Files.size(DATA.resolve("sine440-48000-2-q3.ogg")) * 8.0 / 1.5 / 1000;
        assertTrue(d.bitRate().kbps() > 0 && d.bitRate().kbps() < wholeFileKbps, d.bitRate().toString());
    }
}
