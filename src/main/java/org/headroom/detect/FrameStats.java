package org.headroom.detect;

/**
 * Per-channel sums over consecutive 10 ms frames: sum, sum of squares and, for the first two
 * channels, the cross product. This is the only per-sample work of the level and noise
 * detectors; everything else they do runs once per frame. The loops keep four independent
 * accumulators (eight for the squares, the busiest) because a single running sum is bound by
 * add latency (about 3x slower here).
 */
final class FrameStats {
    /** Called once per completed frame; the sums stay valid until the call returns. */
    interface Sink {
        void frame(FrameStats stats, long startFrame, int length);
    }

    final int channels;
    final int frameLength;
    final double[] sum;
    final double[] sumSq;
    /** Σ x0·x1 when there are at least two channels. */
    double cross;

    private final Sink sink;
    private final boolean wantSums;
    private int filled;
    private long frameStart;

    FrameStats(int channels, int sampleRate, boolean wantSums, Sink sink) {
        this.channels = channels;
        this.frameLength = Math.max(1, sampleRate / 100);
        this.sum = new double[channels];
        this.sumSq = new double[channels];
        this.wantSums = wantSums;
        this.sink = sink;
    }

    void accept(float[][] block, int frames) {
        int i = 0;
        while (i < frames) {
            int n = Math.min(frames - i, frameLength - filled);
            int c = 0;
            if (wantSums && channels >= 2) {
                pair(block[0], block[1], i, n); // one pass over the first two channels
                c = 2;
            }
            for (; c < channels; c++) {
                sumSq[c] += squares(block[c], i, n);
                if (wantSums) sum[c] += sum(block[c], i, n);
            }
            filled += n;
            i += n;
            if (filled == frameLength) {
                sink.frame(this, frameStart, frameLength);
                frameStart += frameLength;
                filled = 0;
                java.util.Arrays.fill(sum, 0);
                java.util.Arrays.fill(sumSq, 0);
                cross = 0;
            }
        }
    }

    /** Mean of the channels' mean squares in the frame just completed. */
    double meanPower() {
        double s = 0;
        for (int c = 0; c < channels; c++) s += sumSq[c];
        return s / ((double) channels * frameLength);
    }

    /** Sums, squares and the cross product of channels 0 and 1 in one pass, two samples at a time. */
    private void pair(float[] x, float[] y, int from, int n) {
        float sx0 = 0, sx1 = 0, sy0 = 0, sy1 = 0, qx0 = 0, qx1 = 0, qy0 = 0, qy1 = 0, c0 = 0, c1 = 0;
        int i = from;
        int end = from + n;
        for (; i + 1 < end; i += 2) {
            float a0 = x[i], a1 = x[i + 1], b0 = y[i], b1 = y[i + 1];
            sx0 += a0;
            sx1 += a1;
            sy0 += b0;
            sy1 += b1;
            qx0 += a0 * a0;
            qx1 += a1 * a1;
            qy0 += b0 * b0;
            qy1 += b1 * b1;
            c0 += a0 * b0;
            c1 += a1 * b1;
        }
        if (i < end) {
            float a = x[i], b = y[i];
            sx0 += a;
            sy0 += b;
            qx0 += a * a;
            qy0 += b * b;
            c0 += a * b;
        }
        sum[0] += (double) sx0 + sx1;
        sum[1] += (double) sy0 + sy1;
        sumSq[0] += (double) qx0 + qx1;
        sumSq[1] += (double) qy0 + qy1;
        cross += (double) c0 + c1;
    }

    static double squares(float[] x, int from, int n) {
        float a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0;
        int i = from;
        int end = from + n;
        for (; i + 7 < end; i += 8) {
            a += x[i] * x[i];
            b += x[i + 1] * x[i + 1];
            c += x[i + 2] * x[i + 2];
            d += x[i + 3] * x[i + 3];
            e += x[i + 4] * x[i + 4];
            f += x[i + 5] * x[i + 5];
            g += x[i + 6] * x[i + 6];
            h += x[i + 7] * x[i + 7];
        }
        for (; i < end; i++) a += x[i] * x[i];
        return (double) a + b + c + d + e + f + g + h;
    }

    static double sum(float[] x, int from, int n) {
        float a = 0, b = 0, c = 0, d = 0;
        int i = from;
        int end = from + n;
        for (; i + 3 < end; i += 4) {
            a += x[i];
            b += x[i + 1];
            c += x[i + 2];
            d += x[i + 3];
        }
        for (; i < end; i++) a += x[i];
        return (double) a + b + c + d;
    }

    static double products(float[] x, float[] y, int from, int n) {
        float a = 0, b = 0, c = 0, d = 0;
        int i = from;
        int end = from + n;
        for (; i + 3 < end; i += 4) {
            a += x[i] * y[i];
            b += x[i + 1] * y[i + 1];
            c += x[i + 2] * y[i + 2];
            d += x[i + 3] * y[i + 3];
        }
        for (; i < end; i++) a += x[i] * y[i];
        return (double) a + b + c + d;
    }
}
