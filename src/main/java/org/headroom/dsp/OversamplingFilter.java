package org.headroom.dsp;

/**
 * The polyphase interpolator behind {@link InterSamplePeaks}: a Kaiser-windowed sinc, cut off at
 * the input Nyquist frequency, split into {@code factor} phases of {@link #TAPS} taps.
 *
 * <p>Phase p estimates the signal at time n − TAPS/2 + p/factor from x[n − TAPS + 1 .. n].
 * The window is evaluated on the continuous argument, so phase 0 is exactly the sample
 * x[n − TAPS/2] (sinc is 0 at the other integers): the true peak can never read below the
 * sample peak, and phase 0 costs no multiplications.
 *
 * <p>16 taps per phase with Kaiser β = 7 (64 taps at 4×, the standard's example has 48) keep
 * every phase within ±0.005 dB up to 0.35·fs (16.8 kHz at 48 kHz) and −0.4 dB at 0.40·fs; above
 * that the reading falls, which Tech 3341 allows (+0.2/−0.4 dB on its signals, all of which we
 * pass with margin — see TruePeakMeterTest).
 *
 * <p>The true-peak meter and the editor's true-peak limiter both find peaks through
 * {@link InterSamplePeaks} with these very coefficients, so the limiter limits exactly what the
 * delivery check will measure.
 */
public final class OversamplingFilter {
    public static final int TAPS = 16;
    /** The interpolator's delay: the value between x[n − HALF] and x[n − HALF + 1] needs x up to n. */
    public static final int HALF = TAPS / 2;
    private static final double KAISER_BETA = 7.0;

    private OversamplingFilter() {
    }

    /**
     * Oversampling factor that brings {@code sampleRate} to about 192 kHz: 192000/rate rounded
     * to the nearest power of two, at least 1 (4× at 44.1 and 48 kHz, 2× at 88.2 and 96 kHz,
     * 1× from 176.4 kHz up, 8× at 22.05 and 32 kHz).
     */
    public static int factorFor(int sampleRate) {
        double ratio = 192000.0 / sampleRate;
        if (ratio <= 1.0) return 1;
        int log2 = (int) Math.round(Math.log(ratio) / Math.log(2));
        return 1 << Math.max(0, log2);
    }

    /** Coefficients of phases 1..factor−1, phase-major: {@code h[(p − 1)·TAPS + k]} multiplies x[n − k]. */
    public static double[] phases(int factor) {
        double[] h = new double[Math.max(0, (factor - 1) * TAPS)];
        for (int p = 1; p < factor; p++) {
            for (int k = 0; k < TAPS; k++) {
                double u = k - HALF + (double) p / factor;
                h[(p - 1) * TAPS + k] = Kaiser.sinc(u) * Kaiser.window(u / HALF, KAISER_BETA);
            }
        }
        return h;
    }

    /**
     * The largest Σ|h| over all phases (phase 0 has 1): |output| ≤ this · max|input over the
     * taps|. Slightly enlarged so that rounding in the dot product can never make a computed
     * output exceed the bound — the skip in InterSamplePeaks relies on that to be exact.
     */
    public static double gainBound(double[] h, int factor) {
        double g = 1.0;
        for (int p = 1; p < factor; p++) {
            double s = 0;
            for (int k = 0; k < TAPS; k++) s += Math.abs(h[(p - 1) * TAPS + k]);
            g = Math.max(g, s);
        }
        return g * (1 + 1e-9);
    }
}
