package org.headroom.ui.advisor;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.headroom.audio.AudioSource;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureFormat;
import org.headroom.audio.LineSource;

/**
 * Listen… opening a capture device itself: the one chosen in the monitor when the monitor is not
 * capturing, or the system's default. A chosen device that has gone (unplugged since) is replaced
 * by the default, and {@link #notice} says so, rather than failing a measurement the user can
 * still make. One instance per listening: the notice belongs to it.
 */
final class DeviceInput implements ListenInput {
    /** Two seconds of line buffer: the measurement runs on the same thread as the reads. */
    private static final double BUFFER_SECONDS = 2.0;
    private final String device;
    private final CaptureFormat format;
    private final Supplier<List<CaptureDevice>> devices;
    private final Opener opener;
    private volatile String notice;

    /** How a device is opened: {@code LineSource::open}; tests hand over a generated source instead. */
    @FunctionalInterface
    interface Opener {
        AudioSource open(String device, CaptureFormat format, double bufferSeconds) throws IOException;
    }

    /** @param device a name as {@code CaptureDevices.list()} gives it, or null for the system's default */
    DeviceInput(String device, CaptureFormat format, Supplier<List<CaptureDevice>> devices) {
        this(device, format, devices, LineSource::open);
    }

    DeviceInput(String device, CaptureFormat format, Supplier<List<CaptureDevice>> devices, Opener opener) {
        this.device = device;
        this.format = format;
        this.devices = devices;
        this.opener = opener;
    }

    @Override
    public AudioSource open() throws IOException {
        List<CaptureDevice> all = devices.get();
        if (all.isEmpty()) throw new IOException("No capture device found: plug in a mic or measure a recording.");
        String name = device;
        if (name != null && all.stream().noneMatch(d -> d.name().equals(device))) {
            notice = "'" + device + "', chosen in the monitor, is gone: listening through the default capture device.";
            name = null;
        }
        return opener.open(name, format, BUFFER_SECONDS);
    }

    @Override
    public String name() {
        return device == null || notice != null ? "the default capture device" : "'" + device + "' (the monitor's choice)";
    }

    @Override
    public String notice() {
        return notice;
    }
}
