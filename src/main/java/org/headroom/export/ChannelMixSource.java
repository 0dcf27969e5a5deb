package org.headroom.export;

import java.io.IOException;
import java.util.List;

import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.ChannelRole;
import org.headroom.audio.SourceFormat;

/**
 * A source with another channel count. Mono to many copies the channel; many to mono is the
 * mean of the channels (LFE left out), which keeps a centred voice at its level; other
 * changes keep the first channels and fill missing ones with silence.
 */
final class ChannelMixSource implements AudioSource {
    private final AudioSource in;
    private final SourceFormat format;
    private final List<ChannelRole> inRoles;
    private float[][] work = new float[0][];

    ChannelMixSource(AudioSource in, int channels) {
        this.in = in;
        SourceFormat f = in.format();
        this.inRoles = f.channelRoles();
        this.format = new SourceFormat(f.container(), f.encoding(), f.sampleRate(), channels, f.bitsPerSample(),
                f.validBits(), f.frames(), ChannelRole.defaultLayout(channels), f.metadata());
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public int read(float[][] block) throws IOException {
        int inCh = inRoles.size();
        // exactly the caller's length: a longer work block would let the upstream hand over more than fits
        if (work.length != inCh || work[0].length != block[0].length) work = new float[inCh][block[0].length];
        int n = in.read(work);
        int outCh = block.length;
        if (inCh == 1) {
            for (float[] b : block) System.arraycopy(work[0], 0, b, 0, n);
        } else if (outCh == 1) {
            int used = 0;
            java.util.Arrays.fill(block[0], 0, n, 0f);
            for (int c = 0; c < inCh; c++) {
                if (inRoles.get(c) == ChannelRole.LFE) continue;
                used++;
                for (int i = 0; i < n; i++) block[0][i] += work[c][i];
            }
            float k = 1f / Math.max(1, used);
            for (int i = 0; i < n; i++) block[0][i] *= k;
        } else {
            for (int c = 0; c < outCh; c++) {
                if (c < inCh) System.arraycopy(work[c], 0, block[c], 0, n);
                else java.util.Arrays.fill(block[c], 0, n, 0f);
            }
        }
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
