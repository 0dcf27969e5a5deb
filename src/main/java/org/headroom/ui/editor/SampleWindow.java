package org.headroom.ui.editor;

import java.nio.file.Path;
import java.util.List;
import javax.swing.SwingWorker;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.edit.ProgrammeMap;

/**
 * The samples under the detail view when it is zoomed in past the peak cache's finest bucket
 * (512 frames per pixel): read from the file on a worker thread, at most {@value #MAX_FRAMES}
 * frames, so the view draws the real wave and the sample steps without holding the take in memory.
 */
final class SampleWindow {
    static final int MAX_FRAMES = 1 << 20;

    private ProgrammeMap map;
    private long from;
    private float[][] samples;
    private SwingWorker<float[][], Void> loading;
    private long loadingFrom;
    private long loadingTo;

    /** The loaded samples cover output [a, b) of this map. EDT. */
    boolean covers(ProgrammeMap m, long a, long b) {
        return samples != null && map == m && a >= from && b <= from + samples[0].length;
    }

    float sample(int channel, long outputFrame) {
        return samples[channel][(int) (outputFrame - from)];
    }

    /** Starts loading output [a, b) (with a margin) unless it is loaded or on its way; {@code done} runs on the EDT. */
    void request(Path audio, int channels, ProgrammeMap m, long a, long b, Runnable done) {
        if (covers(m, a, b)) return;
        if (loading != null && !loading.isDone() && map == m && a >= loadingFrom && b <= loadingTo) return;
        if (loading != null) loading.cancel(false);
        long span = b - a;
        long s = Math.max(0, a - span / 2);
        long e = Math.min(m.frames(), Math.min(s + MAX_FRAMES, b + span / 2));
        loadingFrom = s;
        loadingTo = e;
        map = m;
        List<ProgrammeMap.Segment> segments = m.segments(s, e);
        loading = new SwingWorker<>() {
            @Override
            protected float[][] doInBackground() throws Exception {
                float[][] out = new float[channels][(int) (e - s)];
                for (ProgrammeMap.Segment seg : segments) {
                    if (isCancelled()) return null;
                    try (AudioSource src = AudioFiles.open(audio)) {
                        src.skip(seg.sourceStart());
                        float[][] block = new float[channels][(int) seg.length()];
                        int at = 0;
                        for (int n; at < block[0].length && (n = read(src, block, at)) > 0; ) at += n;
                        for (int c = 0; c < channels; c++) System.arraycopy(block[c], 0, out[c], (int) (seg.outputStart() - s), at);
                    }
                }
                return out;
            }

            @Override
            protected void done() {
                if (isCancelled() || map != m) return;
                try {
                    samples = get();
                    from = s;
                    done.run();
                } catch (Exception ignored) {
                    samples = null; // the view keeps drawing from the peak cache
                }
            }
        };
        loading.execute();
    }

    private static int read(AudioSource src, float[][] into, int at) throws java.io.IOException {
        float[][] block = new float[into.length][Math.min(65536, into[0].length - at)];
        int n = src.read(block);
        for (int c = 0; c < into.length; c++) System.arraycopy(block[c], 0, into[c], at, n);
        return n;
    }
}
