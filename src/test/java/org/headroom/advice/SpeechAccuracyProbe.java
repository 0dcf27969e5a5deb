package org.headroom.advice;

import static org.headroom.testsupport.TestSignals.*;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Blind speech RT60 error per RT60 over seeds and the three rooms SpeechDecayTest uses (no direct
 * sound, DRR 0 dB, DRR −5 dB), on the recordings of {@link Recordings#room}. Not a test.
 * Args: first seed, number of seeds, SNR dB [, speech seconds (default 20)].
 */
public class SpeechAccuracyProbe {
    public static void main(String[] args) {
        int rate = 16000;
        long s0 = Long.parseLong(args[0]);
        int seeds = Integer.parseInt(args[1]);
        double snr = Double.parseDouble(args[2]);
        double speechSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 20;
        double[] drrs = {Double.NaN, 0, -5};
        double worstAll = 0;
        long t0 = System.nanoTime();
        for (double rt : new double[] {0.25, 0.4, 0.6, 0.8, 1.0, 1.5, 2.0}) {
            int cases = seeds * drrs.length;
            Object[] out = IntStream.range(0, cases).parallel().mapToObj(c -> {
                long seed = s0 + c / drrs.length;
                float[] x = recording(rate, rt, drrs[c % drrs.length], snr, seed, speechSeconds);
                MidBand mb = new MidBand(rate);
                mb.accept(new float[][] {x}, x.length);
                return SpeechDecay.estimate(mb.samples(), mb.rate());
            }).toArray();
            double worst = 0, sum = 0, conf = 0, sumSq = 0;
            int n = 0, miss = 0;
            StringBuilder errs = new StringBuilder();
            for (Object o : out) {
                @SuppressWarnings("unchecked") Optional<Rt60Estimate> e = (Optional<Rt60Estimate>) o;
                if (e.isEmpty()) { miss++; errs.append("   -"); continue; }
                double err = e.get().seconds() / rt - 1;
                errs.append(String.format(Locale.ROOT, " %+3.0f", 100 * err));
                sum += err; sumSq += err * err; n++; conf += e.get().confidence();
                if (Math.abs(err) > Math.abs(worst)) worst = err;
            }
            worstAll = Math.max(worstAll, Math.abs(worst));
            System.out.printf(Locale.ROOT, "RT %.2f  mean %+5.1f %%  sd %4.1f %%  worst %+5.1f %%  missing %d/%d  conf %.2f |%s%n",
                    rt, 100 * sum / Math.max(1, n), 100 * Math.sqrt(Math.max(0, sumSq / Math.max(1, n) - Math.pow(sum / Math.max(1, n), 2))), 100 * worst, miss, cases, conf / Math.max(1, n),
                    Boolean.getBoolean("all") ? errs : "");
            if (Boolean.getBoolean("detail")) for (Object o : out) System.out.println("   " + o);
        }
        System.out.printf(Locale.ROOT, "worst %.1f %%  (%.1f s)%n", 100 * worstAll, (System.nanoTime() - t0) / 1e9);
    }

    /** -Dvoice=file.raw: a dry voice (16 kHz, 16-bit little-endian mono) in place of speechLike. */
    private static final float[] VOICE = voice(System.getProperty("voice"));

    private static float[] voice(String path) {
        if (path == null) return null;
        try {
            byte[] b = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path));
            float[] x = new float[b.length / 2];
            for (int i = 0; i < x.length; i++) x[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8)) / 32768f;
            return x;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** As {@link Recordings#room} without the clap, with a chosen length of speech. */
    static float[] recording(int rate, double rt60, double drr, double snr, long seed, double speechSeconds) {
        float[] h = roomImpulse(rate, rt60, drr, seed);
        double total = 7 + speechSeconds + 3;
        float[] dry = VOICE == null ? speechLike(rate, speechSeconds, -20, seed)
                : java.util.Arrays.copyOf(VOICE, (int) (speechSeconds * rate));
        float[] speech = placeAt(rate, convolve(dry, h), 7, total);
        double level = rmsDbfs(java.util.Arrays.copyOfRange(speech, 7 * rate, (int) ((7 + speechSeconds) * rate)));
        return mix(speech, pinkNoise(rate, total, level - snr, seed + 100));
    }
}
