package org.headroom.ui.advisor;

import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.SwingWorker;
import org.headroom.advice.Location;
import org.headroom.advice.LocationListening;
import org.headroom.advice.NoiseCriteria;
import org.headroom.audio.AudioSource;
import org.headroom.audio.LineSource;

/**
 * Listens to the place off the EDT: opens the input (a device, or a tap on the monitor's running
 * capture), feeds {@link LocationListening} block by block and publishes each block's moment and
 * peak; {@link #process} hands them to the bar on the EDT. Cancel is honoured between blocks (a live block is 100 ms). The audio is never
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
    private final BiConsumer<ListenTask, Moment> onEdt;
    private volatile String device;
    private volatile String notice;
    private volatile boolean ofThePlace = true;
    private volatile long overruns;

    ListenTask(ListenInput input, int seconds, double talkerMetres, NoiseCriteria criteria, BiConsumer<ListenTask, Moment> onEdt) {
        this.input = input;
        this.criteria = criteria;
        this.seconds = seconds;
        this.talkerMetres = talkerMetres;
        this.onEdt = onEdt;
        this.device = input.name();
    }

    @Override
    protected Location doInBackground() throws IOException {
        // closing the source also removes a tap from the monitor's capture, whether done, failed or cancelled
        try (AudioSource source = input.open()) {
            device = source instanceof LineSource line ? "'" + line.deviceName() + "'" : input.name();
            notice = input.notice();
            ofThePlace = input.hearsThePlace();
            Location l = new LocationListening(source, seconds, criteria)
                    .listen(talkerMetres, (s, peak) -> publish(new Moment(s, peak)), this::isCancelled);
            overruns = source.overruns();
            return l;
        }
    }

    @Override
    protected void process(List<Moment> chunks) {
        if (isCancelled()) return;
        // Swing may coalesce several blocks into one call: show the latest time and the loudest of them.
        double peak = chunks.stream().mapToDouble(Moment::peakDbfs).max().orElse(Double.NEGATIVE_INFINITY);
        onEdt.accept(this, new Moment(chunks.get(chunks.size() - 1).seconds(), peak));
    }

    /** The input's name for the status line; a device's own once it is open. */
    String device() {
        return device;
    }

    /** What the user must be told about the input once it is open (a fallback to the default), or null. */
    /** After it has opened: whether it heard the place around the user, not the demo take or a file. */
    boolean hearsThePlace() {
        return ofThePlace;
    }

    String notice() {
        return notice;
    }

    /**
     * Times audio was lost (a line's overruns, blocks a tap could not keep): the status line says
     * so, since the figures may then be off.
     */
    long overruns() {
        return overruns;
    }
}
