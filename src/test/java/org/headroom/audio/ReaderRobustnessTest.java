package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.Generate;

/**
 * Any byte sequence given to AudioFiles gives audio or an AudioFileException: never another
 * exception, never a hang, never a NaN sample. Random bytes mostly stop at the sniffer, so
 * they are also tried behind each format's magic, and valid files are mutated, which reaches
 * deep into every reader.
 */
class ReaderRobustnessTest {
    private static final byte[][] MAGICS = {
            {}, "RIFF\0\0\0\0WAVE".getBytes(), "RF64\0\0\0\0WAVE".getBytes(), "FORM\0\0\0\0AIFF".getBytes(),
            "FORM\0\0\0\0AIFC".getBytes(), "fLaC".getBytes(), "OggS".getBytes(), "ID3".getBytes(),
            {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64},
    };
    /** Generous: the largest input here decodes in milliseconds; only a hang takes this long. */
    private static final Duration PER_FILE = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    private static List<byte[]> validFiles;

    @BeforeAll
    static void makeValidFiles() throws IOException {
        float[][] x = {TestSignals.sine(8000, 0.02, 440, -3), TestSignals.sine(8000, 0.02, 660, -3)};
        Path wav = dir.resolve("valid.wav");
        WavWriter.write(wav, 8000, WavWriter.SampleFormat.PCM_24, x);
        Path flt = dir.resolve("valid-float.wav");
        WavWriter.write(flt, 8000, WavWriter.SampleFormat.FLOAT_32, new float[][] {x[0], x[1], x[0]});
        Path data = Path.of("testdata");
        validFiles = List.of(Files.readAllBytes(wav), Files.readAllBytes(flt),
                head(data.resolve("sine-44100-1-16.aiff"), 3000), head(data.resolve("sine-48000-2-fl32.aifc"), 3000),
                head(data.resolve("sine-8000-1-8.flac"), 9122), head(data.resolve("tone-48000-1-vbr.mp3"), 3000),
                Files.readAllBytes(data.resolve("sine440-48000-2-q3.ogg")));
    }

    private static byte[] head(Path file, int n) throws IOException {
        byte[] b = Files.readAllBytes(file);
        return Arrays.copyOf(b, Math.min(n, b.length));
    }

    @Test
    void randomBytesBehindEachMagic() {
        qt().withFixedSeed(20240517L).withExamples(600)
                .forAll(integers().between(0, MAGICS.length - 1),
                        Generate.byteArrays(integers().between(0, 1500), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                .checkAssert((magic, body) -> {
                    byte[] bytes = Arrays.copyOf(MAGICS[magic], MAGICS[magic].length + body.length);
                    System.arraycopy(body, 0, bytes, MAGICS[magic].length, body.length);
                    assertAudioOrClearError(bytes);
                });
    }

    @Test
    void mutatedValidFiles() {
        qt().withFixedSeed(1770L).withExamples(1000)
                .forAll(integers().between(0, 6), longs().all())
                .checkAssert((which, seed) -> assertAudioOrClearError(mutate(validFiles.get(which), new Random(seed))));
    }

    /** Flips bytes, overwrites size-like fields with hostile values, and sometimes cuts the file short. */
    private static byte[] mutate(byte[] valid, Random r) {
        byte[] b = valid.clone();
        int limit = Math.min(b.length, r.nextBoolean() ? 128 : b.length); // headers are where it hurts
        int edits = 1 + r.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(Math.max(1, limit - 4));
            switch (r.nextInt(4)) {
                case 0: b[at] = (byte) r.nextInt(256); break;
                case 1: ByteFields.put32le(b, at, 0xFFFFFFFFL); break;
                case 2: ByteFields.put32le(b, at, 0); break;
                default: ByteFields.put32le(b, at, r.nextInt()); break;
            }
        }
        return r.nextInt(4) == 0 ? Arrays.copyOf(b, r.nextInt(b.length + 1)) : b;
    }

    private static void assertAudioOrClearError(byte[] bytes) {
        Path file = dir.resolve("fuzz.bin");
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTimeoutPreemptively(PER_FILE, () -> {
            try (AudioSource s = AudioFiles.open(file)) {
                int channels = s.format().channels();
                float[][] block = new float[channels][1024];
                long frames = 0;
                for (int n; (n = s.read(block)) > 0; ) {
                    assertTrue(n <= 1024);
                    for (float[] ch : block) for (int i = 0; i < n; i++) assertTrue(Float.isFinite(ch[i]), "non-finite sample");
                    frames += n;
                    // no input here can hold more frames than it has bytes (MP3/Vorbis: a frame of output per few bits)
                    assertTrue(frames <= 64L * bytes.length + 1_000_000, "reader does not end");
                }
            } catch (AudioFileException e) {
                assertTrue(e.getMessage().startsWith("fuzz.bin: ") && !e.getMessage().contains("\n"), e.getMessage());
            } catch (Exception | Error e) {
                fail("unexpected " + e + " for " + bytes.length + " bytes starting " + AudioFiles.notAudio(Arrays.copyOf(bytes, 4)), e);
            }
        });
    }
}
