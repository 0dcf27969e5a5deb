package org.headroom.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Blind RT60 from running speech (reference §3.1): maximum-likelihood decay rates (Ratnam et al.
 * 2003, as made practical by Löllmann et al. 2010) on the stretches where the level falls after
 * a syllable, then one pooled estimate over the faster three quarters of them, re-cut twice with
 * the estimate as a guide to where each stretch ends.
 *
 * <p><b>Which stretches.</b> On a 30 ms envelope, every local maximum at least
 * {@value #MIN_RANGE_DB} dB above the noise opens a candidate. It starts once the envelope has
 * fallen {@value #OFFSET_DB} dB below that peak, and no sooner than {@value #SKIP_MS} ms after it,
 * and ends at the first re-rise of {@value #RERISE_DB} dB (the next syllable; measured from the
 * stretch's lowest point on the first pass, from the guide's predicted decay after it), 10 dB above the
 * noise (below that the noise flattens the decay) or after one second. It must last at least
 * 50 ms and fall at least {@value #MIN_DROP_DB} dB. This plays the role of Löllmann's
 * pre-selection of falling sub-frames but copes with slow decays, whose sub-frame energies do not
 * fall monotonically.
 *
 * <p><b>Why wait for the level to fall.</b> A peak of the envelope is often inside a syllable,
 * not at its end: the voice goes on, flat within a dB or two, for up to a few hundred
 * milliseconds, and a stretch that starts there reads long. Once the level is
 * {@value #OFFSET_DB} dB down the voice has almost always stopped (with direct sound the drop
 * starts at once; without, the free decay starts at the offset), so what the stretch holds is the
 * reverberant tail RT60 describes. Starting at the peak instead read 25 % long at 0.25 s and,
 * after a calibration that took that out, single recordings still read up to 36 % short at 2 s;
 * waiting for the drop leaves the estimate within 7 % on average over 0.25–2 s on synthetic
 * speech and rooms, so no calibration is applied (SpeechAccuracyProbe; the 3 dB was chosen on
 * seeds 100–107 and checked on 200–219 and 300–319: worst single recording 19 %).
 *
 * <p><b>Why guided passes, and not the faster half.</b> The expected energy envelope of speech
 * through a room can never fall faster than the room's own decay: it does so once the voice has
 * stopped, and more slowly while the voice is still fading. That once suggested keeping only the
 * faster half of the stretches (Ratnam's order statistic). But a single stretch does fall faster
 * than the room: in the 350 Hz–2.8 kHz band a voice is a handful of harmonics, and the tail of a
 * handful of tones fluctuates by decibels over about a tenth of the RT60 (the room's response at
 * each harmonic keeps changing as its tail is used up). In a 2 s room a 150 ms pause holds only
 * 4.5 dB of decay, the size of those fluctuations, and a stretch that ends "where the level rises
 * again by 3 dB over its lowest" ends on a dip: the selection itself picks falls. The faster half
 * of such stretches read single recordings of a 2 s room 12–63 % short, worse for higher voices,
 * which have fewer harmonics in the band ({@code AccuracyProbe}, before this change). So the first
 * pass pools every stretch, and then, {@value #GUIDED_PASSES} times, the stretches are cut again
 * with the last estimate as a guide: a stretch now ends where the level rises {@value #RERISE_DB}
 * dB above the decay that estimate predicts from the stretch's start (a new syllable), not above
 * its own lowest point, so a dip no longer ends it. Each pass fits one decay rate jointly over the
 * faster {@value #KEPT_SHARE} of these stretches by length (the sum of their log-likelihoods,
 * each with its own level); the slowest quarter is left out because it is the most likely to
 * still hold a fading voice. Tuned on seeds 11–13 (GlottalVoice at 85, 120, 210, 300 Hz and
 * speechLike; 0.25, 0.6, 1, 2 s; 40 dB SNR): worst single recording −24…+15 %. Held out, seeds
 * 1–3 (AccuracyProbe's voice rows): −14…+13 %; speechLike with DRR none/0/−5 dB, seeds 200–207:
 * worst +11.6 %.
 *
 * <p><b>Limits.</b> A voice whose syllables fade more slowly than a short room decays reads long
 * there. Five espeak-ng voices (the fixture's en-gb, and en-gb+m3, en-us+f2, en-gb-scotland+m1,
 * en+f4 through SpeechAccuracyProbe -Dvoice, 12 recordings each, 40 dB SNR; measured with the
 * earlier faster-half rule, the fixture's voice still passes SpeechDecayTest with this one) read +25 to +57 % on
 * average at 0.25 s and +7 to +20 % at 0.4 s (worst +28 %), within +7 % on average from 0.6 to
 * 2 s (worst single recording +28 % at 2 s); real voices may do the same. Moving the start of a
 * stretch from 3 to 6 dB below the peak did not help (en-us+f2 at 0.25 s: +53 % and +57 %):
 * the slow part is the voice's fade below that. At 20 dB SNR the
 * decays reach the noise after 10–15 dB and single recordings read up to 60 % long; the
 * confidence falls to about 0.1–0.2 there. Below {@value #DRY_ROOM_SECONDS} s the confidence is
 * halved and the detail asks for a clap.
 *
 * <p><b>Confidence</b> grows with the number of decays found and falls with their spread, with a
 * small speech-to-noise range, below {@value #DRY_ROOM_SECONDS} s and outside 0.2–1.2 s, where Löllmann reports the method valid; it
 * is capped at {@value #MAX_CONFIDENCE} because the method assumes the mic is beyond the critical
 * distance — a close lavalier hears too little room for it.
 */
final class SpeechDecay {
    static final double MIN_RANGE_DB = 20;
    static final int SKIP_MS = 30;
    static final double RERISE_DB = 3;
    static final double MIN_DROP_DB = 6;
    static final double FLOOR_DB = 10;
    static final double OFFSET_DB = 3;
    /**
     * Median peak-to-noise range of the decays at which the noise no longer lowers the confidence:
     * at 20 dB SNR (peaks about 27 dB up) single recordings read up to 60 % long, at 40 dB (about
     * 44 dB up) within 20 % [judgement from those runs].
     */
    static final double FULL_RANGE_DB = 40;
    static final double MAX_CONFIDENCE = 0.7;
    /**
     * Below this estimate a voice's own fading may be slower than the room's decay, so the figure
     * may be long (espeak-ng voices read +25 to +57 % in a 0.25 s room and up to +28 % in a 0.4 s
     * one, i.e. up to 0.51 s): the confidence is halved and the detail asks for a clap, which
     * measures a dry room to ±10 %.
     */
    static final double DRY_ROOM_SECONDS = 0.5;
    static final int MIN_DECAYS = 5;
    private static final int MIN_BINS = 5;
    private static final int MAX_BINS = 100;

    private SpeechDecay() {
    }

    /** A candidate free decay: samples [from, to) and its own ML estimate. */
    record Stretch(int from, int to, double rt60, double peakDb) {
        int length() {
            return to - from;
        }
    }

    static Optional<Rt60Estimate> estimate(float[] x, double rate) {
        double noise = ClapDecay.noisePower(x, rate);
        if (!(noise > 0)) return Optional.empty();
        List<Stretch> decays = decays(x, rate, noise, Double.NaN);
        if (decays.size() < MIN_DECAYS) return Optional.empty();
        double rt60 = pooled(x, rate, decays, 1.0);
        for (int pass = 0; pass < GUIDED_PASSES && !Double.isNaN(rt60); pass++) {
            List<Stretch> guided = decays(x, rate, noise, rt60);
            if (guided.size() < MIN_DECAYS) break;
            decays = guided;
            rt60 = pooled(x, rate, decays, KEPT_SHARE);
        }
        if (Double.isNaN(rt60)) return Optional.empty();
        double median = weightedMedian(decays);
        double spread = median / rt60;
        double range = medianPeak(decays);
        double confidence = MAX_CONFIDENCE * Math.min(1, decays.size() / 30.0) / Math.max(1, spread)
                * Math.min(1, (range - MIN_RANGE_DB) / (FULL_RANGE_DB - MIN_RANGE_DB));
        if (rt60 < 0.2 || rt60 > 1.2) confidence *= 0.7;
        boolean dry = rt60 < DRY_ROOM_SECONDS;
        if (dry) confidence *= 0.5;
        String detail = String.format(Locale.ROOT,
                "blind maximum-likelihood estimate from the faster three quarters of %d speech decays peaking a median %.0f dB above the noise (their median reads %.0f %% longer)%s",
                decays.size(), range, 100 * (spread - 1),
                dry ? "; in a room this dry a voice's own fading can make it read long: clap once to measure it better" : "");
        return Optional.of(new Rt60Estimate(rt60, Rt60Method.SPEECH, Math.max(0.05, confidence), detail));
    }

    /**
     * Passes that re-cut the stretches with the previous estimate as their guide. One left single
     * recordings in 2 s rooms up to 24 % short and 0.6 s rooms up to 22 % long, two up to 24 % and
     * 15 % (tuning seeds 11–13, five voices).
     */
    static final int GUIDED_PASSES = 2;
    /**
     * Share of the stretches (by length, fastest first) the pooled fit keeps: the slowest quarter
     * is most likely to still hold a fading voice. On the tuning seeds, half read 2 s rooms up to
     * 37 % short (scatter: see the class comment), all of them read 0.6 s rooms up to 30 % long
     * (the voice's fade), three quarters kept both within −24…+15 %.
     */
    static final double KEPT_SHARE = 0.75;

    /** One decay rate fitted jointly over the faster {@code share} of the stretches (by total length). */
    static double pooled(float[] x, double rate, List<Stretch> items, double share) {
        List<Stretch> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> Double.compare(a.rt60(), b.rt60()));
        double total = 0;
        for (Stretch s : sorted) total += s.length();
        List<int[]> keep = new ArrayList<>();
        double seen = 0;
        for (Stretch s : sorted) {
            if (seen >= share * total) break;
            keep.add(new int[] {s.from(), s.to()});
            seen += s.length();
        }
        return DecayLikelihood.pooledRt60(x, keep, rate);
    }

    static List<Stretch> decays(float[] x, double rate, double noise) {
        return decays(x, rate, noise, Double.NaN);
    }

    /** As {@link #decays(float[], double, double)}, ending each stretch by {@code guideRt60}'s decay when it is positive. */
    static List<Stretch> decays(float[] x, double rate, double noise, double guideRt60) {
        int bin = Math.max(1, (int) Math.round(0.01 * rate));
        double[] p = DecaySignal.blockPowers(x, bin);
        double[] env = new double[p.length];
        for (int i = 1; i + 1 < p.length; i++) env[i] = (p[i - 1] + p[i] + p[i + 1]) / 3;
        double floor = noise * Math.pow(10, FLOOR_DB / 10);
        double loud = noise * Math.pow(10, MIN_RANGE_DB / 10);
        double rise = Math.pow(10, RERISE_DB / 10);
        int skip = SKIP_MS / 10;
        List<Stretch> out = new ArrayList<>();
        for (int k = 2; k + 2 < env.length; k++) {
            if (!isPeak(env, k, loud)) continue;
            int first = k + skip;
            if (first >= env.length - 1) break;
            double offset = env[k] * Math.pow(10, -OFFSET_DB / 10);
            while (first < env.length - 1 && env[first] > offset && env[first] <= env[k]) first++;
            if (env[first] > env[k]) continue; // a louder syllable came first: its own peak opens the stretch
            int last = first;
            double lowest = Double.POSITIVE_INFINITY;
            while (last < env.length - 1 && last - first < MAX_BINS) {
                if (env[last] < floor) break;
                if (guideRt60 > 0) {
                    // 60 dB per RT60 from the stretch's start: a new syllable rises above this line, a dip does not end it.
                    double expected = env[first] * Math.pow(10, -6.0 * (last - first) * bin / rate / guideRt60);
                    if (env[last] > rise * expected) break;
                } else if (env[last] > rise * lowest) break;
                lowest = Math.min(lowest, env[last]);
                last++;
            }
            if (last - first < MIN_BINS) continue;
            if (DecaySignal.db(env[first] / env[last - 1]) < MIN_DROP_DB) continue;
            double rt60 = DecayLikelihood.rt60(x, first * bin, last * bin, rate);
            if (!Double.isNaN(rt60)) out.add(new Stretch(first * bin, last * bin, rt60, DecaySignal.db(env[k] / noise)));
            k = Math.max(k, last - 1); // one estimate per decay
        }
        return out;
    }

    private static boolean isPeak(double[] env, int k, double loud) {
        return env[k] >= loud && env[k] >= env[k - 1] && env[k] >= env[k - 2] && env[k] > env[k + 1] && env[k] > env[k + 2];
    }

    /** The median height of the stretches' peaks above the noise in dB: how much decay the noise leaves to fit. */
    static double medianPeak(List<Stretch> items) {
        double[] peaks = new double[items.size()];
        for (int i = 0; i < peaks.length; i++) peaks[i] = items.get(i).peakDb();
        return DecaySignal.percentile(peaks, 0.5);
    }

    /** The estimate below which half the stretches' total length lies. */
    static double weightedMedian(List<Stretch> items) {
        List<Stretch> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> Double.compare(a.rt60(), b.rt60()));
        double total = 0;
        for (Stretch s : sorted) total += s.length();
        double seen = 0;
        for (Stretch s : sorted) {
            seen += s.length();
            if (seen >= 0.5 * total) return s.rt60();
        }
        return sorted.get(sorted.size() - 1).rt60();
    }
}
