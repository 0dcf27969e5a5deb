package org.headroom.advice;

import static org.headroom.testsupport.TestSignals.*;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.headroom.testsupport.GlottalVoice;

/**
 * The tuning table of {@link SpeechDecay}'s guided passes: RT60 error of single recordings per
 * room and voice (speechLike, then GlottalVoice at 85–300 Hz), 7 s of room tone, 25 s of speech,
 * pink noise 40 dB under it, no direct sound. Tuned on seeds 11–13; AccuracyProbe's voice rows
 * are the same recordings on seeds 1–3. Not a test. Args: first seed, number of seeds.
 */
public class SpeechDecayTuneProbe {
    public static void main(String[] args) {
        long s0 = Long.parseLong(args[0]);
        int seeds = Integer.parseInt(args[1]);
        double[][] voices = {{0, 0}, {85, 1.0}, {120, 1.0}, {210, 1.2}, {300, 1.35}};
        for (double rt : new double[] {0.25, 0.6, 1.0, 2.0}) {
            for (double[] v : voices) {
                List<Double> errors = IntStream.range(0, seeds).parallel().mapToObj(c -> error(v, rt, s0 + c)).toList();
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "RT %.2f %s:", rt, v[0] == 0 ? "speechLike " : String.format(Locale.ROOT, "f0 %3.0f Hz ", v[0])));
                for (double e : errors) row.append(Double.isNaN(e) ? " none" : String.format(Locale.ROOT, " %+4.0f%%", 100 * e));
                System.out.println(row);
            }
        }
    }

    static double error(double[] v, double rt, long seed) {
        int rate = 16000;
        float[] dry = v[0] == 0 ? speechLike(rate, 25, -20, seed) : GlottalVoice.speech(rate, 25, v[0], v[1], -20, seed);
        float[] wet = placeAt(rate, convolve(dry, roomImpulse(rate, rt, Double.NaN, seed + 20)), 7, 32);
        double level = rmsDbfs(java.util.Arrays.copyOfRange(wet, 7 * rate, 30 * rate));
        float[] x = mix(wet, pinkNoise(rate, 32, level - 40, seed + 100));
        MidBand mb = new MidBand(rate);
        mb.accept(new float[][] {x}, x.length);
        return SpeechDecay.estimate(mb.samples(), mb.rate()).map(e -> e.seconds() / rt - 1).orElse(Double.NaN);
    }
}
