package org.headroom.advice;

import static org.headroom.testsupport.TestSignals.*;

import java.util.Locale;
import java.util.Optional;
import org.headroom.detect.Hum;

/**
 * Prints how far the hum level of a location measurement is from the truth (the hum's total RMS)
 * over held-out speech seeds 11-20, 50 and 60 Hz, -60 and -50 dBFS, on white and pink floors,
 * with and without speech, with the harmonics and as a lone fundamental; and two harder cases
 * outside the target: reverberant speech, and a pink floor loud enough to bury the weaker
 * harmonics. Not a test.
 */
public class HumLevelProbe {
    private static final int RATE = 48000;

    public static void main(String[] args) throws Exception {
        double worst = 0;
        for (String speech : new String[] {"after 3 s of room tone", "from the start", "reverberant", "none"}) {
            for (String floor : new String[] {"white -80", "pink -70", "pink -55"}) {
                for (boolean harmonics : new boolean[] {true, false}) {
                    for (double freq : new double[] {50, 60}) {
                        for (double level : new double[] {-60, -50}) {
                            double e = row(speech, floor, harmonics, freq, level);
                            if (!speech.equals("reverberant") && !floor.equals("pink -55")) worst = Math.max(worst, e);
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "worst |error| over the rows without reverberation or a -55 floor: %.2f dB%n", worst);
    }

    /** One line of the table: mean, lowest and highest error over the seeds; returns the worst |error|. */
    private static double row(String speech, String floor, boolean harmonics, double freq, double level) throws Exception {
        double sum = 0, low = Double.MAX_VALUE, high = -Double.MAX_VALUE, freqError = 0;
        int found = 0, n = 0;
        long[] seeds = speech.equals("none") ? new long[] {11, 12, 13} : new long[] {11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        for (long seed : seeds) {
            float[] x = mix(background(floor, seed), voice(speech, seed),
                    harmonics ? hum(RATE, 20, freq, level, -6, -10, -14) : hum(RATE, 20, freq, level));
            Optional<Hum> h = Recordings.measure(RATE, x).hum();
            n++;
            if (h.isEmpty()) continue;
            found++;
            double e = h.get().levelDbfs() - level;
            sum += e;
            low = Math.min(low, e);
            high = Math.max(high, e);
            freqError = Math.max(freqError, Math.abs(h.get().frequencyHz() - freq));
        }
        System.out.printf(Locale.ROOT, "%-22s %-9s %-11s %2.0f Hz %3.0f dBFS: found %2d/%2d, error mean %+5.2f "
                        + "range [%+5.2f, %+5.2f] dB, freq error <= %.2f Hz%n",
                speech, floor, harmonics ? "harmonics" : "fundamental", freq, level, found, n,
                found > 0 ? sum / found : Double.NaN, low, high, freqError);
        return found == n ? Math.max(Math.abs(low), Math.abs(high)) : Double.POSITIVE_INFINITY;
    }

    private static float[] background(String floor, long seed) {
        double level = Double.parseDouble(floor.substring(floor.indexOf(' ') + 1));
        return floor.startsWith("white") ? whiteNoise(RATE, 20, level, seed + 100) : pinkNoise(RATE, 20, level, seed + 100);
    }

    private static float[] voice(String speech, long seed) {
        return switch (speech) {
            case "none" -> silence(RATE, 20);
            case "from the start" -> speechLike(RATE, 20, -20, seed);
            // speech from 3 s in a room of RT60 0.6 s: the tails fill the pauses
            case "reverberant" -> placeAt(RATE, convolve(speechLike(RATE, 17, -20, seed), roomImpulse(RATE, 0.6, 0, seed)), 3, 20);
            default -> placeAt(RATE, speechLike(RATE, 17, -20, seed), 3, 20);
        };
    }
}
