package org.headroom.meter;

import java.util.OptionalDouble;

/**
 * Phase correlation of two channels, Σlr / √(Σl²·Σr²): +1 in phase (mono), 0 unrelated,
 * −1 polarity-inverted. Undefined while either channel has been silent throughout.
 *
 * <p>{@link #recent()} covers the last ~300 ms for the live meter: the window is 30 segments
 * of 10 ms, the current partial segment included, so it spans between 300 and 310 ms.
 */
public final class CorrelationMeter implements BlockConsumer {
    private static final int SEGMENTS = 30;

    private final int left;
    private final int right;
    private final int segmentFrames;

    private double lr, ll, rr;
    private final double[] segLr = new double[SEGMENTS];
    private final double[] segLl = new double[SEGMENTS];
    private final double[] segRr = new double[SEGMENTS];
    private double curLr, curLl, curRr;
    private int inSegment;
    private long segments;

    /** Assumes 48 kHz for the length of {@link #recent()}'s window. */
    public CorrelationMeter(int left, int right) {
        this(left, right, 48000);
    }

    public CorrelationMeter(int left, int right, int sampleRate) {
        this.left = left;
        this.right = right;
        this.segmentFrames = Math.max(1, sampleRate / 100);
    }

    @Override
    public void accept(float[][] block, int count) {
        float[] l = block[left];
        float[] r = block[right];
        int i = 0;
        while (i < count) {
            int end = Math.min(count, i + segmentFrames - inSegment);
            // Continue the running sums in stream order: block boundaries must not change rounding.
            double slr = curLr, sll = curLl, srr = curRr;
            for (int k = i; k < end; k++) {
                double a = l[k], b = r[k];
                slr += a * b;
                sll += a * a;
                srr += b * b;
            }
            curLr = slr;
            curLl = sll;
            curRr = srr;
            inSegment += end - i;
            i = end;
            if (inSegment == segmentFrames) {
                int slot = (int) (segments % SEGMENTS);
                segLr[slot] = curLr;
                segLl[slot] = curLl;
                segRr[slot] = curRr;
                lr += curLr;
                ll += curLl;
                rr += curRr;
                curLr = curLl = curRr = 0;
                inSegment = 0;
                segments++;
            }
        }
    }

    /** Correlation over everything seen. */
    public OptionalDouble correlation() {
        return ratio(lr + curLr, ll + curLl, rr + curRr);
    }

    /** Correlation over the last ~300 ms. */
    public OptionalDouble recent() {
        double a = curLr, b = curLl, c = curRr;
        for (int s = 0; s < Math.min(SEGMENTS, segments); s++) {
            a += segLr[s];
            b += segLl[s];
            c += segRr[s];
        }
        return ratio(a, b, c);
    }

    private static OptionalDouble ratio(double lr, double ll, double rr) {
        if (ll <= 0 || rr <= 0) return OptionalDouble.empty();
        double r = lr / Math.sqrt(ll * rr);
        return OptionalDouble.of(Math.max(-1.0, Math.min(1.0, r)));
    }
}
