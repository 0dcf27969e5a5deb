package org.headroom.detect;

import java.util.Arrays;

/**
 * The power of a few spectral lines averaged over the quietest spectra of a recording: those whose
 * level is within a window of the quietest seen so far. A steady line (hum) reads the same in
 * every spectrum, while programme (a voice) comes and goes and, where it is, both raises the
 * spectrum's level and corrupts the lines it covers; so the quietest spectra hold the line alone.
 *
 * <p>Memory is bounded however long the recording: a histogram over spectrum level in
 * {@value #BIN_DB} dB bins, of which only the bins inside the window are kept, since the
 * quietest level only ever falls and a spectrum above the window can never come back into it.
 * One thread.
 */
final class QuietLineAverage {
    static final double BIN_DB = 0.25;
    /** Keeps the bin arithmetic finite for a spectrum of digital silence. */
    private static final double FLOOR_DB = -400;

    private final int lines;
    private final int width;
    /** Per bin of the window (slot 0 holds the quietest): spectra, summed line power, spectra where each line stood out. */
    private final long[] spectra;
    private final double[][] power;
    private final long[][] standing;
    private long firstBin;
    private boolean empty = true;

    /**
     * @param lines    how many lines each spectrum reports
     * @param windowDb how far above the quietest spectrum one may be and still count
     */
    QuietLineAverage(int lines, double windowDb) {
        this.lines = lines;
        this.width = (int) Math.round(windowDb / BIN_DB) + 1;
        this.spectra = new long[width];
        this.power = new double[width][lines];
        this.standing = new long[width][lines];
    }

    /**
     * Opens a spectrum of this level (its power in dB); returns the slot to {@link #add} its lines
     * to, or -1 when it is too loud to be among the quietest.
     */
    int open(double levelDb) {
        long bin = (long) Math.floor(Math.max(FLOOR_DB, levelDb) / BIN_DB);
        if (empty) {
            firstBin = bin;
            empty = false;
        } else if (bin < firstBin) {
            shiftUp(firstBin - bin);
            firstBin = bin;
        }
        long slot = bin - firstBin;
        if (slot >= width) return -1;
        spectra[(int) slot]++;
        return (int) slot;
    }

    /** A quieter spectrum arrived: the kept bins move up by {@code by} slots, and those pushed past the window go. */
    private void shiftUp(long by) {
        for (int s = width - 1; s >= 0; s--) {
            long from = s - by;
            if (from >= 0) {
                spectra[s] = spectra[(int) from];
                System.arraycopy(power[(int) from], 0, power[s], 0, lines);
                System.arraycopy(standing[(int) from], 0, standing[s], 0, lines);
            } else {
                spectra[s] = 0;
                Arrays.fill(power[s], 0);
                Arrays.fill(standing[s], 0);
            }
        }
    }

    /** Adds one line of the spectrum opened at {@code slot}; {@code standsOut}: it stood clear of its neighbourhood. */
    void add(int slot, int line, double linePower, boolean standsOut) {
        power[slot][line] += linePower;
        if (standsOut) standing[slot][line]++;
    }

    /** Spectra in the window. */
    long spectra() {
        long n = 0;
        for (long s : spectra) n += s;
        return n;
    }

    /** Mean power of a line over the spectra in the window; 0 when there are none. */
    double meanPower(int line) {
        long n = spectra();
        if (n == 0) return 0;
        double sum = 0;
        for (double[] p : power) sum += p[line];
        return sum / n;
    }

    /** Share of the spectra in the window in which the line stood out; 0 when there are none. */
    double standingShare(int line) {
        long n = spectra();
        if (n == 0) return 0;
        long sum = 0;
        for (long[] s : standing) sum += s[line];
        return (double) sum / n;
    }
}
