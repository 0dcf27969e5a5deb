package org.headroom.advice;

import static org.headroom.testsupport.TestSignals.*;

/** Speech RT60 error per room over six seeds and three DRRs (args: SNR dB; -Ds0=first seed): how SpeechDecay was calibrated (seeds 1-6). Not a test. */
public class SpeechCalibrationProbe {
    public static void main(String[] args) {
        int rate = 16000;
        double[] rts = {0.25, 0.4, 0.6, 0.8, 1.0, 1.5, 2.0};
        double snr = Double.parseDouble(args[0]);
        double worstAll = 0;
        for (double rt : rts) {
            double worst = 0, sum = 0; int n = 0, miss = 0;
            for (double drr : new double[] {Double.NaN, 0, -5}) for (long seed = Long.getLong("s0", 1); seed < Long.getLong("s0", 1) + 6; seed++) {
                float[] h = roomImpulse(rate, rt, drr, seed);
                float[] speech = convolve(speechLike(rate, 20, -20, seed), h);
                double level = rmsDbfs(speech);
                float[] x = mix(speech, pinkNoise(rate, 21.3 + 1.3 * rt, level - snr, seed + 100));
                MidBand mb = new MidBand(rate);
                mb.accept(new float[][] {x}, x.length);
                var s = SpeechDecay.estimate(mb.samples(), mb.rate());
                if (s.isEmpty()) { miss++; continue; }
                double err = s.get().seconds() / rt - 1;
                sum += err; n++;
                if (Math.abs(err) > Math.abs(worst)) worst = err;
            }
            worstAll = Math.max(worstAll, Math.abs(worst));
            System.out.printf("RT %.2f  mean %+5.1f %%  worst %+5.1f %%  missing %d%n", rt, 100 * sum / n, 100 * worst, miss);
        }
        System.out.printf("worst %.1f %%%n", 100 * worstAll);
    }
}
