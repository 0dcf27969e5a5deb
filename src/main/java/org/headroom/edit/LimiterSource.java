package org.headroom.edit;

import java.io.IOException;
import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.SourceFormat;

/**
 * {@link TruePeakLimiter} in the stream, its latency removed by {@link AlignedSource} (frame n
 * out is frame n in, limited, and the length is unchanged), and able to say how hard it worked.
 */
final class LimiterSource implements AudioSource {
    private final TruePeakLimiter limiter;
    private final AudioSource aligned;

    LimiterSource(AudioSource upstream, double ceilingLinear) {
        this(upstream, ceilingLinear, upstream.format().frames());
    }

    /** @param frames how many frames the upstream will give (it may start part way into its format's length) */
    LimiterSource(AudioSource upstream, double ceilingLinear, long frames) {
        SourceFormat f = upstream.format();
        this.limiter = new TruePeakLimiter(f.channels(), f.sampleRate(), ceilingLinear);
        this.aligned = new AlignedSource(upstream, limiter, frames);
    }

    /** How hard the limiter has worked so far: the lowest gain it applied, linear. */
    double minGain() {
        return limiter.minGain();
    }

    @Override
    public SourceFormat format() {
        return aligned.format();
    }

    @Override
    public int read(float[][] block) throws IOException {
        return aligned.read(block);
    }

    @Override
    public BitRate bitRate() {
        return aligned.bitRate();
    }

    @Override
    public void close() throws IOException {
        aligned.close();
    }
}
