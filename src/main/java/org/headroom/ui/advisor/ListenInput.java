package org.headroom.ui.advisor;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.headroom.audio.AudioSource;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureDevices;
import org.headroom.audio.CaptureFormat;
import org.headroom.audio.LineSource;

/**
 * Where "Listen…" hears the place. Opening blocks on the device, so it is called on the
 * listening worker, never on the EDT. Tests put a generated source here so the button can be
 * driven on a machine without a sound card.
 */
@FunctionalInterface
interface ListenInput {
    /** @throws IOException with the one line to show: no device, busy, no usable format */
    AudioSource open() throws IOException;

    /**
     * The system's default capture device at the monitor's default format, as the monitor window
     * starts on; unlike the monitor there is no demo to fall back to, since measuring a bundled take
     * would describe the wrong place.
     */
    ListenInput DEFAULT_DEVICE = defaultDevice(CaptureDevices::list);

    /** @param devices lists capture devices ({@code CaptureDevices::list}; tests pass an empty list) */
    static ListenInput defaultDevice(Supplier<List<CaptureDevice>> devices) {
        return () -> {
            if (devices.get().isEmpty()) {
                throw new IOException("No capture device found: plug in a mic or measure a recording.");
            }
            // Two seconds of line buffer: the measurement runs on the same thread as the reads.
            return LineSource.open(null, CaptureFormat.DEFAULT, 2.0);
        };
    }
}
