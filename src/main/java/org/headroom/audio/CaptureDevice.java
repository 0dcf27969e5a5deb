package org.headroom.audio;

import java.util.List;

/**
 * A capture device as the input chooser lists it.
 *
 * @param name        the mixer's name, which {@code --device} matches
 * @param description what the system says about it
 * @param formats     the PCM formats it offers, 16/24/32-bit; rate or channels may be {@link CaptureFormat#ANY}
 */
public record CaptureDevice(String name, String description, List<CaptureFormat> formats) {
    public CaptureDevice {
        formats = List.copyOf(formats);
    }

    /** The formats every device opens routinely: mono or stereo at 16 or 24 bits. */
    public List<CaptureFormat> routineFormats() {
        return formats.stream().filter(f -> !FormatProbe.risky(f)).toList();
    }

    /**
     * The formats the driver lists but that are not proven: 32-bit or more than two channels (the
     * PulseAudio plugin for ALSA lists 1 to 32 channels whatever the source has, and one such
     * format aborted the JVM). Each is tried in a separate process before Headroom opens it.
     */
    public List<CaptureFormat> unprovenFormats() {
        return formats.stream().filter(FormatProbe::risky).toList();
    }
}
