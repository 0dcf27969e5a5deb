package org.headroom.ui.monitor;

import java.util.Arrays;

/**
 * Frame rate and capture-to-screen latency of the level meters, for the debug overlay (F12)
 * and the tests. Latency runs from the moment the capture thread got the newest block of a
 * snapshot off the source to the end of the paint that first showed it. Beside the clock-based
 * figures, which a loaded machine stretches, counts that hold under any load: snapshots the
 * screen refresh delivered, paints that showed one, and paints that showed the newest delivered
 * (not one left behind). EDT only.
 */
final class PerfMeter {
    private static final int WINDOW = 240;
    private final long[] paintTimes = new long[WINDOW];
    private final double[] latencies = new double[WINDOW];
    private int paints;
    private int measured;
    private int delivered;
    private int paintedNewest;
    private long lastDelivered = Long.MIN_VALUE;

    /** The screen refresh handed the meters a snapshot whose newest audio arrived at {@code arrivalNanos}. */
    void delivered(long arrivalNanos) {
        if (arrivalNanos == lastDelivered) return;
        lastDelivered = arrivalNanos;
        delivered++;
    }

    /** A paint that showed new audio, with the nanoTime that audio arrived (-1 if unknown). */
    void painted(long now, long arrivalNanos) {
        if (arrivalNanos == lastDelivered) paintedNewest++;
        paintTimes[paints++ % WINDOW] = now;
        if (arrivalNanos > 0) latencies[measured++ % WINDOW] = (now - arrivalNanos) / 1e6;
    }

    /** Paints per second over the last {@value #WINDOW} paints. */
    double fps() {
        int n = Math.min(paints, WINDOW);
        if (n < 2) return 0;
        long newest = paintTimes[(paints - 1) % WINDOW];
        long oldest = paintTimes[(paints - n) % WINDOW];
        return newest == oldest ? 0 : (n - 1) * 1e9 / (newest - oldest);
    }

    /** The latency below which {@code fraction} of the recent paints fell, in ms; NaN before any. */
    double latencyMs(double fraction) {
        int n = Math.min(measured, WINDOW);
        if (n == 0) return Double.NaN;
        double[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        return sorted[Math.min(n - 1, (int) Math.floor(fraction * (n - 1) + 0.5))];
    }

    int paints() {
        return paints;
    }

    /** Distinct snapshots delivered since the last reset. */
    int delivered() {
        return delivered;
    }

    /** Paints since the last reset that showed the newest snapshot delivered. */
    int paintedNewest() {
        return paintedNewest;
    }

    void reset() {
        paints = 0;
        measured = 0;
        delivered = 0;
        paintedNewest = 0;
    }

    String summary() {
        return String.format(java.util.Locale.ROOT, "%.0f fps \u00b7 capture\u2192screen median %.1f ms, 95%% %.1f ms",
                fps(), latencyMs(0.5), latencyMs(0.95));
    }
}
