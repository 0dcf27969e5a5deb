package org.headroom.edit;

import java.util.Arrays;
import org.headroom.meter.BlockConsumer;

/**
 * Min/max of a source per bucket of frames at several resolutions ({@link #BUCKETS}), so a
 * waveform of any zoom is drawn from a few hundred numbers instead of the file. Built by one
 * streaming pass ({@link #accept}) on a background thread while the window draws from whatever
 * is built so far ({@link #builtFrames}).
 *
 * <p>The finest level is 512 frames per bucket, not 256: a 2-hour 48 kHz stereo take is then
 * 675 k buckets, 10.8 MB of floats, instead of 21.6 MB; zoomed in further than 512 frames per
 * pixel the editor reads the few visible samples from the file instead.
 *
 * <p>One writer thread, any number of readers: each level's arrays are replaced (never resized
 * in place) when they grow, and the count of finished buckets is published after the values,
 * so a reader that reads the count first sees every bucket under it complete.
 */
public final class PeakCache implements BlockConsumer {
    /** Frames per bucket, finest first; each divides the next. */
    public static final int[] BUCKETS = {512, 4096, 65536};

    private final int channels;
    private final Level[] levels = new Level[BUCKETS.length];
    /** The finest level's running bucket, per channel. */
    private final float[] runMin;
    private final float[] runMax;
    private int inRun;
    private volatile long builtFrames;
    private volatile boolean complete;
    /** Coarsest-level estimates from {@link PeakPreview}, NaN where none; racy by design (a drawing hint). */
    private final float[][] previewMin;
    private final float[][] previewMax;

    /**
     * @param expectedFrames the source's length if known (sizes the arrays once), else -1
     */
    public PeakCache(int channels, long expectedFrames) {
        if (channels < 1) throw new IllegalArgumentException("channels " + channels);
        this.channels = channels;
        for (int i = 0; i < BUCKETS.length; i++) {
            long n = expectedFrames > 0 ? (expectedFrames + BUCKETS[i] - 1) / BUCKETS[i] : 1024;
            levels[i] = new Level(BUCKETS[i], channels, (int) Math.max(1, n));
        }
        runMin = new float[channels];
        runMax = new float[channels];
        resetRun();
        int coarse = expectedFrames > 0 ? (int) ((expectedFrames + coarsest() - 1) / coarsest()) : 0;
        previewMin = new float[channels][coarse];
        previewMax = new float[channels][coarse];
        for (int c = 0; c < channels; c++) {
            Arrays.fill(previewMin[c], Float.NaN);
            Arrays.fill(previewMax[c], Float.NaN);
        }
    }

    /** Frames per bucket of the coarsest level, the resolution of the preview. */
    public static int coarsest() {
        return BUCKETS[BUCKETS.length - 1];
    }

    /** Number of preview slots: the coarsest buckets of the expected length (0 when the length was unknown). */
    public int previewSlots() {
        return previewMin[0].length;
    }

    /** Records an estimate for coarsest bucket {@code index}, from a sample of its frames. */
    public void preview(int index, float[] lo, float[] hi) {
        for (int c = 0; c < channels; c++) {
            previewMin[c][index] = lo[c];
            previewMax[c][index] = hi[c];
        }
    }

    /**
     * Like {@link #minMax} but where the cache is not built yet falls back to the preview's
     * estimates, so the overview of a long take shows its shape before the pass reaches the end.
     *
     * @return 0 nothing known, 1 exact, 2 partly or wholly estimated
     */
    public int minMaxOrEstimate(int channel, long from, long to, float[] out) {
        long built = complete ? Long.MAX_VALUE : builtFrames;
        if (to <= built) return minMax(channel, from, to, out) ? 1 : 0;
        boolean exact = from < built && minMax(channel, from, Math.min(to, built), out);
        if (!exact) {
            out[0] = Float.POSITIVE_INFINITY;
            out[1] = Float.NEGATIVE_INFINITY;
        }
        boolean any = exact;
        int first = (int) (Math.max(from, built) / coarsest());
        int last = (int) Math.min(previewSlots() - 1, (to - 1) / coarsest());
        for (int i = first; i <= last; i++) {
            float lo = previewMin[channel][i];
            if (Float.isNaN(lo)) continue;
            out[0] = Math.min(out[0], lo);
            out[1] = Math.max(out[1], previewMax[channel][i]);
            any = true;
        }
        return any ? 2 : exact ? 1 : 0;
    }

    public int channels() {
        return channels;
    }

    /** Frames folded into finished buckets of the finest level; grows while the cache builds. */
    public long builtFrames() {
        return builtFrames;
    }

    /** True once {@link #finish} ran: every frame of the source is in. */
    public boolean isComplete() {
        return complete;
    }

    /** Bytes the arrays hold, for the memory figure. */
    public long bytes() {
        long b = 0;
        for (Level l : levels) b += 2L * channels * l.data.min[0].length * Float.BYTES;
        return b + 2L * channels * previewSlots() * Float.BYTES;
    }

    @Override
    public void accept(float[][] block, int frames) {
        int bucket = BUCKETS[0];
        int i = 0;
        while (i < frames) {
            int take = Math.min(frames - i, bucket - inRun);
            for (int c = 0; c < channels; c++) {
                float[] x = block[c];
                float lo = runMin[c];
                float hi = runMax[c];
                for (int k = i; k < i + take; k++) {
                    float v = x[k];
                    if (v < lo) lo = v;
                    if (v > hi) hi = v;
                }
                runMin[c] = lo;
                runMax[c] = hi;
            }
            inRun += take;
            i += take;
            if (inRun == bucket) closeRun(bucket);
        }
    }

    /** Flushes the last, partial buckets; call once after the last block. */
    public void finish() {
        if (inRun > 0) closeRun(inRun);
        for (int l = 1; l < levels.length; l++) levels[l].flushPartial();
        complete = true;
    }

    private void closeRun(int frames) {
        levels[0].push(runMin, runMax);
        // each coarser level folds the finest buckets directly, so no level waits on another
        for (int l = 1; l < levels.length; l++) levels[l].fold(runMin, runMax, BUCKETS[l] / BUCKETS[0]);
        resetRun();
        builtFrames += frames; // published last: readers trust every bucket under it
    }

    private void resetRun() {
        Arrays.fill(runMin, Float.POSITIVE_INFINITY);
        Arrays.fill(runMax, Float.NEGATIVE_INFINITY);
        inRun = 0;
    }

    /**
     * Min and max of {@code channel} over the finest buckets that [from, to) touches, so exact
     * when from and to are multiples of {@code BUCKETS[0]}; built buckets only. Uses the
     * coarsest level that fits each stretch, so a query over an hour reads about a hundred values.
     *
     * @param out receives {min, max}; {+∞, −∞} when nothing in the range is built yet
     * @return false when nothing in the range is built yet
     */
    public boolean minMax(int channel, long from, long to, float[] out) {
        out[0] = Float.POSITIVE_INFINITY;
        out[1] = Float.NEGATIVE_INFINITY;
        long built = builtFrames;
        long end = Math.min(to, complete ? Long.MAX_VALUE : built);
        long b = Math.max(0, from) / BUCKETS[0];
        long bEnd = (end + BUCKETS[0] - 1) / BUCKETS[0];
        bEnd = Math.min(bEnd, levels[0].count);
        boolean any = false;
        while (b < bEnd) {
            int l = levels.length - 1;
            // the coarsest level whose bucket starts at b and ends inside the range (and is finished)
            while (l > 0) {
                long ratio = BUCKETS[l] / BUCKETS[0];
                if (b % ratio == 0 && b + ratio <= bEnd && b / ratio < levels[l].count) break;
                l--;
            }
            long ratio = BUCKETS[l] / BUCKETS[0];
            Level.Data d = levels[l].data;
            int idx = (int) (b / ratio);
            float lo = d.min[channel][idx];
            float hi = d.max[channel][idx];
            if (lo < out[0]) out[0] = lo;
            if (hi > out[1]) out[1] = hi;
            any = true;
            b += ratio;
        }
        return any;
    }

    /** Buckets finished at level {@code level} (0 = finest). */
    public int buckets(int level) {
        return levels[level].count;
    }

    /** One level's min/max arrays for one channel; the values under {@link #buckets} are final. */
    public float bucketMin(int level, int channel, int index) {
        return levels[level].data.min[channel][index];
    }

    public float bucketMax(int level, int channel, int index) {
        return levels[level].data.max[channel][index];
    }

    /** One resolution: finished buckets plus the one being folded from finer ones. */
    private static final class Level {
        final int bucketFrames;
        volatile Data data;
        volatile int count;
        final float[] accMin;
        final float[] accMax;
        int folded;

        Level(int bucketFrames, int channels, int capacity) {
            this.bucketFrames = bucketFrames;
            this.data = new Data(new float[channels][capacity], new float[channels][capacity]);
            accMin = new float[channels];
            accMax = new float[channels];
            Arrays.fill(accMin, Float.POSITIVE_INFINITY);
            Arrays.fill(accMax, Float.NEGATIVE_INFINITY);
        }

        void push(float[] lo, float[] hi) {
            Data d = data;
            if (count == d.min[0].length) d = grow(d);
            for (int c = 0; c < lo.length; c++) {
                d.min[c][count] = lo[c];
                d.max[c][count] = hi[c];
            }
            count = count + 1; // volatile write after the values
        }

        /** Folds one finer bucket in; true when that finished a bucket of this level. */
        boolean fold(float[] lo, float[] hi, int perBucket) {
            for (int c = 0; c < lo.length; c++) {
                accMin[c] = Math.min(accMin[c], lo[c]);
                accMax[c] = Math.max(accMax[c], hi[c]);
            }
            if (++folded < perBucket) return false;
            flushPartial();
            return true;
        }

        void flushPartial() {
            if (folded == 0) return;
            push(accMin, accMax);
            Arrays.fill(accMin, Float.POSITIVE_INFINITY);
            Arrays.fill(accMax, Float.NEGATIVE_INFINITY);
            folded = 0;
        }

        private Data grow(Data d) {
            int n = d.min[0].length * 2;
            float[][] lo = new float[d.min.length][];
            float[][] hi = new float[d.min.length][];
            for (int c = 0; c < lo.length; c++) {
                lo[c] = Arrays.copyOf(d.min[c], n);
                hi[c] = Arrays.copyOf(d.max[c], n);
            }
            Data grown = new Data(lo, hi);
            data = grown;
            return grown;
        }

        record Data(float[][] min, float[][] max) {
        }
    }
}
