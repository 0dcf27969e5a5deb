package org.headroom.ui.monitor;

import java.nio.file.Path;

import org.headroom.audio.CaptureFormat;
import org.headroom.audio.DemoInput;

/** What the monitor listens to: the demo take, a capture device at a format, or a file played as live. */
sealed interface InputSpec {
    /** How the input chooser and the title bar name it. */
    String label();

    record Demo() implements InputSpec {
        @Override
        public String label() {
            return DemoInput.NAME;
        }
    }

    /** A device by name (null: the system's default) asked for a format. */
    record Device(String name, CaptureFormat format) implements InputSpec {
        @Override
        public String label() {
            return (name == null ? "Default capture device" : name) + " \u2014 " + format.rateAndBits() + " / "
                    + format.channels() + " ch";
        }
    }

    record FileAsLive(Path file) implements InputSpec {
        @Override
        public String label() {
            return file.getFileName() + " (file played as live)";
        }
    }
}
