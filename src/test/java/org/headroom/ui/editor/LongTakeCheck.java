package org.headroom.ui.editor;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;
import org.headroom.ui.common.Theme;

/**
 * Opens a long take (the 2-hour WAV {@code org.headroom.edit.PeakCacheBench} writes) in the
 * editor and prints when the overview covers the whole take, when the peak cache is complete,
 * and the longest the EDT took to answer meanwhile. Not a unit test; run by hand under a display:
 * {@code xvfb-run -a java -cp target/classes:target/test-classes:$CP org.headroom.ui.editor.LongTakeCheck /tmp/headroom-2h-48k-24-2.wav}.
 */
public final class LongTakeCheck {
    private LongTakeCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/headroom-2h-48k-24-2.wav");
        long t0 = System.nanoTime();
        EditorWindow[] w = new EditorWindow[1];
        SwingUtilities.invokeAndWait(() -> {
            Theme.install(true);
            w[0] = EditorWindow.open(file);
        });
        AtomicLong worst = new AtomicLong();
        AtomicLong worstOpen = new AtomicLong();
        double shown = -1;
        double overview = -1;
        double full = -1;
        while (full < 0 && (System.nanoTime() - t0) < 120e9) {
            long sent = System.nanoTime();
            EditorPane p = w[0].pane();
            boolean settled = shown >= 0 && (System.nanoTime() - t0) / 1e9 > shown + 0.5;
            SwingUtilities.invokeAndWait(() -> (settled ? worst : worstOpen).accumulateAndGet(System.nanoTime() - sent, Math::max));
            double now = (System.nanoTime() - t0) / 1e9;
            if (p != null) {
                if (shown < 0) shown = now;
                var peaks = p.session().scan().peaks();
                float[] mm = new float[2];
                long n = p.session().format().frames();
                if (overview < 0 && peaks.minMaxOrEstimate(0, n - 200_000, n - 100_000, mm) != 0) overview = now;
                if (peaks.isComplete()) full = now;
            }
            Thread.sleep(10);
        }
        System.out.printf("window with waveform %.2f s (worst EDT response while opening %.0f ms), overview of the whole take %.2f s,"
                + " full peak cache %.2f s, worst EDT response while filling %.0f ms, cache %.1f MB%n",
                shown, worstOpen.get() / 1e6, overview, full, worst.get() / 1e6, w[0].pane().session().scan().peaks().bytes() / 1e6);
        System.exit(0);
    }
}
