package org.headroom.export;

import java.io.IOException;

import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.SourceFormat;

/**
 * A source turned up or down by a fixed gain and then through a {@link TruePeakLimiter}, with
 * the limiter's latency hidden: the output has exactly the input's frames, in time with it.
 */
public final class LimitedSource implements AudioSource {
    private final AudioSource in;
    private final float gain;
    private final TruePeakLimiter limiter;
    private long toSkip;
    private long toDrain;
    private boolean upstreamDone;
    private float[][] work = new float[0][];

    /** @param limiterOrNull null for gain alone */
    public LimitedSource(AudioSource in, double gainDb, TruePeakLimiter limiterOrNull) {
        this.in = in;
        this.gain = (float) Math.pow(10, gainDb / 20);
        this.limiter = limiterOrNull;
        this.toSkip = limiterOrNull == null ? 0 : limiterOrNull.latency();
        this.toDrain = toSkip;
    }

    @Override
    public SourceFormat format() {
        return in.format();
    }

    @Override
    public int read(float[][] block) throws IOException {
        int want = block[0].length;
        if (work.length != block.length || work[0].length < want) work = new float[block.length][want];
        while (true) {
            int n;
            if (!upstreamDone) {
                n = in.read(work);
                if (n == 0) upstreamDone = true;
            } else {
                n = 0;
            }
            if (n == 0) {
                if (toDrain == 0) return 0;
                n = (int) Math.min(want, toDrain);
                for (float[] w : work) java.util.Arrays.fill(w, 0, n, 0f);
                toDrain -= n; // the silence pushes the last real samples out of the limiter
            } else if (gain != 1f) {
                for (float[] w : work) for (int i = 0; i < n; i++) w[i] *= gain;
            }
            if (limiter != null) limiter.process(work, n);
            int skip = (int) Math.min(toSkip, n);
            toSkip -= skip;
            if (n - skip > 0) {
                for (int c = 0; c < block.length; c++) System.arraycopy(work[c], skip, block[c], 0, n - skip);
                return n - skip;
            }
        }
    }

    @Override
    public BitRate bitRate() {
        return in.bitRate();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
