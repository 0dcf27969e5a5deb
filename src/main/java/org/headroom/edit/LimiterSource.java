package org.headroom.edit;

import java.io.IOException;
import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.SourceFormat;

/**
 * {@link TruePeakLimiter} in the stream, its latency removed: the first {@code latency}
 * frames out are dropped and the end is flushed with silence, so frame n out is frame n in,
 * limited, and the length is unchanged.
 */
final class LimiterSource implements AudioSource {
    private final AudioSource upstream;
    private final TruePeakLimiter limiter;
    private final long total;
    private float[][] work = new float[0][];
    private int pendingPos;
    private int pendingEnd;
    private long toDrop;
    private long emitted;

    LimiterSource(AudioSource upstream, double ceilingLinear) {
        this(upstream, ceilingLinear, upstream.format().frames());
    }

    /** @param frames how many frames the upstream will give (it may start part way into its format's length) */
    LimiterSource(AudioSource upstream, double ceilingLinear, long frames) {
        this.upstream = upstream;
        SourceFormat f = upstream.format();
        this.limiter = new TruePeakLimiter(f.channels(), f.sampleRate(), ceilingLinear);
        this.total = frames;
        this.toDrop = limiter.latency();
    }

    /** How hard the limiter has worked so far: the lowest gain it applied, linear. */
    double minGain() {
        return limiter.minGain();
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

    /** Runs one block through the limiter; flushes with silence once the upstream has ended. */
    private void produce() throws IOException {
        int got = upstream.read(work);
        if (got == 0) {
            got = work[0].length;
            for (float[] ch : work) java.util.Arrays.fill(ch, 0f);
        }
        limiter.process(work, got);
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
