package org.headroom.ui.editor;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import javax.swing.SwingWorker;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.edit.ProgrammeMap;
import org.headroom.edit.ZeroCrossings;

/**
 * Moves an edit point to the nearest zero crossing of the source (within {@value #REACH_MS} ms),
 * reading the few samples around it on a worker thread; the caller shows the unsnapped point
 * at once and takes the snapped one when it arrives.
 */
final class ZeroSnap {
    static final int REACH_MS = 10;

    private ZeroSnap() {
    }

    static void snap(Path audio, ProgrammeMap map, long outputFrame, int rate, LongConsumer onEdt) {
        int reach = REACH_MS * rate / 1000;
        long src = map.toSource(outputFrame);
        long offset = outputFrame - src; // the piece's shift: the snapped frame moves by as much
        new SwingWorker<Long, Void>() {
            @Override
            protected Long doInBackground() throws Exception {
                long from = Math.max(0, src - reach);
                try (AudioSource s = AudioFiles.open(audio)) {
                    s.skip(from);
                    float[][] block = new float[s.format().channels()][2 * reach + 1];
                    int n = s.read(block);
                    if (n <= (int) (src - from)) return outputFrame;
                    if (n < block[0].length) {
                        float[][] cut = new float[block.length][n];
                        for (int c = 0; c < block.length; c++) System.arraycopy(block[c], 0, cut[c], 0, n);
                        block = cut;
                    }
                    int at = ZeroCrossings.nearest(block, (int) (src - from), reach);
                    return from + at + offset;
                }
            }

            @Override
            protected void done() {
                try {
                    onEdt.accept(get());
                } catch (Exception e) {
                    onEdt.accept(outputFrame); // cannot read: leave the point where the user put it
                }
            }
        }.execute();
    }
}
