package org.headroom.ui.advisor;

import java.io.IOException;
import java.nio.file.Path;
import javax.swing.SwingWorker;
import org.headroom.advice.Location;
import org.headroom.advice.LocationMeasurement;
import org.headroom.advice.NoiseCriteria;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;

/**
 * Measures a recording off the EDT: the same {@link LocationMeasurement} the command line uses,
 * fed block by block so the progress bar moves and Cancel is honoured between blocks.
 */
final class MeasureTask extends SwingWorker<Location, Void> {
    private static final int BLOCK = 4096;
    private final Path file;
    /** Taken when the task starts: the worker thread must not read a Swing spinner. */
    private final double talkerMetres;
    private final NoiseCriteria criteria;

    MeasureTask(Path file, double talkerMetres, NoiseCriteria criteria) {
        this.file = file;
        this.talkerMetres = talkerMetres;
        this.criteria = criteria;
    }

    Path file() {
        return file;
    }

    @Override
    protected Location doInBackground() throws IOException {
        try (AudioSource source = AudioFiles.open(file)) {
            int channels = source.format().channels();
            long total = source.format().frames();
            LocationMeasurement m = new LocationMeasurement(channels, source.format().sampleRate(), criteria);
            float[][] block = new float[channels][BLOCK];
            long done = 0;
            for (int n; (n = source.read(block)) > 0 && !isCancelled(); ) {
                m.accept(block, n);
                done += n;
                if (total > 0) setProgress((int) Math.min(99, 100 * done / total));
            }
            return m.result(talkerMetres);
        }
    }
}
