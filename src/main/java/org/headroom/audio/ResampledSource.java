package org.headroom.audio;

import java.io.IOException;
import org.headroom.dsp.Resampler;


/** A source at another sample rate, through a {@link Resampler}. */
public final class ResampledSource implements AudioSource {
    private static final int IN_BLOCK = 4096;

    private final AudioSource in;
    private final Resampler resampler;
    private final SourceFormat format;
    private final float[][] inBlock;
    private final float[][] outBlock;
    private int outPos, outLen;
    private boolean flushed;

    public ResampledSource(AudioSource in, int rate) {
        this.in = in;
        SourceFormat f = in.format();
        this.resampler = new Resampler(f.sampleRate(), rate, f.channels());
        long frames = f.frames() < 0 ? -1 : resampler.outputLength(f.frames());
        this.format = f.withRate(rate, frames);
        this.inBlock = new float[f.channels()][IN_BLOCK];
        this.outBlock = new float[f.channels()][resampler.maxOutput(IN_BLOCK)];
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public int read(float[][] block) throws IOException {
        while (outPos >= outLen) {
            if (flushed) return 0;
            int n = in.read(inBlock);
            outPos = 0;
            if (n == 0) {
                outLen = resampler.flush(outBlock);
                flushed = true;
            } else {
                outLen = resampler.process(inBlock, n, outBlock);
            }
        }
        int n = Math.min(block[0].length, outLen - outPos);
        for (int c = 0; c < block.length; c++) System.arraycopy(outBlock[c], outPos, block[c], 0, n);
        outPos += n;
        return n;
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
