package org.headroom.advice;

import java.util.Locale;

/** Wall time of measuring a 30 s, 48 kHz location recording (speech and a clap, RT60 1 s) end to end. Not a test. */
public class MeasureTimeProbe {
    public static void main(String[] args) throws Exception {
        int rate = 48000;
        float[] x = Recordings.room(rate, Double.parseDouble(args.length > 0 ? args[0] : "1.0"), 0, true, 40, 7);
        double best = Double.MAX_VALUE, speechBest = Double.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            long t0 = System.nanoTime();
            Location loc = Recordings.measure(rate, x);
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
            MidBand mb = new MidBand(rate);
            mb.accept(new float[][] {x}, x.length);
            float[] mid = mb.samples();
            long t1 = System.nanoTime();
            SpeechDecay.estimate(mid, mb.rate());
            speechBest = Math.min(speechBest, (System.nanoTime() - t1) / 1e6);
            if (i == 0) System.out.println(loc.rt60() + " / " + loc.speechRt60());
        }
        System.out.printf(Locale.ROOT, "measure 30 s at 48 kHz: %.0f ms (best of 6); SpeechDecay alone %.0f ms%n", best, speechBest);
    }
}
