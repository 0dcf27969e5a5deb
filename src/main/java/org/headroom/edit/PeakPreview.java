package org.headroom.edit;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.headroom.audio.AudioSource;

/**
 * A first sketch of a long take's waveform in well under a second: reads {@value #SAMPLE}
 * frames from the middle of every coarsest bucket of the {@link PeakCache} (skipping the rest,
 * which for PCM is a seek) and records their min/max as the bucket's estimate. A 2-hour stereo
 * WAV is 2 GB, too much to read before the user expects a picture; 5 k small reads are not.
 * Only worth it where {@link AudioSource#skip} jumps (PCM, float); compressed sources would
 * decode everything they skip, so the editor does not call it for them.
 */
public final class PeakPreview {
    static final int SAMPLE = 2048;

    private PeakPreview() {
    }

    /** Fills the cache's preview slots in order, until done or {@code cancelled}; the caller's thread. */
    public static void fill(PeakCache cache, SourceOpener opener, long frames, BooleanSupplier cancelled) throws IOException {
        int slots = cache.previewSlots();
        if (slots == 0) return;
        int bucket = PeakCache.coarsest();
        int channels = cache.channels();
        float[][] block = new float[channels][SAMPLE];
        float[] lo = new float[channels];
        float[] hi = new float[channels];
        try (AudioSource s = opener.open()) {
            long at = 0;
            for (int i = 0; i < slots; i++) {
                if (cancelled.getAsBoolean() || cache.builtFrames() > (long) (i + 1) * bucket) return; // the real pass overtook
                long start = (long) i * bucket + Math.max(0, bucket - SAMPLE) / 2;
                if (start >= frames) return;
                if (start > at) at += s.skip(start - at);
                int n = s.read(block);
                if (n == 0) return;
                at += n;
                for (int c = 0; c < channels; c++) {
                    float a = Float.POSITIVE_INFINITY;
                    float b = Float.NEGATIVE_INFINITY;
                    for (int k = 0; k < n; k++) {
                        a = Math.min(a, block[c][k]);
                        b = Math.max(b, block[c][k]);
                    }
                    lo[c] = a;
                    hi[c] = b;
                }
                cache.preview(i, lo, hi);
            }
        }
    }
}
