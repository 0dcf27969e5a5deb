package org.headroom.testsupport;

import java.io.IOException;
import java.util.function.IntSupplier;
import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.SourceFormat;

/**
 * Test plumbing: a source that hands its upstream's frames over in blocks of the sizes a
 * partition asks for (never more than the caller's block holds), the way a file reader, a
 * sound card or a seek can cut a stream. Sizes below 1 count as 1.
 */
public final class PartitionedSource implements AudioSource {
    private final AudioSource upstream;
    private final IntSupplier sizes;
    private float[][] scratch = new float[0][];

    public PartitionedSource(AudioSource upstream, IntSupplier sizes) {
        this.upstream = upstream;
        this.sizes = sizes;
    }

    /** Block sizes {@code pattern[0], pattern[1], …}, starting again after the last. */
    public static IntSupplier cycle(int... pattern) {
        int[] at = {0};
        return () -> pattern[at[0]++ % pattern.length];
    }

    /**
     * Random block sizes from {@code seed}: mostly 1, 2 or 3 frames, sometimes ragged sizes up
     * to 5000, so every kind of join occurs.
     */
    public static IntSupplier random(long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        return () -> r.nextInt(4) == 0 ? 1 + r.nextInt(5000) : 1 + r.nextInt(3);
    }

    /** Reads {@code s} to the end into arrays, asking for blocks of the sizes {@code sizes} gives. */
    public static float[][] readAll(AudioSource s, IntSupplier sizes) throws IOException {
        int channels = s.format().channels();
        float[][] out = new float[channels][1 << 16];
        int at = 0;
        while (true) {
            int want = Math.max(1, sizes.getAsInt());
            float[][] block = new float[channels][want];
            int n = s.read(block);
            if (n == 0) break;
            if (at + n > out[0].length) {
                for (int c = 0; c < channels; c++) out[c] = java.util.Arrays.copyOf(out[c], Math.max(2 * out[c].length, at + n));
            }
            for (int c = 0; c < channels; c++) System.arraycopy(block[c], 0, out[c], at, n);
            at += n;
        }
        for (int c = 0; c < channels; c++) out[c] = java.util.Arrays.copyOf(out[c], at);
        return out;
    }

    @Override
    public SourceFormat format() {
        return upstream.format();
    }

    @Override
    public int read(float[][] block) throws IOException {
        int want = Math.min(block[0].length, Math.max(1, sizes.getAsInt()));
        // arrays exactly `want` long, so the upstream cannot hand over more than the partition allows
        if (scratch.length != block.length || scratch[0].length != want) scratch = new float[block.length][want];
        int got = upstream.read(scratch);
        for (int c = 0; c < block.length; c++) System.arraycopy(scratch[c], 0, block[c], 0, got);
        return got;
    }

    @Override
    public BitRate bitRate() {
        return upstream.bitRate();
    }

    @Override
    public void close() throws IOException {
        upstream.close();
    }
}
