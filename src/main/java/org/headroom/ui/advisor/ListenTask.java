package org.headroom.ui.advisor;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.SwingWorker;
import org.headroom.advice.Location;
import org.headroom.advice.LocationListening;
import org.headroom.advice.NoiseCriteria;
import org.headroom.audio.AudioSource;
import org.headroom.audio.LineSource;

/**
 * Listens to the place off the EDT: opens the input, feeds {@link LocationListening} block by
 * block and publishes each block's moment and peak; {@link #process} hands them to the bar on
 * the EDT. Cancel is honoured between blocks (a live block is 100 ms). The audio is never
 * written anywhere: only the measurement's own memory holds it.
 */
final class ListenTask extends SwingWorker<Location, ListenTask.Moment> {
    /** How far along and how loud, for the countdown and the level bar. */
    record Moment(double seconds, double peakDbfs) {
    }

    private final ListenInput input;
    private final int seconds;
    /** Taken when the task starts: the worker thread must not read a Swing spinner. */
    private final double talkerMetres;
    private final NoiseCriteria criteria;
    private final Consumer<Moment> onEdt;
    private volatile String device = "the capture device";
    private volatile long overruns;

    ListenTask(ListenInput input, int seconds, double talkerMetres, NoiseCriteria criteria, Consumer<Moment> onEdt) {
        this.input = input;
        this.criteria = criteria;
        this.seconds = seconds;
        this.talkerMetres = talkerMetres;
        this.onEdt = onEdt;
    }

    @Override
    protected Location doInBackground() throws IOException {
        try (AudioSource source = input.open()) {
            if (source instanceof LineSource line) device = "'" + line.deviceName() + "'";
            Location l = new LocationListening(source, seconds, criteria)
                    .listen(talkerMetres, (s, peak) -> publish(new Moment(s, peak)), this::isCancelled);
            if (source instanceof LineSource line) overruns = line.overruns();
            return l;
        }
    }

    @Override
    protected void process(List<Moment> chunks) {
        if (isCancelled()) return;
        // Swing may coalesce several blocks into one call: show the latest time and the loudest of them.
        double peak = chunks.stream().mapToDouble(Moment::peakDbfs).max().orElse(Double.NEGATIVE_INFINITY);
        onEdt.accept(new Moment(chunks.get(chunks.size() - 1).seconds(), peak));
    }

    /** The device's name once it is open, for the status line. */
    String device() {
        return device;
    }

    /** Times a live line dropped audio: the status line says so, since the figures may then be off. */
    long overruns() {
        return overruns;
    }
}
