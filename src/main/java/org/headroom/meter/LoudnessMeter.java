package org.headroom.meter;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.headroom.dsp.Biquad;
import org.headroom.dsp.BiquadLoop;
import org.headroom.dsp.Denormals;
import org.headroom.dsp.Silence;

/**
 * Loudness to ITU-R BS.1770-5 / EBU R 128: momentary (M, 400 ms), short-term (S, 3 s),
 * integrated (I, gated) and loudness range (LRA, EBU Tech 3342).
 *
 * <p><b>Time grid.</b> K-weighted energy is summed per channel in 10 ms steps; step k ends at
 * frame floor(k·rate/100), so rates that are not multiples of 100 get steps of alternating
 * length and the grid never drifts. M and S are the sums of the last 40 and 300 steps divided
 * by the frames they hold, evaluated at every step. A 10 ms grid misplaces a burst by at most
 * 5 ms, which costs at most 10·log10(395/400) = −0.055 dB on a 400 ms burst (Tech 3341 case 13),
 * inside its ±0.1 LU.
 *
 * <p><b>Integrated.</b> Gating blocks are the 400 ms windows at every 10th step (100 ms hop,
 * 75 % overlap). Only blocks above the −70 LUFS absolute gate are kept. How they are kept is the
 * {@link Gating} chosen at construction: {@link Gating#EXACT} (the default, for files) keeps one
 * double each (≈ 290 KB per hour of programme) and applies the relative gate exactly when I is
 * asked for; {@link Gating#HISTOGRAM} (for a live meter asked every 10 ms for hours) keeps
 * 0.01 LU bins whose query cost does not grow with the programme (see {@link HistogramGatedBlocks}).
 *
 * <p><b>LRA.</b> Short-term values at the same 100 ms hop (10 Hz), kept likewise (same {@link Gating}) above −70 LUFS;
 * relative gate −20 LU below their power mean; LRA = P95 − P10 of the survivors' loudness,
 * where Pq is the sorted value at index round((n − 1)·q) (nearest rank on the n − 1 span, the
 * definition libebur128 uses; it passes Tech 3342 cases 1–4 with a large margin because those
 * distributions are two-valued).
 *
 * <p><b>Undefined values</b> are empty optionals: M until 400 ms have been seen, S until 3 s,
 * and either whenever its window is digital silence; I and LRA while no block passes the gates.
 *
 * <p>One thread per instance. Memory: the gating lists above, plus the step history waiting for
 * {@link #drainSteps} (16 bytes per 10 ms, so drain it regularly or switch it off with
 * {@link #keepStepHistory(boolean)}).
 */
public final class LoudnessMeter implements BlockConsumer {
    /** How gating blocks are kept for I and LRA. */
    public enum Gating {
        /** Every block: exact, a query's cost grows with the programme. For file analysis. */
        EXACT,
        /** 0.01 LU histograms: a query costs the same at hour 12 as at minute 1; I and LRA within 0.05 LU of EXACT (tested). */
        HISTOGRAM
    }

    private static final int MOMENTARY_STEPS = 40;
    private static final int SHORT_TERM_STEPS = 300;
    private static final int GATE_HOP_STEPS = 10;
    private static final double OFFSET_DB = -0.691;
    /** −70 LUFS as a mean-square energy. */
    private static final double ABSOLUTE_GATE = energyOf(-70.0);

    private final int sampleRate;
    private final double[] weights;
    private final int[] active;

    private final Biquad shelf, highPass;
    /** Per channel: shelf z1, z2, high-pass z1, z2. */
    private final double[] state;
    private final double[] stepSum;
    private final double[] pairSums = new double[2];

    private final double[] ringEnergy = new double[SHORT_TERM_STEPS];
    private final int[] ringFrames = new int[SHORT_TERM_STEPS];
    private long steps;
    private int stepLength;
    private int inStep;

    private double momentaryEnergy = Double.NaN;
    private double shortTermEnergy = Double.NaN;

    private long gateOrigin;
    private final GatedBlocks gatingBlocks;
    private final GatedBlocks shortTermBlocks;
    private double maxMomentaryEnergy = Double.NaN;
    private double maxShortTermEnergy = Double.NaN;

    private boolean keepHistory = true;
    private long historyFirstStep;
    private double[] historyM = new double[256];
    private double[] historyS = new double[256];
    private int historySize;

    /**
     * @param channelWeights one weight per channel of the blocks: 1.0 for L, R, C and mono,
     *                       1.41 for surrounds, 0 for LFE (a channel weighted 0 is not filtered)
     */
    public LoudnessMeter(int sampleRate, double[] channelWeights) {
        this(sampleRate, channelWeights, Gating.EXACT);
    }

    /** @param gating how I and LRA keep their gating blocks: exact for files, histogram for live meters */
    public LoudnessMeter(int sampleRate, double[] channelWeights, Gating gating) {
        gatingBlocks = gating == Gating.EXACT ? new ExactGatedBlocks() : new HistogramGatedBlocks();
        shortTermBlocks = gating == Gating.EXACT ? new ExactGatedBlocks() : new HistogramGatedBlocks();
        if (sampleRate < 100) throw new IllegalArgumentException("sample rate " + sampleRate);
        this.sampleRate = sampleRate;
        this.weights = channelWeights.clone();
        this.active = java.util.stream.IntStream.range(0, weights.length).filter(c -> weights[c] != 0).toArray();
        Biquad[] k = KWeighting.sections(sampleRate);
        shelf = k[0];
        highPass = k[1];
        state = new double[BiquadLoop.STATE * weights.length];
        stepSum = new double[weights.length];
        stepLength = (int) boundary(1);
    }

    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public void accept(float[][] block, int frames) {
        int pos = 0;
        while (pos < frames) {
            int n = Math.min(frames - pos, stepLength - inStep);
            // channels in pairs (see BiquadLoop); an odd one out alone
            for (int a = 0; a < active.length; a += 2) {
                int d = a + 1 < active.length ? active[a + 1] : -1;
                filter(block, active[a], d, pos, pos + n);
            }
            pos += n;
            inStep += n;
            if (inStep == stepLength) finishStep();
        }
    }

    /**
     * Both K-weighting stages over x[from, to) of channels c and d; the squared outputs go to
     * their step sums, added one by one in stream order so that block boundaries cannot change
     * the rounding. {@code d} is −1 for none.
     */
    private void filter(float[][] block, int c, int d, int from, int to) {
        // silence into a filter at rest: every output is 0 and the sums stay as they are
        if (Silence.isZero(state, BiquadLoop.STATE * c, BiquadLoop.STATE * (c + 1))
                && (d < 0 || Silence.isZero(state, BiquadLoop.STATE * d, BiquadLoop.STATE * (d + 1)))
                && Silence.isZero(block[c], from, to) && (d < 0 || Silence.isZero(block[d], from, to))) {
            return;
        }
        pairSums[0] = stepSum[c];
        pairSums[1] = d < 0 ? 0 : stepSum[d];
        BiquadLoop.run(shelf, highPass, block[c], d < 0 ? null : block[d], from, to, state, BiquadLoop.STATE * c,
                BiquadLoop.STATE * d, null, null, pairSums);
        stepSum[c] = pairSums[0];
        if (d >= 0) stepSum[d] = pairSums[1];
    }

    private long boundary(long step) {
        return step * sampleRate / 100;
    }

    private void finishStep() {
        double weighted = 0;
        for (int c : active) {
            weighted += weights[c] * stepSum[c];
            stepSum[c] = 0;
        }
        Denormals.flush(state);
        int slot = (int) (steps % SHORT_TERM_STEPS);
        ringEnergy[slot] = weighted;
        ringFrames[slot] = stepLength;
        steps++;
        momentaryEnergy = steps >= MOMENTARY_STEPS ? windowEnergy(MOMENTARY_STEPS) : Double.NaN;
        shortTermEnergy = steps >= SHORT_TERM_STEPS ? windowEnergy(SHORT_TERM_STEPS) : Double.NaN;

        long since = steps - gateOrigin;
        if (since >= MOMENTARY_STEPS) {
            if (momentaryEnergy > ABSOLUTE_GATE && (since - MOMENTARY_STEPS) % GATE_HOP_STEPS == 0) {
                gatingBlocks.add(momentaryEnergy);
            }
            if (momentaryEnergy > 0 && !(momentaryEnergy <= maxMomentaryEnergy)) maxMomentaryEnergy = momentaryEnergy;
        }
        if (since >= SHORT_TERM_STEPS) {
            if (shortTermEnergy > ABSOLUTE_GATE && (since - SHORT_TERM_STEPS) % GATE_HOP_STEPS == 0) {
                shortTermBlocks.add(shortTermEnergy);
            }
            if (shortTermEnergy > 0 && !(shortTermEnergy <= maxShortTermEnergy)) maxShortTermEnergy = shortTermEnergy;
        }
        if (keepHistory) recordHistory();
        else historyFirstStep = steps;
        stepLength = (int) (boundary(steps + 1) - boundary(steps));
        inStep = 0;
    }

    /**
     * Mean square of the last {@code n} steps; the sum is redone each time so no error builds up.
     * The ring is walked as its two straight runs (oldest slot to the ring's end, then from its
     * start), in step order as before, with no division per slot: a 64-bit remainder for each
     * of the 340 slots summed per 10 ms step was half of this method's cost in a profile.
     */
    private double windowEnergy(int n) {
        int start = (int) ((steps - n) % SHORT_TERM_STEPS);
        int firstRun = Math.min(n, SHORT_TERM_STEPS - start);
        double e = 0;
        long f = 0;
        for (int slot = start; slot < start + firstRun; slot++) {
            e += ringEnergy[slot];
            f += ringFrames[slot];
        }
        for (int slot = 0; slot < n - firstRun; slot++) {
            e += ringEnergy[slot];
            f += ringFrames[slot];
        }
        return e / f;
    }

    private void recordHistory() {
        if (historySize == historyM.length) {
            historyM = Arrays.copyOf(historyM, historySize * 2);
            historyS = Arrays.copyOf(historyS, historySize * 2);
        }
        historyM[historySize] = lufsOrNaN(momentaryEnergy);
        historyS[historySize] = lufsOrNaN(shortTermEnergy);
        historySize++;
    }

    private static double lufsOrNaN(double energy) {
        return energy > 0 ? lufs(energy) : Double.NaN;
    }

    static double lufs(double energy) {
        return OFFSET_DB + 10.0 * Math.log10(energy);
    }

    static double energyOf(double lufs) {
        return Math.pow(10.0, (lufs - OFFSET_DB) / 10.0);
    }

    private static OptionalDouble defined(double energy) {
        return energy > 0 ? OptionalDouble.of(lufs(energy)) : OptionalDouble.empty();
    }

    /** Latest momentary loudness (LUFS). */
    public OptionalDouble momentary() {
        return defined(momentaryEnergy);
    }

    /** Latest short-term loudness (LUFS). */
    public OptionalDouble shortTerm() {
        return defined(shortTermEnergy);
    }

    /** Highest momentary loudness on the 10 ms grid since the start or the last reset. */
    public OptionalDouble maxMomentary() {
        return defined(maxMomentaryEnergy);
    }

    /** Highest short-term loudness on the 10 ms grid since the start or the last reset. */
    public OptionalDouble maxShortTerm() {
        return defined(maxShortTermEnergy);
    }

    /** Gated integrated loudness (LUFS) of everything since the start or the last reset. */
    public OptionalDouble integrated() {
        return defined(gatingBlocks.gatedMean(0.1)); // relative gate −10 LU
    }

    /** Loudness range (LU) per EBU Tech 3342, since the start or the last reset. */
    public OptionalDouble loudnessRange() {
        double[] p = shortTermBlocks.quantilesAbove(0.01, 0.10, 0.95); // relative gate −20 LU
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(lufs(p[1]) - lufs(p[0]));
    }

    /** Numbers held for I and LRA together: fixed with {@link Gating#HISTOGRAM}, growing with {@link Gating#EXACT}. */
    int gatingValuesStored() {
        return gatingBlocks.storedValues() + shortTermBlocks.storedValues();
    }

    /**
     * Live-meter reset: forgets I, LRA and the maxima. New gating blocks and maxima only count
     * windows that start at or after this point; M and S themselves carry on.
     */
    public void resetIntegrated() {
        gateOrigin = steps;
        gatingBlocks.clear();
        shortTermBlocks.clear();
        maxMomentaryEnergy = Double.NaN;
        maxShortTermEnergy = Double.NaN;
    }

    /** Whether to keep the per-step history for {@link #drainSteps}; on by default. */
    public void keepStepHistory(boolean keep) {
        keepHistory = keep;
        if (!keep) {
            historySize = 0;
            historyFirstStep = steps;
        }
    }

    /**
     * Hands every 10 ms step produced since the last drain to {@code consumer}, oldest first,
     * and forgets them. Undefined values are NaN.
     *
     * @return the number of steps handed over
     */
    public int drainSteps(LoudnessStepConsumer consumer) {
        int n = historySize;
        for (int i = 0; i < n; i++) {
            long stepEnd = historyFirstStep + i + 1;
            consumer.step((double) boundary(stepEnd) / sampleRate, historyM[i], historyS[i]);
        }
        historyFirstStep += n;
        historySize = 0;
        return n;
    }

    /** Number of complete 10 ms steps so far. */
    public long steps() {
        return steps;
    }
}
