package org.headroom.edit;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.headroom.audio.AudioSource;
import org.headroom.audio.SourceFormat;

/**
 * The editor's one pass over a source: the waveform's {@link PeakCache} and the
 * {@link PauseFinder}'s suggested edit points from the same blocks, so opening a long take
 * reads it once. The cache is handed out before the pass starts, so the window draws the
 * waveform while it fills.
 */
public final class SourceScan {
    private static final int BLOCK = 16384;

    private final SourceFormat format;
    private final PeakCache peaks;
    private final PauseFinder pauses;
    private volatile List<EditPoint> suggestions = List.of();

    public SourceScan(SourceFormat format) {
        this.format = format;
        this.peaks = new PeakCache(format.channels(), format.frames());
        this.pauses = new PauseFinder(format.sampleRate());
    }

    public SourceFormat format() {
        return format;
    }

    public PeakCache peaks() {
        return peaks;
    }

    /** The suggested edit points, best first; empty until the pass is over. */
    public List<EditPoint> suggestions() {
        return suggestions;
    }

    /**
     * Reads {@code source} to its end (or until {@code cancelled}) on the calling thread.
     *
     * @return frames read
     */
    public long run(AudioSource source, BooleanSupplier cancelled) throws IOException {
        float[][] block = new float[format.channels()][BLOCK];
        long frames = 0;
        for (int n; (n = source.read(block)) > 0; ) {
            if (cancelled.getAsBoolean()) return frames;
            peaks.accept(block, n);
            pauses.accept(block, n);
            frames += n;
        }
        peaks.finish();
        suggestions = pauses.suggestions();
        return frames;
    }
}
