package org.headroom.ui.monitor;

import java.util.List;

import org.headroom.audio.AudioSource;
import org.headroom.audio.CaptureFormat;

/**
 * An input ready for a session.
 *
 * @param spec      what was asked for
 * @param source    the source, read by the session's capture thread
 * @param requested the format the preset asked for (null for the demo and files, which have their own)
 * @param actual    the format the device gave (null for the demo and files)
 * @param warnings  what the user must be told: a fallback to the demo, a device format that differs
 */
record OpenedInput(InputSpec spec, AudioSource source, CaptureFormat requested, CaptureFormat actual,
                   List<String> warnings) {
    OpenedInput {
        warnings = List.copyOf(warnings);
    }

    boolean isDemo() {
        return spec instanceof InputSpec.Demo;
    }
}
