package org.headroom.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.headroom.advice.DecaySignal.Line;

/**
 * RT60 from a hand-clap by Schroeder backward integration (reference §3.2).
 *
 * <p><b>Finding the clap.</b> On 2 ms block powers, an onset is a jump of at least
 * {@value #JUMP_DB} dB over the 6–30 ms before it that reaches within 6 dB of its 50 ms maximum
 * inside 6 ms and whose first 10 ms stand {@value #IMPULSIVE_DB} dB above the next 90 ms (the
 * direct sound of a clap is over in a few milliseconds, so this assumes the clapper is not far
 * beyond the critical distance). A voice's syllables swell over tens of milliseconds; a clap's room response is
 * at full level at once. Candidates are tried loudest first.
 *
 * <p><b>Noise compensation</b> (subtract-noise-and-truncate, after Lundeby and Chu): the noise
 * power N is the room's quietest stretches (see {@link #noisePower}); a line fitted to the 10 ms
 * envelope between −5 dB and N + 10 dB meets the noise at the truncation time t_c; the energy
 * decay curve is Σ(h² − N) from t to t_c plus the energy the line predicts beyond t_c.
 *
 * <p><b>Range.</b> ISO 3382's rule that the bottom of the evaluation range sits 10 dB above the
 * noise decides: T30 (−5 to −35 dB, ×2) needs {@value #T30_RANGE_DB} dB from peak to noise, T20
 * (−5 to −25, ×3) needs {@value #T20_RANGE_DB}, and below that a T10 (×6) is given with low
 * confidence, since near the limits T20/T30 are badly overestimated (Meissner 2013).
 *
 * <p><b>A file cut mid-decay</b> (a clap trimmed tightly, issue 14: "a 0.5–5 s file that holds only
 * the clap") ends while the level still falls, so it has no room tone: its quietest blocks are
 * the decay's own end, and taking them for noise threw most of the decay away (a 0.5 s file read a
 * 2 s room 21 % short or not at all). When the window reaches the end of the file and the last
 * 50 ms are still {@value #STILL_FALLING_DB} dB below the 50 ms a tenth of a second before, nothing
 * is subtracted as noise, the tail beyond the end is extrapolated from the envelope's slope, and
 * the line is fitted from −5 dB down to {@value #CUT_MARGIN_DB} dB above where the backward
 * integral ends (at most −35 dB), named by its span (T14, T23…) and trusted less (0.4, or 0.6 from
 * a 20 dB span). Under a {@value #MIN_CUT_SPAN_DB} dB span (EDT's) there is no estimate, and
 * {@link #cutShort} says why. Seeds 11–16 (tuning): 0.5 s files read 1.5 s rooms within 4 %; in 2 s
 * rooms spans of 7–9 dB read +7…+12 %, so they are refused; 0.7 s files read 2 s rooms within 3 %.
 */
final class ClapDecay {
    static final double JUMP_DB = 20;
    /** How far a clap's first 10 ms must stand above the 90 ms after them. */
    static final double IMPULSIVE_DB = 6;
    static final double T30_RANGE_DB = 45;
    static final double T20_RANGE_DB = 35;
    static final double T10_RANGE_DB = 25;
    /** Longest stretch after a clap that is examined; a 2 s room needs well under 4 s to reach the noise. */
    static final double MAX_WINDOW_SECONDS = 5;
    /** A rise this far above the lowest level since the clap, while still well above the noise, is someone talking. */
    static final double RERISE_DB = 3;
    /** ISO 3382-1 calls a decay curved when its non-linearity ξ = 1000·(1 − r²) exceeds 10 ‰. */
    static final double CURVED_PERMILLE = 10;
    private static final int MAX_CANDIDATES = 5;

    private ClapDecay() {
    }

    /** The first clap (loudest first) that gives a usable decay; empty when there is none. */
    static Optional<Rt60Estimate> estimate(float[] x, double rate) {
        double noise = noisePower(x, rate);
        if (!(noise > 0)) return Optional.empty();
        for (Onset onset : onsets(x, rate)) {
            Optional<Rt60Estimate> e = decay(x, rate, onset.sample, noise);
            if (e.isPresent()) return e;
        }
        return Optional.empty();
    }

    private record Onset(int sample, double peak) {
    }

    /**
     * Why a file whose clap gave no RT60 gave none, when the reason is that it stops while the room
     * is still ringing (a clap trimmed too tightly): a sentence for the cautions, else empty.
     */
    static Optional<String> cutShort(float[] x, double rate) {
        double noise = noisePower(x, rate);
        if (!(noise > 0) || estimate(x, rate).isPresent()) return Optional.empty();
        int bin = Math.max(1, (int) Math.round(0.01 * rate));
        for (Onset onset : onsets(x, rate)) {
            int end = windowEnd(x, rate, onset.sample, bin, noise);
            if (end == x.length && stillFalling(x, rate, end)) {
                return Optional.of(String.format(Locale.ROOT,
                        "The clap at %.1f s gave no RT60: the file ends %.2f s after it while the room is still ringing, too little of the decay for a Schroeder fit (it needs %.0f dB of it); record until the room is quiet (a 2 s room needs about 0.7 s after the clap)",
                        onset.sample / rate, (x.length - onset.sample) / rate, 5 + MIN_CUT_SPAN_DB + CUT_MARGIN_DB));
            }
        }
        return Optional.empty();
    }

    static List<Onset> onsets(float[] x, double rate) {
        int block = Math.max(1, (int) Math.round(0.002 * rate));
        double[] e = DecaySignal.blockPowers(x, block);
        double jump = Math.pow(10, JUMP_DB / 10);
        List<Onset> found = new ArrayList<>();
        for (int j = 15; j + 25 < e.length; j++) {
            double before = 0;
            for (int k = j - 15; k <= j - 3; k++) before += e[k];
            before /= 13;
            if (!(e[j] > jump * before) || e[j - 1] > jump * before) continue;
            double fast = Math.max(e[j], Math.max(e[j + 1], e[j + 2]));
            double slow = 0;
            for (int k = j; k < j + 25; k++) slow = Math.max(slow, e[k]);
            if (fast >= slow / 4 && impulsive(e, j)) found.add(new Onset(j * block, fast));
        }
        found.sort(Comparator.comparingDouble(Onset::peak).reversed());
        List<Onset> out = new ArrayList<>(found.subList(0, Math.min(MAX_CANDIDATES, found.size())));
        opening(e, block).ifPresent(out::add);
        return out;
    }

    /**
     * A file that holds only the clap (an impulse recording trimmed to the bang, issue 14) has no
     * room tone before it to jump from: the onset test above never sees it. Such a file opens on
     * its loudest moment, within the first 30 ms, and that moment is impulsive; it is tried last.
     */
    private static Optional<Onset> opening(double[] e, int block) {
        if (e.length < 50) return Optional.empty();
        int loudest = 0;
        for (int j = 1; j < e.length; j++) if (e[j] > e[loudest]) loudest = j;
        if (loudest >= 15 || !impulsive(e, loudest)) return Optional.empty();
        return Optional.of(new Onset(loudest * block, e[loudest]));
    }

    /**
     * A clap's direct sound is a few milliseconds long, so its first 10 ms stand well above the
     * 10–100 ms after it (about 13 dB for a clapper at the critical distance of a 2 s room); a
     * syllable holds its level for a tenth of a second or more.
     */
    private static boolean impulsive(double[] e, int j) {
        if (j + 50 > e.length) return false;
        double head = 0, after = 0;
        for (int k = j; k < j + 5; k++) head += e[k] / 5;
        for (int k = j + 5; k < j + 50; k++) after += e[k] / 45;
        return head >= Math.pow(10, IMPULSIVE_DB / 10) * after;
    }

    /**
     * Noise power of the band: the mean of the 50 ms blocks at or below the 20th percentile. The
     * quietest blocks of a location recording are its room tone; averaging them rather than taking
     * one percentile keeps the estimate within about 1 dB of the true mean for noise-like floors.
     */
    static double noisePower(float[] x, double rate) {
        double[] p = DecaySignal.blockPowers(x, Math.max(1, (int) Math.round(0.05 * rate)));
        double limit = DecaySignal.percentile(p, 0.2);
        double s = 0;
        int n = 0;
        for (double v : p) {
            if (v <= limit) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    private static Optional<Rt60Estimate> decay(float[] x, double rate, int start, double roomNoise) {
        int bin = Math.max(1, (int) Math.round(0.01 * rate));
        int end = windowEnd(x, rate, start, bin, roomNoise);
        boolean cut = end == x.length && stillFalling(x, rate, end);
        // A file that stops mid-decay holds no room tone: its quietest blocks are the decay's own
        // end, so the "noise" would be most of the decay. Nothing in it is noise, so nothing is taken off.
        double noise = cut ? quietest(x, rate, start, end) * Math.pow(10, -CUT_MARGIN_DB / 10) : roomNoise;
        int bins = (end - start) / bin;
        if (bins < 6) return Optional.empty();
        double[] t = new double[bins];
        double[] level = new double[bins];
        double peak = 0;
        for (int i = 0; i < bins; i++) {
            t[i] = (i + 0.5) * bin;
            double p = DecaySignal.meanSquare(x, start + i * bin, start + (i + 1) * bin);
            level[i] = DecaySignal.db(p);
            if (i < 3) peak = Math.max(peak, p);
        }
        double range = DecaySignal.db(peak / noise);
        if (range < T10_RANGE_DB) return Optional.empty();
        // Envelope line from −5 dB down to 10 dB above the noise: where it meets the noise is t_c.
        double top = DecaySignal.db(peak) - 5, bottom = DecaySignal.db(noise) + 10;
        int from = 0;
        while (from < bins && level[from] > top) from++;
        int to = from;
        while (to < bins && level[to] > bottom) to++;
        Line envelope = Line.fit(t, level, from, to);
        if (envelope.points() < 3 || !(envelope.slope() < 0)) return Optional.empty();
        double crossing = (DecaySignal.db(noise) - envelope.intercept()) / envelope.slope();
        int truncate = (int) Math.min(end - start, Math.max(t[to - 1], crossing));
        double[] edc = energyDecay(x, start, truncate, cut ? 0 : noise, envelope);
        return cut ? fitCutDecay(edc, rate, range - CUT_MARGIN_DB, start, (end - start) / rate) : fitDecay(edc, rate, range, start);
    }

    /**
     * The drop in level over the last {@value #TAIL_PROBE_MS} ms of the file that says it was cut
     * while the room was still ringing: a floor of noise is flat, a 3 s decay falls 2 dB in that time.
     */
    static final double STILL_FALLING_DB = 2;
    private static final int TAIL_PROBE_MS = 100;
    /**
     * A cut file has no noise floor to leave 10 dB above (ISO 3382's rule): the whole fall it holds
     * is decay. This much is kept off its bottom all the same, because the last blocks of the
     * backward integral lean on the extrapolated tail alone.
     */
    static final double CUT_MARGIN_DB = 2;
    /** The shortest evaluation range a cut file may give, as EDT's: 10 dB of the energy decay after its first 5. */
    static final double MIN_CUT_SPAN_DB = 10;

    /** The last 50 ms of x before {@code end} are at least {@value #STILL_FALLING_DB} dB below the 50 ms that end 100 ms earlier. */
    private static boolean stillFalling(float[] x, double rate, int end) {
        int w = (int) Math.round(0.05 * rate);
        int back = (int) Math.round(TAIL_PROBE_MS / 1000.0 * rate);
        if (end - back - w < 0) return false;
        double last = DecaySignal.meanSquare(x, end - w, end);
        double before = DecaySignal.meanSquare(x, end - back - w, end - back);
        return DecaySignal.db(before / last) >= STILL_FALLING_DB;
    }

    /** Mean square of the last 50 ms before {@code end}: the lowest the decay of a cut file is heard. */
    private static double quietest(float[] x, double rate, int start, int end) {
        return DecaySignal.meanSquare(x, Math.max(start, end - (int) Math.round(0.05 * rate)), end);
    }

    /**
     * End of the stretch to examine: the window length, the end of the recording, or the first
     * clear re-rise (a voice) while the decay is still at least 15 dB above the noise.
     */
    private static int windowEnd(float[] x, double rate, int start, int bin, double noise) {
        int end = (int) Math.min(x.length, start + MAX_WINDOW_SECONDS * rate);
        double lowest = Double.POSITIVE_INFINITY;
        double rise = Math.pow(10, RERISE_DB / 10);
        double awake = noise * Math.pow(10, 1.5);
        for (int s = start + 3 * bin; s + 3 * bin <= end; s += bin) {
            double p = DecaySignal.meanSquare(x, s, s + 3 * bin); // 30 ms: steadier than one bin
            if (lowest > awake && p > rise * lowest && s > start + 10 * bin) return s;
            lowest = Math.min(lowest, p);
        }
        return end;
    }

    /** Schroeder's integral of (h² − N) backwards from t_c, plus the tail the envelope line predicts beyond it. */
    private static double[] energyDecay(float[] x, int start, int truncate, double noise, Line envelope) {
        double[] edc = new double[truncate];
        // Line in dB per sample: power p(t) = 10^((a + s·t)/10), so ∫_tc^∞ p = p(tc)·10/(−s·ln10).
        double tail = Math.pow(10, envelope.at(truncate) / 10) * 10 / (-envelope.slope() * Math.log(10));
        double sum = tail;
        for (int i = truncate - 1; i >= 0; i--) {
            sum += (double) x[start + i] * x[start + i] - noise;
            edc[i] = Math.max(sum, tail * 1e-6);
        }
        return edc;
    }

    /**
     * The Schroeder fit of a file cut mid-decay: from −5 dB down as far as the fall it holds allows
     * (at most −35 dB), the tail beyond the file's end extrapolated from the envelope's slope with
     * no noise in it. Fewer than 10 dB to fit gives nothing: too little of the decay to say.
     */
    private static Optional<Rt60Estimate> fitCutDecay(double[] edc, double rate, double fallDb, int start, double seconds) {
        // The last points of the backward integral are the extrapolated tail alone: stop short of them.
        double endDb = DecaySignal.db(edc[edc.length - 1] / edc[0]);
        double low = Math.max(-35, Math.ceil(endDb + CUT_MARGIN_DB));
        if (low > -5 - MIN_CUT_SPAN_DB) return Optional.empty();
        int span = (int) Math.round(-5 - low);
        return schroederFit(edc, rate, low).map(f -> new Rt60Estimate(f.rt60(), Rt60Method.CLAP,
                (span >= 20 ? 0.6 : 0.4) * (f.curvaturePermille() > CURVED_PERMILLE ? 0.75 : 1), String.format(Locale.ROOT,
                "T%d from a clap at %.1f s: the file ends %.2f s after it, %.0f dB into the decay and before any room tone, so the decay beyond its end is extrapolated from its slope (a longer file gives T20/T30)%s",
                span, start / rate, seconds, fallDb, f.curvedNote())));
    }

    private static Optional<Rt60Estimate> fitDecay(double[] edc, double rate, double range, int start) {
        String name;
        double low;
        double confidence;
        if (range >= T30_RANGE_DB) {
            name = "T30";
            low = -35;
            confidence = 0.9;
        } else if (range >= T20_RANGE_DB) {
            name = "T20";
            low = -25;
            confidence = 0.8;
        } else {
            name = "T10";
            low = -15;
            confidence = 0.45;
        }
        Optional<Fit> fit = schroederFit(edc, rate, low);
        if (fit.isEmpty()) return Optional.empty();
        double xi = fit.get().curvaturePermille();
        if (xi > CURVED_PERMILLE) confidence *= xi > 5 * CURVED_PERMILLE ? 0.5 : 0.75;
        String detail = String.format(Locale.ROOT, "%s from a clap at %.1f s, %.0f dB above the noise%s", name,
                start / rate, range, fit.get().curvedNote());
        return Optional.of(new Rt60Estimate(fit.get().rt60(), Rt60Method.CLAP, confidence, detail));
    }

    /** A line fitted to the energy decay curve: its RT60 and ISO 3382's non-linearity ξ in per mille. */
    private record Fit(double rt60, double curvaturePermille) {
        String curvedNote() {
            return curvaturePermille > CURVED_PERMILLE ? String.format(Locale.ROOT, "; the decay is curved (ξ %.0f ‰)", curvaturePermille) : "";
        }
    }

    /** Least-squares line through the energy decay curve (in dB, 1 ms steps) from −5 dB down to {@code low} dB. */
    private static Optional<Fit> schroederFit(double[] edc, double rate, double low) {
        int step = Math.max(1, (int) Math.round(0.001 * rate));
        int points = edc.length / step;
        double[] t = new double[points];
        double[] db = new double[points];
        double total = edc[0];
        int from = -1, to = points;
        for (int i = 0; i < points; i++) {
            t[i] = (double) i * step / rate;
            db[i] = DecaySignal.db(edc[i * step] / total);
            if (from < 0 && db[i] <= -5) from = i;
            if (db[i] < low && to == points) to = i;
        }
        if (from < 0 || to - from < 4) return Optional.empty();
        Line line = Line.fit(t, db, from, to);
        if (!(line.slope() < 0)) return Optional.empty();
        return Optional.of(new Fit(-60 / line.slope(), 1000 * (1 - line.r2())));
    }
}
