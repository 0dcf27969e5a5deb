package org.headroom.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.headroom.analysis.ProgressListener;

/**
 * A "name: 42 %" line on stderr, redrawn in place. It stays quiet for the first second so
 * short files print nothing, and redraws at most four times a second.
 */
final class ProgressLine implements ProgressListener {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final String name;
    private final LongSupplier clock;
    private final long started;
    private long lastDrawn = Long.MIN_VALUE;
    private int width;

    ProgressLine(PrintWriter err, String name, LongSupplier nanoClock) {
        this.err = err;
        this.name = name;
        this.clock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    @Override
    public void progress(long framesDone, long framesTotal) {
        long now = clock.getAsLong();
        if (now - started < QUIET_NANOS || (lastDrawn != Long.MIN_VALUE && now - lastDrawn < REDRAW_NANOS)) return;
        lastDrawn = now;
        String text = framesTotal > 0
                ? String.format(java.util.Locale.ROOT, "%s: %d %%", name, Math.min(100, framesDone * 100 / framesTotal))
                : name + ": " + framesDone + " frames";
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        err.flush();
        width = text.length();
    }

    /** Wipes the line so the next output starts clean. */
    void clear() {
        if (width == 0) return;
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
        width = 0;
    }
}
