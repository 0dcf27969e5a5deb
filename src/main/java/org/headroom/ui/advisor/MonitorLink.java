package org.headroom.ui.advisor;

import java.util.List;
import org.headroom.analysis.LiveSession;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureFormat;
import org.headroom.audio.SourceFormat;

/**
 * What the monitor window that opened the advisor tells Listen…: the capture it is running, to
 * tap, and the device the user chose in it, to open when nothing is running. Listen… asks again at
 * every click, since the monitor may have switched input since the advisor opened.
 */
public interface MonitorLink {
    /** A running capture that can be tapped. */
    interface Capture {
        /** How the status line names it: "'USB Audio'", "the default capture device", "the demo input". */
        String name();

        SourceFormat format();

        /** Any thread. From now on {@code tap} is handed every block on the capture thread. */
        void attach(LiveSession.BlockTap tap);

        /** Any thread. */
        void detach(LiveSession.BlockTap tap);

        /** Any thread: the capture has stopped (the monitor switched input, closed, or the device failed). */
        boolean ended();

        /** What the user must be told about hearing the place through it (it is not a mic), or null. */
        default String notice() {
            return null;
        }

        /**
         * Whether it carries the sound around the user. The monitor gives a notice exactly when it
         * does not (its demo take, a file played as live), so that is the default.
         */
        default boolean isThePlace() {
            return notice() == null;
        }
    }

    /** A capture device by name (null: the system's default) at a format. */
    record Device(String name, CaptureFormat format) {
    }

    /** EDT, returns at once: the capture the monitor is running now, or null. */
    Capture capture();

    /** EDT, returns at once: the device chosen in the monitor, or null when it is the demo or a file. */
    Device chosenDevice();

    /** Lists the capture devices; blocks on the sound system, so never on the EDT. */
    List<CaptureDevice> devices();

    /** The advisor on its own: no monitor, so Listen… opens the system's default device. */
    MonitorLink NONE = new MonitorLink() {
        @Override
        public Capture capture() {
            return null;
        }

        @Override
        public Device chosenDevice() {
            return null;
        }

        @Override
        public List<CaptureDevice> devices() {
            return org.headroom.audio.CaptureDevices.list();
        }
    };
}
