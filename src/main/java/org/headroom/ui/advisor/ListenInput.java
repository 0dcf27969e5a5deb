package org.headroom.ui.advisor;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.headroom.audio.AudioSource;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureFormat;

/**
 * Where "Listen…" hears the place. Opening blocks on the device, so it is called on the
 * listening worker, never on the EDT. Tests put a generated source here so the button can be
 * driven on a machine without a sound card.
 */
@FunctionalInterface
interface ListenInput {
    /** @throws IOException with the one line to show: no device, busy, no usable format */
    AudioSource open() throws IOException;

    /** How the status line names the input while it opens and listens. */
    default String name() {
        return "the default capture device";
    }

    /** After {@link #open}: whether it hears the place around the user (a device does; the demo take does not). */
    default boolean hearsThePlace() {
        return true;
    }

    /** After {@link #open}: what the user must be told about the input (it fell back to the default), or null. */
    default String notice() {
        return null;
    }

    /**
     * The system's default capture device at the monitor's default format, as the monitor window
     * starts on; unlike the monitor there is no demo to fall back to, since measuring a bundled take
     * would describe the wrong place.
     *
     * @param devices lists capture devices ({@code CaptureDevices::list}; tests pass an empty list)
     */
    static ListenInput defaultDevice(Supplier<List<CaptureDevice>> devices) {
        return new DeviceInput(null, CaptureFormat.DEFAULT, devices);
    }

    /**
     * EDT, returns at once: what Listen… hears now. The monitor's running capture, tapped (so the
     * same mic, and a device the monitor holds is not opened twice); when nothing runs, the device
     * chosen in the monitor; else the system's default.
     */
    static ListenInput from(MonitorLink monitor) {
        MonitorLink.Capture running = monitor.capture();
        if (running != null) {
            return new ListenInput() {
                @Override
                public AudioSource open() {
                    return TappedSource.attach(running);
                }

                @Override
                public String name() {
                    return running.name() + " (the monitor's input)";
                }

                @Override
                public String notice() {
                    return running.notice();
                }

                @Override
                public boolean hearsThePlace() {
                    return running.isThePlace();
                }
            };
        }
        MonitorLink.Device chosen = monitor.chosenDevice();
        if (chosen == null) return defaultDevice(monitor::devices);
        return new DeviceInput(chosen.name(), chosen.format(), monitor::devices);
    }
}
