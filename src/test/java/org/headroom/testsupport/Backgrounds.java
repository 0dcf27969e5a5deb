package org.headroom.testsupport;

import java.util.Random;
import java.util.SplittableRandom;
import org.headroom.dsp.Biquad;

/**
 * Background noises of known RMS for the SNR tests (issue 14): babble of several talkers, traffic
 * and a fan. Synthesised here so the tests need no recordings or synthesiser.
 */
public final class Backgrounds {
    private Backgrounds() {
    }

    /**
     * A crowd of {@code talkers} glottal-pulse voices ({@link GlottalVoice}) of mixed pitch (95–260
     * Hz) and formants (adult male to female), each with its own syllable timing and a level
     * within ±3 dB of the others, summed and scaled to {@code rmsDbfs} over the whole length.
     */
    public static float[] babble(int rate, double seconds, int talkers, double rmsDbfs, long seed) {
        Random random = generator(seed);
        double[] sum = new double[(int) Math.round(seconds * rate)];
        for (int t = 0; t < talkers; t++) {
            double f0 = 95 + 165 * random.nextDouble();
            double formants = 1 + 0.25 * random.nextDouble();
            double level = -30 + 6 * random.nextDouble();
            // Each talker starts somewhere in its own first second, so their syllables do not line up.
            float[] voice = GlottalVoice.speech(rate, seconds + 1, f0, formants, level, seed * 31 + t);
            int offset = random.nextInt(rate);
            for (int i = 0; i < sum.length; i++) sum[i] += voice[i + offset];
        }
        float[] x = new float[sum.length];
        for (int i = 0; i < x.length; i++) x[i] = (float) sum[i];
        return TestSignals.scaleToRms(x, rmsDbfs);
    }

    /**
     * Traffic heard from a pavement: rumble (white noise low-passed at 300 Hz and 1.5 kHz, twelve
     * dB per octave each) whose level swells by up to 10 dB as vehicles pass, one every 2–5 s.
     */
    public static float[] traffic(int rate, double seconds, double rmsDbfs, long seed) {
        Random random = generator(seed);
        int n = (int) Math.round(seconds * rate);
        float[] x = new float[n];
        Filter rumble = new Filter(Biquad.lowPass(rate, 300, Math.sqrt(0.5)));
        Filter tyres = new Filter(Biquad.lowPass(rate, 1500, Math.sqrt(0.5)));
        double nextPass = 0, passAt = -10, passWidth = 1;
        for (int i = 0; i < n; i++) {
            double t = (double) i / rate;
            if (t >= nextPass) {
                passAt = t + 1;
                passWidth = 0.6 + 0.8 * random.nextDouble();
                nextPass = t + 2 + 3 * random.nextDouble();
            }
            double d = (t - passAt) / passWidth;
            double swell = Math.pow(10, 10 * Math.exp(-d * d) / 20);
            double w = random.nextGaussian();
            x[i] = (float) (swell * (rumble.next(w) + 0.5 * tyres.next(w)));
        }
        return TestSignals.scaleToRms(x, rmsDbfs);
    }

    /**
     * A fan: broadband air noise (white noise low-passed at 2 kHz) plus the blade-pass tone at
     * {@code bladeHz} and two harmonics 10 dB under the broadband part, steady.
     */
    public static float[] fan(int rate, double seconds, double bladeHz, double rmsDbfs, long seed) {
        Random random = generator(seed);
        int n = (int) Math.round(seconds * rate);
        float[] x = new float[n];
        Filter air = new Filter(Biquad.lowPass(rate, 2000, Math.sqrt(0.5)));
        double airRms = Math.sqrt(2000.0 / rate); // white noise of unit variance, about this much below 2 kHz
        double toneAmp = airRms * Math.sqrt(2) * Math.pow(10, -10 / 20.0);
        for (int i = 0; i < n; i++) {
            double t = (double) i / rate;
            double tone = 0;
            for (int h = 1; h <= 3; h++) tone += Math.sin(2 * Math.PI * h * bladeHz * t) / h;
            x[i] = (float) (air.next(random.nextGaussian()) + toneAmp * tone);
        }
        return TestSignals.scaleToRms(x, rmsDbfs);
    }

    /** One biquad, direct form I, sample by sample (test signals only; the product uses dsp.BiquadLoop). */
    private static final class Filter {
        private final Biquad c;
        private double x1, x2, y1, y2;

        Filter(Biquad c) {
            this.c = c;
        }

        double next(double x) {
            double y = c.b0() * x + c.b1() * x1 + c.b2() * x2 - c.a1() * y1 - c.a2() * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            return y;
        }
    }

    /**
     * A generator for {@code seed} whose first draws differ between nearby seeds: java.util.Random
     * seeded with 1, 2, 3… gives almost the same first {@code nextDouble}, which put a 208–215 Hz
     * voice in every crowd, tuning and held-out seeds alike. SplittableRandom scrambles the seed.
     */
    private static Random generator(long seed) {
        return new Random(new SplittableRandom(seed).nextLong());
    }
}
