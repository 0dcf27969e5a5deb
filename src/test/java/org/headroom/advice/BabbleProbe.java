package org.headroom.advice;

import static org.headroom.testsupport.TestSignals.*;

import org.headroom.detect.NoiseAnalyzer;
import org.headroom.testsupport.Backgrounds;
import org.headroom.testsupport.GlottalVoice;

/** Tuning probe for ForegroundSnr (arguments: first seed, default 1, and how many, default 2; tuned on seeds 1-8): energy histogram vs foreground estimate per noise kind. Not a test. */
public class BabbleProbe {
    public static void main(String[] args) throws Exception {
        int r = 16000;
        long seed0 = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        for (long seed = seed0; seed < seed0 + count; seed++) {
            for (String kind : new String[] {"white", "pink", "traffic", "fan", "babble2", "babble4", "babble8"}) {
                StringBuilder row = new StringBuilder(String.format("seed %d %-8s", seed, kind));
                for (double snr : new double[] {0, 5, 10, 20}) {
                    float[] noise = noise(kind, r, -20 - snr, seed);
                    float[] voice = placeAt(r, GlottalVoice.speech(r, 17, 90 + 40 * (seed % 3), 1, -20, seed + 5), 3, 20);
                    float[] x = mix(noise, voice);
                    NoiseAnalyzer old = new NoiseAnalyzer(1, r);
                    old.accept(new float[][] {x}, x.length);
                    row.append(String.format("  %2.0f: old %5.1f new %5.1f", snr, old.snrDb().orElse(Double.NaN),
                            Recordings.measure(r, x).snrDb().orElse(Double.NaN)));
                }
                System.out.println(row);
            }
        }
    }

    static float[] noise(String kind, int r, double db, long seed) {
        return switch (kind) {
            case "white" -> whiteNoise(r, 20, db, seed + 40);
            case "pink" -> pinkNoise(r, 20, db, seed + 40);
            case "traffic" -> Backgrounds.traffic(r, 20, db, seed + 40);
            case "fan" -> Backgrounds.fan(r, 20, 120, db, seed + 40);
            default -> Backgrounds.babble(r, 20, Integer.parseInt(kind.substring(6)), db, seed + 40);
        };
    }
}
