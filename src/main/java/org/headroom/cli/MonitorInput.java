package org.headroom.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureFormat;
import org.headroom.audio.DemoInput;
import org.headroom.audio.DeviceException;
import org.headroom.audio.FrameLimitedSource;
import org.headroom.audio.LineSource;
import org.headroom.audio.PacedSource;
import org.headroom.audio.ReadNotice;
import org.headroom.audio.SourceFormat;

/**
 * What {@code headroom monitor} listens to, chosen from {@code --device}: a capture device (the
 * default one when none is named), {@code demo} (the bundled take, looping), or
 * {@code file:PATH} (a file played at the speed of a sound card, once; with {@code fast}, as
 * fast as the live path takes it). With no device named and none on the system the monitor
 * stops with a one-line error: the demo is played only when asked for, so an unattended script
 * never keeps the demo take as if it were a take.
 *
 * @param source   the opened source; the caller closes it
 * @param device   the device's name, "demo" or "file:PATH", for the summary
 * @param warnings lines for stderr (a fallback format, the demo standing in)
 */
record MonitorInput(AudioSource source, String device, List<String> warnings) {
    static final String DEMO = "demo";
    static final String FILE_PREFIX = "file:";

    /** @throws IOException a DeviceException or AudioFileException whose message is the one line to print */
    static MonitorInput open(String device, CaptureFormat request, boolean formatGiven,
                             Supplier<List<CaptureDevice>> devices, boolean fast) throws IOException {
        List<String> warnings = new ArrayList<>();
        if (device != null && device.startsWith(FILE_PREFIX)) {
            Path file = Path.of(device.substring(FILE_PREFIX.length()));
            AudioFiles.open(file).close(); // fail now, with the reader's one-line reason, not on the capture thread
            if (formatGiven) warnings.add("--format is ignored for a file; it plays in its own format");
            PacedSource.Opener opener = () -> AudioFiles.open(file);
            return new MonitorInput(fast ? PacedSource.unpaced(opener) : new PacedSource(opener, false), device, warnings);
        }
        if (device == null && devices.get().isEmpty()) {
            throw new DeviceException("default", "not found (this system has no capture devices); "
                    + "'--device demo' plays the bundled demo take, '--device file:PATH' a file");
        }
        if (DEMO.equals(device)) {
            if (formatGiven) warnings.add("--format is ignored for the demo input");
            return new MonitorInput(DemoInput.open(), DEMO, warnings);
        }
        LineSource line = LineSource.open(device, request);
        for (ReadNotice n : line.notices()) {
            if (LineSource.FORMAT_FALLBACK_RULE.equals(n.rule())) warnings.add(n.message());
        }
        return new MonitorInput(line, line.deviceName(), warnings);
    }

    /** The same input ending after exactly this many seconds of audio (rounded to a frame): what --seconds records. */
    MonitorInput limitedTo(double seconds) {
        long frames = Math.round(seconds * source.format().sampleRate());
        return new MonitorInput(new FrameLimitedSource(source, frames), device, warnings);
    }

    /** RATE:BITS:CHANNELS of what is really coming in. */
    String formatText() {
        SourceFormat f = source.format();
        return f.sampleRate() + ":" + (f.bitsPerSample() == null ? "lossy" : f.bitsPerSample()) + ":" + f.channels();
    }
}
