package org.headroom.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Decode speed of a 1-hour 48 kHz/24-bit stereo WAV (1 GB). Not a unit test (the name keeps
 * Surefire away); run by hand:
 * {@code java -cp target/classes:target/test-classes org.headroom.audio.WavDecodeBench /tmp/hour.wav}.
 * The file is written once (noise-like bytes, so no branch predictor luck) and read warm from the page cache.
 */
public final class WavDecodeBench {
    private WavDecodeBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/headroom-hour-48k-24-2.wav");
        long frames = 3600L * 48000;
        if (!Files.exists(file)) make(file, frames);
        for (int run = 1; run <= 5; run++) {
            long t0 = System.nanoTime();
            double sum = 0;
            long n = 0;
            try (AudioSource s = AudioFiles.open(file)) {
                float[][] block = new float[2][8192];
                for (int got; (got = s.read(block)) > 0; ) {
                    n += got;
                    sum += block[0][got - 1] + block[1][0]; // keep the JIT from dropping the decode
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("run %d: %d frames in %.3f s (%.0f MB/s, %.0fx real time) check=%.3f%n",
                    run, n, secs, Files.size(file) / secs / 1e6, frames / 48000.0 / secs, sum);
        }
    }

    private static void make(Path file, long frames) throws IOException {
        byte[] header = WavHeader.build(48000, 2, WavWriter.SampleFormat.PCM_24, frames * 6, WavHeader.RIFF_LIMIT);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(header));
            byte[] chunk = new byte[6 << 20];
            new java.util.Random(1).nextBytes(chunk);
            for (long left = frames * 6; left > 0; left -= chunk.length) {
                ch.write(ByteBuffer.wrap(chunk, 0, (int) Math.min(chunk.length, left)));
            }
        }
    }
}
