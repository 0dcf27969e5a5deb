package org.headroom.meter;

import org.headroom.dsp.AbsPeak;
import org.headroom.dsp.Silence;

/**
 * Sample peak, RMS and DC offset per channel, over everything seen.
 *
 * <p>Sums are kept in double, one running sum per channel added to in stream order, so the
 * result does not depend on how the stream was cut into blocks (bit for bit). Relative error
 * after n samples is below n·2^-53 (2e-8 for an hour at 48 kHz).
 */
public final class SampleStatsMeter implements BlockConsumer {
    private final int channels;
    private final double[] peak;
    private final double[] sum;
    private final double[] sumSquares;
    private long frames;

    public SampleStatsMeter(int channels) {
        if (channels < 1) throw new IllegalArgumentException("channels " + channels);
        this.channels = channels;
        peak = new double[channels];
        sum = new double[channels];
        sumSquares = new double[channels];
    }

    @Override
    public void accept(float[][] block, int count) {
        for (int c = 0; c < channels; c++) {
            float[] x = block[c];
            if (Silence.isZero(x, 0, count)) continue; // zeros leave peak and sums as they are
            int p = AbsPeak.bits((float) peak[c]);
            double s = sum[c];
            double q = sumSquares[c];
            for (int i = 0; i < count; i++) {
                float v = x[i];
                p = Math.max(p, AbsPeak.bits(v)); // see AbsPeak: twice as fast as Math.max on floats
                s += v;
                q += (double) v * v;
            }
            peak[c] = Float.intBitsToFloat(p);
            sum[c] = s;
            sumSquares[c] = q;
        }
        frames += count;
    }

    public long frames() {
        return frames;
    }

    /** Largest |sample| of channel {@code ch}, linear; a float source may exceed 1.0. */
    public double peak(int ch) {
        return peak[ch];
    }

    public double peakAll() {
        double m = 0;
        for (double p : peak) m = Math.max(m, p);
        return m;
    }

    /** sqrt(mean square) of channel {@code ch}: a full-scale sine gives 0.7071; 0 before any frame. */
    public double rms(int ch) {
        return frames == 0 ? 0 : Math.sqrt(sumSquares[ch] / frames);
    }

    /** RMS over all samples of all channels. */
    public double rmsAll() {
        if (frames == 0) return 0;
        double q = 0;
        for (double v : sumSquares) q += v;
        return Math.sqrt(q / ((double) frames * channels));
    }

    /** Mean sample value of channel {@code ch}, as a fraction of full scale. */
    public double dcOffset(int ch) {
        return frames == 0 ? 0 : sum[ch] / frames;
    }
}
