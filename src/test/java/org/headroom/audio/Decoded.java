package org.headroom.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** A whole file read through AudioFiles, for assertions. */
record Decoded(SourceFormat format, float[][] samples, List<ReadNotice> notices, BitRate bitRate) {

    /** Reads at most {@code maxFrames}, so a reader that never ends fails the test instead of hanging it. */
    static Decoded read(Path file, long maxFrames) throws IOException {
        try (AudioSource s = AudioFiles.open(file)) {
            int ch = s.format().channels();
            float[][] block = new float[ch][4096];
            float[][] all = new float[ch][16384];
            int n = 0;
            for (int got; (got = s.read(block)) > 0; ) {
                if (n + got > maxFrames) throw new AssertionError("more than " + maxFrames + " frames from " + file);
                if (n + got > all[0].length) {
                    for (int c = 0; c < ch; c++) all[c] = Arrays.copyOf(all[c], Math.max(n + got, all[c].length * 2));
                }
                for (int c = 0; c < ch; c++) System.arraycopy(block[c], 0, all[c], n, got);
                n += got;
            }
            for (int c = 0; c < ch; c++) all[c] = Arrays.copyOf(all[c], n);
            return new Decoded(s.format(), all, s.notices(), s.bitRate());
        }
    }

    static Decoded read(Path file) throws IOException {
        return read(file, 100_000_000L);
    }

    int frames() {
        return samples[0].length;
    }

    float peak() {
        float p = 0;
        for (float[] ch : samples) for (float v : ch) p = Math.max(p, Math.abs(v));
        return p;
    }
}
