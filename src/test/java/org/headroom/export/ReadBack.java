package org.headroom.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.SourceFormat;

/** A whole written file read back through the house readers, for assertions. */
record ReadBack(SourceFormat format, float[][] samples, BitRate bitRate) {

    static ReadBack of(Path file) throws IOException {
        try (AudioSource s = AudioFiles.open(file)) {
            int ch = s.format().channels();
            float[][] block = new float[ch][4096];
            float[][] all = new float[ch][16384];
            int n = 0;
            for (int got; (got = s.read(block)) > 0; ) {
                if (n + got > all[0].length) {
                    for (int c = 0; c < ch; c++) all[c] = Arrays.copyOf(all[c], Math.max(n + got, all[c].length * 2));
                }
                for (int c = 0; c < ch; c++) System.arraycopy(block[c], 0, all[c], n, got);
                n += got;
            }
            for (int c = 0; c < ch; c++) all[c] = Arrays.copyOf(all[c], n);
            return new ReadBack(s.format(), all, s.bitRate());
        }
    }

    int frames() {
        return samples[0].length;
    }
}
