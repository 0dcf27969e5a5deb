package org.headroom.dsp.effects;

/**
 * A speech leveller: brings the active speech level near a target, slowly enough that it is not
 * heard working, and leaves pauses alone.
 *
 * <p>How: the programme is measured in {@value #STEP_SECONDS} s steps (mean square over the
 * channels). A step counts as speech when it is within {@value #SPEECH_RANGE_DB} dB of the loudest
 * step in the window, at least {@value #ABOVE_NOISE_DB} dB above the quietest step of the last
 * {@value #NOISE_SECONDS} s (the room's noise between words) and above {@value #FLOOR_DBFS} dBFS,
 * so pauses and breaths are left out however loud the room is, and a window of nothing but room
 * noise holds no speech at all. The speech level at a step is the power mean of the speech steps in a window
 * of {@code windowSeconds} centred on it, so the gain starts moving before a new talker rather
 * than after (the output trails the input by half a window, see {@link #latency()}). The gain is
 * target − level, limited to ±{@code maxGainDb}, smoothed over {@value #SMOOTH_SECONDS} s and ramped
 * sample by sample; where the window holds no speech at all the gain is held, so a long pause
 * does not swell up to the room's noise ("pumping").
 */
public final class Leveller implements BlockEffect {
    static final double STEP_SECONDS = 0.01;
    static final double SPEECH_RANGE_DB = 20;
    static final double FLOOR_DBFS = -70;
    static final double SMOOTH_SECONDS = 0.3;
    static final double ABOVE_NOISE_DB = 10;
    static final double NOISE_SECONDS = 10;

    private final int channels;
    private final int hop;
    private final int half; // steps each side of the centre
    private final double target;
    private final double maxGain;
    private final double smooth;
    private final double[] stepPower; // ring of the last `history` step powers, dB; the newest 2·half+1 are the window
    private final double[] stepLinear; // the same, as mean squares
    private final int window;
    private final float[][] delay; // ring of (half + 2)·hop samples per channel
    private final float[][] ready;
    private long steps; // steps completed
    private double stepSum;
    private int fill;
    private int readAt;
    private int delayAt;
    private double gainDb = Double.NaN; // NaN until the first speech is seen
    private double appliedDb;

    public Leveller(int channels, int sampleRate, double targetDb, double maxGainDb, double windowSeconds) {
        this.channels = channels;
        this.hop = Math.max(1, (int) Math.round(STEP_SECONDS * sampleRate));
        this.half = Math.max(1, (int) Math.round(windowSeconds / 2 / STEP_SECONDS));
        this.target = targetDb;
        this.maxGain = maxGainDb;
        this.smooth = Math.exp(-STEP_SECONDS / SMOOTH_SECONDS);
        this.window = 2 * half + 1;
        int history = Math.max(window, (int) Math.round(NOISE_SECONDS / STEP_SECONDS));
        this.stepPower = new double[history];
        java.util.Arrays.fill(stepPower, Double.NaN); // NaN: no step yet
        this.stepLinear = new double[history];
        this.delay = new float[channels][(half + 2) * hop];
        this.ready = new float[channels][hop];
    }

    /** Half a window and a step: the look-ahead the centred window needs. */
    @Override
    public int latency() {
        return (half + 1) * hop;
    }

    @Override
    public void process(float[][] block, int frames) {
        int ring = delay[0].length;
        for (int i = 0; i < frames; i++) {
            double sq = 0;
            for (int c = 0; c < channels; c++) {
                float x = block[c][i];
                sq += (double) x * x;
                delay[c][delayAt] = x;
                block[c][i] = ready[c][readAt];
            }
            stepSum += sq / channels;
            delayAt = delayAt + 1 == ring ? 0 : delayAt + 1;
            readAt++;
            if (++fill == hop) {
                endStep();
                fill = 0;
                readAt = 0;
                stepSum = 0;
            }
        }
    }

    /** A step is complete: its level joins the window, and the step at the window's centre is released with its gain. */
    private void endStep() {
        double power = stepSum / hop;
        int slot = (int) (steps % stepPower.length);
        stepPower[slot] = power > 0 ? 10 * Math.log10(power) : Double.NEGATIVE_INFINITY;
        stepLinear[slot] = power;
        steps++;
        double level = speechLevel();
        if (!Double.isNaN(level)) {
            double wanted = Math.max(-maxGain, Math.min(maxGain, target - level));
            gainDb = Double.isNaN(gainDb) ? wanted : smooth * gainDb + (1 - smooth) * wanted;
        }
        double to = Double.isNaN(gainDb) ? 0 : gainDb;
        double from = appliedDb;
        // the centre step began (half + 1) steps before the newest sample
        int ring = delay[0].length;
        int start = Math.floorMod(delayAt - (half + 1) * hop, ring);
        double g0 = Math.pow(10, from / 20);
        double g1 = Math.pow(10, to / 20);
        for (int j = 0; j < hop; j++) {
            double g = g0 + (g1 - g0) * (j + 1) / hop;
            int at = start + j;
            if (at >= ring) at -= ring;
            for (int c = 0; c < channels; c++) ready[c][j] = (float) (delay[c][at] * g);
        }
        appliedDb = to;
    }

    /** Power mean of the window's speech steps, dB; NaN when the window holds none. */
    private double speechLevel() {
        int n = stepPower.length;
        double quietest = Double.POSITIVE_INFINITY;
        for (double p : stepPower) {
            if (p < quietest) quietest = p; // NaN (no step yet) compares false
        }
        double loudest = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < window; j++) {
            double p = stepPower[Math.floorMod((int) ((steps - 1 - j) % n), n)];
            if (p > loudest) loudest = p;
        }
        double gate = Math.max(FLOOR_DBFS, Math.max(loudest - SPEECH_RANGE_DB, quietest + ABOVE_NOISE_DB));
        double sum = 0;
        int count = 0;
        for (int j = 0; j < window; j++) {
            int k = Math.floorMod((int) ((steps - 1 - j) % n), n);
            if (stepPower[k] >= gate) {
                sum += stepLinear[k];
                count++;
            }
        }
        return count == 0 ? Double.NaN : 10 * Math.log10(sum / count);
    }
}
