package org.headroom.advice;

/** Clap-only files (no room tone before the clap, no speech): RT60 error per room and file length. Not a test. Args: first seed, seeds. */
public class ClapOnlyProbe {
    public static void main(String[] args) throws Exception {
        long s0 = Long.parseLong(args[0]);
        int seeds = Integer.parseInt(args[1]);
        for (double rt : new double[] {0.25, 0.5, 1.0, 1.5, 2.0}) {
            StringBuilder row = new StringBuilder(String.format("clap-only RT %.2f:", rt));
            for (double len : new double[] {0.5, 0.7, 1, 2.5}) {
                StringBuilder errs = new StringBuilder();
                for (long seed = s0; seed < s0 + seeds; seed++) {
                    var e = Recordings.measure(48000, Recordings.clapOnly(48000, rt, len, seed)).clapRt60();
                    errs.append(e.map(x -> String.format("%+.0f%%%s", 100 * (x.seconds() / rt - 1), x.detail().startsWith("T10") ? "" : x.detail().substring(0, 3))).orElse("none")).append(' ');
                }
                row.append(String.format("  %.1f s: %s", len, errs.toString().trim()));
            }
            System.out.println(row);
        }
    }
}
