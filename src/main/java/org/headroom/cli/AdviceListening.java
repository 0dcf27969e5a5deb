package org.headroom.cli;

import java.io.IOException;
import java.util.Locale;
import org.headroom.advice.Location;
import org.headroom.advice.LocationListening;
import org.headroom.advice.NoiseCriteria;
import org.headroom.audio.CaptureFormat;
import org.headroom.audio.DeviceException;
import org.headroom.audio.LineSource;

/**
 * {@code headroom advise --listen}: opens the input as {@code headroom monitor --device} does (a
 * device or part of its name, {@code demo}, {@code file:PATH}), prompts on stderr and measures
 * what it hears. Unlike the monitor it does not fall back to the demo input when there is no
 * device: advice about a bundled take the user did not ask for would be advice about the wrong place.
 */
final class AdviceListening {
    private final CliContext ctx;

    AdviceListening(CliContext ctx) {
        this.ctx = ctx;
    }

    /** @throws IOException a device or file problem whose message is the one line to print */
    Location listen(int seconds, String device, double talkerMetres, NoiseCriteria criteria) throws IOException {
        if (device == null && ctx.devices().get().isEmpty()) {
            throw new DeviceException("default", "not found (this system has no capture devices); "
                    + "measure a file with --recording instead");
        }
        MonitorInput input = MonitorInput.open(device, CaptureFormat.DEFAULT, false, ctx.devices(), false);
        try (var source = input.source()) {
            input.warnings().forEach(w -> ctx.err().println("headroom: warning: " + w));
            ctx.err().println("headroom: listening for " + seconds + " s to '" + input.device() + "': " + LocationListening.PROMPT);
            Countdown countdown = new Countdown(seconds);
            Location l = new LocationListening(source, seconds, criteria).listen(talkerMetres, countdown, () -> false);
            countdown.clear();
            if (source instanceof LineSource line && line.overruns() > 0) {
                ctx.err().println("headroom: warning: the device dropped audio " + line.overruns()
                        + " times while listening; the figures may be off");
            }
            if (l.seconds() < seconds - 0.05) {
                ctx.err().println(String.format(Locale.ROOT, "headroom: warning: the input ended after %.1f s", l.seconds()));
            }
            return l;
        }
    }

    /** Says when to start talking; at a terminal also counts down with the peak level. */
    private final class Countdown implements LocationListening.Heard {
        private final int seconds;
        private String cue;
        private long lastSecondShown = -1;
        private int width;

        Countdown(int seconds) {
            this.seconds = seconds;
        }

        @Override
        public void heard(double elapsed, double peakDbfs) {
            String now = LocationListening.cue(elapsed);
            if (!now.equals(cue)) {
                clear();
                ctx.err().println("headroom: " + now + ".");
                cue = now;
            }
            long left = (long) Math.ceil(seconds - elapsed);
            if (!ctx.errIsTerminal() || left == lastSecondShown) return;
            lastSecondShown = left;
            String text = String.format(Locale.ROOT, "listening: %d s left, peak %s dBFS", left,
                    Double.isInfinite(peakDbfs) ? "-inf" : String.format(Locale.ROOT, "%.0f", peakDbfs));
            ctx.err().print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
            ctx.err().flush();
            width = text.length();
        }

        void clear() {
            if (width == 0) return;
            ctx.err().print("\r" + " ".repeat(width) + "\r");
            ctx.err().flush();
            width = 0;
        }
    }
}
