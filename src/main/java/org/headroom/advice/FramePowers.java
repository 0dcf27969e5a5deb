package org.headroom.advice;

import java.util.Arrays;

/**
 * Full-band mean power (over the channels) of consecutive spans of a stream, kept for the
 * foreground SNR ({@link ForegroundSnr}), whose frames line up with the mid band's. Bounded like
 * {@link MidBand}: past {@link MidBand#MAX_SECONDS} the rest is ignored.
 */
final class FramePowers {
    private final int span;
    private final int capacity;
    private double[] powers = new double[1024];
    private int length;
    private double sum;
    private int filled;

    /** @param span input samples per frame */
    FramePowers(int span, int sampleRate) {
        this.span = span;
        this.capacity = (int) Math.min(Integer.MAX_VALUE - 8, MidBand.MAX_SECONDS * sampleRate / span);
    }

    void accept(float[][] block, int frames) {
        for (int i = 0; i < frames; i++) {
            double p = 0;
            for (float[] ch : block) p += (double) ch[i] * ch[i];
            sum += p / block.length;
            if (++filled == span) {
                if (length < capacity) {
                    if (length == powers.length) powers = Arrays.copyOf(powers, 2 * length);
                    powers[length++] = sum / span;
                }
                sum = 0;
                filled = 0;
            }
        }
    }

    double[] powers() {
        return Arrays.copyOf(powers, length);
    }
}
