package org.headroom.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.WavWriter;

/**
 * How soon the editor can draw a 2-hour 48 kHz/24-bit stereo take, and how long the full peak
 * cache takes. Not a unit test (the name keeps Surefire away); run by hand:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.headroom.edit.PeakCacheBench [/tmp/two-hours.wav]}.
 * The file (2 GB, speech-like bursts over noise) is written once by a WavWriter loop.
 */
public final class PeakCacheBench {
    private static final int RATE = 48000;
    private static final long FRAMES = 2L * 3600 * RATE;

    private PeakCacheBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/headroom-2h-48k-24-2.wav");
        if (!Files.exists(file)) make(file);
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            SourceScan scan;
            try (AudioSource s = AudioFiles.open(file)) {
                scan = new SourceScan(s.format());
                PeakPreview.fill(scan.peaks(), () -> AudioFiles.open(file), s.format().frames(), () -> false);
                double preview = (System.nanoTime() - t0) / 1e9;
                scan.run(s, () -> false);
                double full = (System.nanoTime() - t0) / 1e9;
                System.out.printf("run %d: overview (preview) %.3f s, full cache %.3f s, %.1f MB, %d suggestions%n", run, preview,
                        full, scan.peaks().bytes() / 1e6, scan.suggestions().size());
            }
        }
    }

    /** Speech-like: 1.5 s bursts of a 200 Hz buzz at varying level, 0.4 s pauses, noise at -60 dBFS. */
    private static void make(Path file) throws IOException {
        java.util.Random rnd = new java.util.Random(4);
        try (WavWriter w = WavWriter.create(file, RATE, 2, WavWriter.SampleFormat.PCM_24)) {
            float[][] block = new float[2][RATE / 10];
            for (long f = 0; f < FRAMES; f += block[0].length) {
                for (int i = 0; i < block[0].length; i++) {
                    long t = f + i;
                    double cycle = (t % (long) (1.9 * RATE)) / (double) RATE;
                    double level = cycle < 1.5 ? 0.3 + 0.2 * Math.sin(t / (double) RATE) : 0;
                    double v = level * Math.sin(2 * Math.PI * 200 * t / RATE) + 0.001 * rnd.nextGaussian();
                    block[0][i] = (float) v;
                    block[1][i] = (float) (v * 0.8);
                }
                w.write(block, block[0].length);
            }
        }
    }
}
