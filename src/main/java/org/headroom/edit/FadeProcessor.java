package org.headroom.edit;

/**
 * The programme's fade-in and fade-out. The first frame of a fade-in and the last of a
 * fade-out have gain exactly 0, so the programme starts and ends in true silence; every gain
 * is at most 1, so no sample grows. Frames outside the fades cost one comparison per block.
 */
final class FadeProcessor implements BlockProcessor {
    private final long total;
    private final Timeline.Fade in;
    private final Timeline.Fade out;
    private long position;

    FadeProcessor(long totalFrames, Timeline.Fade in, Timeline.Fade out) {
        this(totalFrames, in, out, 0);
    }

    /** For a stream that starts at programme frame {@code position}: the fades go by where a frame is, not how many came before. */
    FadeProcessor(long totalFrames, Timeline.Fade in, Timeline.Fade out, long position) {
        this.total = totalFrames;
        this.in = in;
        this.out = out;
        this.position = position;
    }

    @Override
    public void process(float[][] block, int frames) {
        long outStart = total - out.frames();
        if (position < in.frames() || position + frames > outStart) {
            for (int i = 0; i < frames; i++) {
                long f = position + i;
                double g = 1.0;
                if (f < in.frames()) g = in.shape().gain((double) f / in.frames());
                if (f >= outStart) g *= out.shape().gain((double) (total - 1 - f) / out.frames());
                if (g == 1.0) continue;
                for (float[] ch : block) ch[i] = (float) (ch[i] * g);
            }
        }
        position += frames;
    }
}
