package org.headroom.testsupport;

import java.util.Random;

/**
 * Vowels from a source-filter model, independent of any synthesiser: a Rosenberg glottal pulse
 * (open phase rising as ½(1 − cos), a short closing quarter-cosine, then closed) at a chosen
 * fundamental with a slow glide and 1 % jitter, differentiated for lip radiation, through three
 * formant resonators, in syllables of 150–350 ms with pauses. Used to check that speech is
 * found in any talker's voice (low male to child), not one synthesiser's.
 */
public final class GlottalVoice {
    private GlottalVoice() {
    }

    /**
     * @param f0Hz          mean fundamental (85 for a low male voice, 300 for a child)
     * @param formantScale  1 for an adult male's formants (F1 300–800, F2 900–2200, F3 2400–3000 Hz),
     *                      about 1.2 for a female, 1.35 for a child
     * @param activeRmsDbfs RMS over the voiced syllables
     */
    public static float[] speech(int rate, double seconds, double f0Hz, double formantScale, double activeRmsDbfs, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(seconds * rate);
        double[] y = new double[n];
        boolean[] voiced = new boolean[n];
        int at = (int) (0.2 * rate);
        int count = 0;
        while (at < n) {
            int len = (int) ((0.15 + 0.2 * random.nextDouble()) * rate);
            double[] f = {(300 + 500 * random.nextDouble()) * formantScale, (900 + 1300 * random.nextDouble()) * formantScale,
                    (2400 + 600 * random.nextDouble()) * formantScale};
            double[][] res = new double[3][2];
            double[][] coef = new double[3][3];
            for (int k = 0; k < 3; k++) {
                double r = Math.exp(-Math.PI * (60 + 40 * k) * formantScale / rate);
                coef[k] = new double[] {2 * r * Math.cos(2 * Math.PI * f[k] / rate), -r * r, 1 - r};
            }
            double glide = (random.nextDouble() - 0.5) * 0.3 * f0Hz;
            double phase = 0, previous = 0;
            int ramp = (int) (0.02 * rate);
            for (int i = 0; i < len && at + i < n; i++) {
                double f0 = (f0Hz + glide * i / len) * (1 + 0.01 * random.nextGaussian());
                phase += f0 / rate;
                phase -= Math.floor(phase);
                double g = phase < 0.4 ? 0.5 * (1 - Math.cos(Math.PI * phase / 0.4))
                        : phase < 0.56 ? Math.cos(Math.PI * (phase - 0.4) / 0.32) : 0;
                double v = g - previous;
                previous = g;
                for (int k = 0; k < 3; k++) {
                    double out = coef[k][2] * v + coef[k][0] * res[k][0] + coef[k][1] * res[k][1];
                    res[k][1] = res[k][0];
                    res[k][0] = out;
                    v = out;
                }
                double env = Math.min(1, Math.min(i, len - 1 - i) / (double) ramp);
                y[at + i] = v * env;
                voiced[at + i] = true;
            }
            at += len + (int) (((++count % 4 == 0) ? 0.4 + 0.3 * random.nextDouble() : 0.05 + 0.1 * random.nextDouble()) * rate);
        }
        double sum = 0;
        int active = 0;
        for (int i = 0; i < n; i++) if (voiced[i]) { sum += y[i] * y[i]; active++; }
        double gain = Math.pow(10, activeRmsDbfs / 20) / Math.sqrt(sum / Math.max(1, active));
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = (float) (y[i] * gain);
        return out;
    }
}
