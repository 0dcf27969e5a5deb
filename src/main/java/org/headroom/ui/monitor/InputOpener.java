package org.headroom.ui.monitor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.headroom.audio.AudioFiles;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureFormat;
import org.headroom.audio.DemoInput;
import org.headroom.audio.LineSource;
import org.headroom.audio.PacedSource;
import org.headroom.audio.ReadNotice;

/**
 * Opens inputs. Blocks on devices and disks, so it runs in a SwingWorker, never on the EDT.
 * The first input follows the issue: the default device at the preset's format; the demo
 * where no device exists or the default one fails, with the reason in a warning.
 */
final class InputOpener {
    /** Opens a capture line: {@link LineSource#open} outside tests, which hand in a fake line (a lost device). */
    interface LineOpener {
        LineSource open(String device, CaptureFormat format) throws IOException;
    }

    private final Supplier<List<CaptureDevice>> devices;
    private final LineOpener lines;

    /** @param devices lists capture devices ({@code CaptureDevices::list}; tests pass an empty list) */
    InputOpener(Supplier<List<CaptureDevice>> devices) {
        this(devices, LineSource::open);
    }

    InputOpener(Supplier<List<CaptureDevice>> devices, LineOpener lines) {
        this.devices = devices;
        this.lines = lines;
    }

    List<CaptureDevice> devices() {
        return devices.get();
    }

    /** The input the window starts on. */
    OpenedInput openFirst(CaptureFormat format) throws IOException {
        if (devices.get().isEmpty()) {
            return demo("No capture device found: showing the demo input, a bundled take played as if live.");
        }
        try {
            return open(new InputSpec.Device(null, format));
        } catch (IOException e) {
            return demo(e.getMessage() + " \u2014 showing the demo input instead.");
        }
    }

    OpenedInput open(InputSpec spec) throws IOException {
        if (spec instanceof InputSpec.Demo) return demo(null);
        if (spec instanceof InputSpec.FileAsLive f) {
            return new OpenedInput(spec, new PacedSource(() -> AudioFiles.open(f.file()), true), null, null, List.of());
        }
        InputSpec.Device d = (InputSpec.Device) spec;
        LineSource line = lines.open(d.name(), d.format());
        List<String> warnings = new ArrayList<>();
        for (ReadNotice n : line.notices()) {
            if (LineSource.FORMAT_FALLBACK_RULE.equals(n.rule())) warnings.add("The " + n.message() + ".");
        }
        InputSpec named = new InputSpec.Device(d.name() == null ? null : line.deviceName(), d.format());
        return new OpenedInput(named, line, d.format(), line.captureFormat(), warnings);
    }

    private static OpenedInput demo(String warning) throws IOException {
        return new OpenedInput(new InputSpec.Demo(), DemoInput.open(), null, null,
                warning == null ? List.of() : List.of(warning));
    }
}
