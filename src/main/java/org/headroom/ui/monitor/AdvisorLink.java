package org.headroom.ui.monitor;

import java.util.List;
import java.util.function.Supplier;

import org.headroom.analysis.LiveSession;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.SourceFormat;
import org.headroom.ui.advisor.MonitorLink;

/**
 * The monitor's side of the mic advisor's Listen…: the running session's block listeners, to listen
 * through without opening the device again, and the input the user last chose, for when nothing
 * is running.
 */
final class AdvisorLink implements MonitorLink {
    private final Supplier<RunningInput> running;
    private final Supplier<InputSpec> chosen;
    private final Supplier<List<CaptureDevice>> devices;

    /**
     * @param running the session now running or null (EDT)
     * @param chosen  the input the user last asked for (EDT)
     * @param devices lists the capture devices (blocks)
     */
    AdvisorLink(Supplier<RunningInput> running, Supplier<InputSpec> chosen, Supplier<List<CaptureDevice>> devices) {
        this.running = running;
        this.chosen = chosen;
        this.devices = devices;
    }

    @Override
    public Capture capture() {
        RunningInput r = running.get();
        if (r == null || r.session().end() != LiveSession.End.RUNNING) return null;
        return new Running(r.session(), name(r.input().spec()), notice(r.input().spec()));
    }

    @Override
    public Device chosenDevice() {
        return chosen.get() instanceof InputSpec.Device d ? new Device(d.name(), d.format()) : null;
    }

    @Override
    public List<CaptureDevice> devices() {
        return devices.get();
    }

    /** The input as a sentence names it, without the format the chooser adds. */
    static String name(InputSpec spec) {
        if (spec instanceof InputSpec.Device d) return d.name() == null ? "the default capture device" : "'" + d.name() + "'";
        if (spec instanceof InputSpec.FileAsLive f) return "'" + f.file().getFileName() + "' (a file played as live)";
        return "the demo input";
    }

    /**
     * The demo and a file played as live are not the place around the user: measuring them must say
     * so, in few enough words to fit the advisor's column.
     */
    static String notice(InputSpec spec) {
        if (spec instanceof InputSpec.Demo) {
            return "Not this place: the monitor is on its demo take.";
        }
        if (spec instanceof InputSpec.FileAsLive) {
            return "Not this place: the monitor is playing a file.";
        }
        return null;
    }

    private record Running(LiveSession session, String name, String notice) implements Capture {
        @Override
        public SourceFormat format() {
            return session.format();
        }

        @Override
        public void attach(LiveSession.BlockTap listener) {
            session.addListener(listener);
        }

        @Override
        public void detach(LiveSession.BlockTap listener) {
            session.removeListener(listener);
        }

        @Override
        public boolean ended() {
            return session.end() != LiveSession.End.RUNNING;
        }
    }
}
