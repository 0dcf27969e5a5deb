package org.headroom.edit;

/**
 * Snapping edit points to zero crossings, so a cut made without a crossfade (crossfadeMs 0)
 * joins two pieces near silence instead of mid-swing.
 */
public final class ZeroCrossings {
    private ZeroCrossings() {
    }

    /**
     * The frame nearest to {@code frame}, at most {@code maxDistance} away, where the signal
     * crosses zero: a frame i whose sample is 0, or where samples i − 1 and i have opposite
     * signs (then i or i − 1, whichever is nearer zero). Ties go to the earlier frame.
     *
     * @return that frame, or {@code frame} itself when there is no crossing within reach
     */
    public static int nearest(float[] samples, int frame, int maxDistance) {
        if (samples.length == 0) return frame;
        int f = Math.max(0, Math.min(samples.length - 1, frame));
        for (int d = 0; d <= maxDistance; d++) {
            int before = crossingAt(samples, f - d);
            if (before >= 0) return before;
            int after = crossingAt(samples, f + d);
            if (after >= 0) return after;
        }
        return frame;
    }

    /** The same over several channels: the crossing of their sum, which is where a mono listener hears the join. */
    public static int nearest(float[][] channels, int frame, int maxDistance) {
        if (channels.length == 1) return nearest(channels[0], frame, maxDistance);
        float[] sum = new float[channels[0].length];
        for (float[] ch : channels) {
            for (int i = 0; i < sum.length; i++) sum[i] += ch[i];
        }
        return nearest(sum, frame, maxDistance);
    }

    private static int crossingAt(float[] x, int i) {
        if (i < 0 || i >= x.length) return -1;
        if (x[i] == 0) return i;
        if (i == 0) return -1;
        float a = x[i - 1];
        float b = x[i];
        if ((a < 0) == (b < 0) || a == 0) return -1;
        return Math.abs(a) < Math.abs(b) ? i - 1 : i;
    }
}
