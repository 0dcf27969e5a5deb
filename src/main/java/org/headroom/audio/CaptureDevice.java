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
}
