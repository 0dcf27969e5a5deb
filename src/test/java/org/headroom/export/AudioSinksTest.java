package org.headroom.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.stream.Stream;

import org.headroom.audio.BitRate;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioSinksTest {
    @TempDir
    Path dir;

    private static float[][] randomCodes(int channels, int frames, int bits, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[channels][frames];
        double scale = 1L << (bits - 1);
        for (float[] ch : x) {
            for (int i = 0; i < frames; i++) ch[i] = (float) ((r.nextInt(1 << bits) - (1 << (bits - 1))) / scale);
        }
        return x;
    }

    private void write(Path target, SinkFormat f, float[][] x, ExportTags tags) throws IOException {
        try (AudioSink sink = AudioSinks.open(target, f, tags)) {
            int block = 1000;
            float[][] b = new float[x.length][block];
            for (int at = 0; at < x[0].length; at += block) {
                int n = Math.min(block, x[0].length - at);
                for (int c = 0; c < x.length; c++) System.arraycopy(x[c], at, b[c], 0, n);
                sink.write(b, n);
            }
        }
    }

    @Test
    void flacOf16And24BitCodesReadsBackBitExact() throws IOException {
        for (int bits : new int[] {16, 24}) {
            for (int channels = 1; channels <= 2; channels++) {
                float[][] x = randomCodes(channels, 20_000, bits, bits * 10 + channels);
                Path file = dir.resolve("r" + bits + "-" + channels + ".flac");
                write(file, new SinkFormat(Codec.FLAC, 48000, channels, bits, false, null, false), x, ExportTags.none());
                ReadBack back = ReadBack.of(file);
                assertEquals(bits, back.format().bitsPerSample());
                assertEquals(x[0].length, back.format().frames());
                for (int c = 0; c < channels; c++) assertArrayEquals(x[c], back.samples()[c], bits + "-bit channel " + c);
            }
        }
    }

    @Test
    void bwfCarriesTheBextFields() throws IOException {
        Path file = dir.resolve("b.wav");
        ExportTags tags = new ExportTags("", "", "", "Interview, take 3", "Headroom", "HR-0001",
                LocalDateTime.of(2024, 5, 6, 7, 8, 9), 48000L * 3600, "A=PCM,F=48000,W=24,M=mono,T=Headroom");
        write(file, new SinkFormat(Codec.WAV, 48000, 1, 24, false, null, true), randomCodes(1, 4801, 24, 1), tags);
        ReadBack back = ReadBack.of(file);
        assertEquals("Interview, take 3", back.format().metadata().get("bext.description"));
        assertEquals("Headroom", back.format().metadata().get("bext.originator"));
        assertEquals("2024-05-06", back.format().metadata().get("bext.originationDate"));
        assertEquals("07:08:09", back.format().metadata().get("bext.originationTime"));
        assertEquals(Long.toString(48000L * 3600), back.format().metadata().get("bext.timeReference"));
        assertTrue(back.format().metadata().get("bext.codingHistory").startsWith("A=PCM,F=48000"));
        assertEquals(4801, back.frames());
    }

    @Test
    void mp3ReadsBackWithTheSourceDurationAndBitRate() throws IOException {
        for (boolean vbr : new boolean[] {false, true}) {
            for (int channels = 1; channels <= 2; channels++) {
                int frames = 44100 * 5 + 777;
                float[] tone = TestSignals.sine(44100, frames / 44100.0, 1000, -6);
                float[][] x = TestSignals.channels(java.util.Arrays.copyOf(tone, frames), channels);
                Path file = dir.resolve("m" + vbr + channels + ".mp3");
                Mp3Settings s = vbr ? Mp3Settings.vbr(4) : Mp3Settings.cbr(channels == 1 ? 128 : 192);
                write(file, new SinkFormat(Codec.MP3, 44100, channels, 0, false, s, false), x,
                        new ExportTags("Title ü", "Artist", "Comment ✓", "", "", "", null, 0, ""));
                ReadBack back = ReadBack.of(file);
                assertEquals(channels, back.format().channels());
                assertTrue(Math.abs(back.frames() - frames) <= 1152, "frames " + back.frames() + " vs " + frames);
                assertEquals(frames, back.format().frames(), "the LAME tag's delay and padding give the exact length");
                assertEquals(vbr ? BitRate.Mode.VBR : BitRate.Mode.CBR, back.bitRate().mode());
                if (!vbr) assertEquals(channels == 1 ? 128 : 192, back.bitRate().kbps(), 2.0);
                // level survives the codec: a −6 dBFS sine reads about −6 dBFS (the lame 3.100 binary
                // loses 0.26 dB on a pure 1 kHz tone at 192 kbit/s too, as ffmpeg measures)
                float peak = 0;
                for (int i = 5000; i < back.frames() - 5000; i++) peak = Math.max(peak, Math.abs(back.samples()[0][i]));
                assertEquals(-6.0, 20 * Math.log10(peak), 0.6);
            }
        }
    }

    @Test
    void abortLeavesNothingAndTheOldTargetUntouched() throws IOException {
        for (Codec codec : Codec.values()) {
            Path file = dir.resolve("a." + codec.extension());
            Files.writeString(file, "old");
            SinkFormat f = new SinkFormat(codec, 48000, 2, codec == Codec.MP3 ? 0 : 16, false,
                    codec == Codec.MP3 ? Mp3Settings.cbr(192) : null, false);
            AudioSink sink = AudioSinks.open(file, f, ExportTags.none());
            sink.write(randomCodes(2, 10_000, 16, 3), 10_000);
            sink.abort();
            assertEquals("old", Files.readString(file));
            try (Stream<Path> files = Files.list(dir)) {
                assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), codec + " left a .part");
            }
        }
    }
}
