package org.headroom.edit;

import java.io.IOException;
import java.util.Arrays;
import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.SourceFormat;
import org.headroom.dsp.effects.BlockEffect;

/**
 * An effect that looks ahead, with its latency taken out: the first {@code latency} frames it
 * gives are dropped and the end is flushed with silence, so frame n out is frame n in, processed,
 * and the length is unchanged — every effect can be compared with its source sample for sample.
 * The limiter ({@link LimiterSource}) and the look-ahead effects all go through it.
 */
final class AlignedSource implements AudioSource {
    private final AudioSource upstream;
    private final BlockEffect effect;
    private final long total;
    private float[][] work = new float[0][];
    private int pendingPos;
    private int pendingEnd;
    private long toDrop;
    private long emitted;

    /** @param frames how many frames the upstream will give */
    AlignedSource(AudioSource upstream, BlockEffect effect, long frames) {
        this.upstream = upstream;
        this.effect = effect;
        this.total = frames;
        this.toDrop = effect.latency();
    }

    @Override
    public SourceFormat format() {
        return upstream.format();
    }

    @Override
    public int read(float[][] block) throws IOException {
        int want = block[0].length;
        if (work.length == 0) work = new float[block.length][Math.max(want, 4096)];
        int done = 0;
        while (done < want && emitted < total) {
            if (pendingPos == pendingEnd) produce();
            int n = (int) Math.min(Math.min(want - done, pendingEnd - pendingPos), total - emitted);
            for (int c = 0; c < block.length; c++) System.arraycopy(work[c], pendingPos, block[c], done, n);
            pendingPos += n;
            done += n;
            emitted += n;
        }
        return done;
    }

    private void produce() throws IOException {
        int got = upstream.read(work);
        if (got == 0) {
            got = work[0].length;
            for (float[] ch : work) Arrays.fill(ch, 0f);
        }
        effect.process(work, got);
        int skip = (int) Math.min(toDrop, got);
        toDrop -= skip;
        pendingPos = skip;
        pendingEnd = got;
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
