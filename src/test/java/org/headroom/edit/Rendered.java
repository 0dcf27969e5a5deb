package org.headroom.edit;

import java.io.IOException;
import org.headroom.audio.AudioSource;
import org.headroom.audio.MemorySource;

/** Test plumbing: render into arrays (tests only; the renderer itself never holds a whole programme). */
final class Rendered {
    private Rendered() {
    }

    static SourceOpener memory(int rate, float[]... channels) {
        return () -> MemorySource.of(rate, channels);
    }

    static float[][] render(SourceOpener source, EditList list) throws IOException {
        return readAll(Renderer.render(source, list));
    }

    static float[][] readAll(AudioSource s) throws IOException {
        try (s) {
            int channels = s.format().channels();
            long frames = s.format().frames();
            float[][] out = new float[channels][(int) frames];
            float[][] block = new float[channels][1000]; // odd size: joins and fades land mid-block
            int at = 0;
            for (int n; (n = s.read(block)) > 0; ) {
                for (int c = 0; c < channels; c++) System.arraycopy(block[c], 0, out[c], at, n);
                at += n;
            }
            if (at != frames) throw new AssertionError("read " + at + " frames, format says " + frames);
            return out;
        }
    }
}
