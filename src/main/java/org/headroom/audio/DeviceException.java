package org.headroom.audio;

import java.io.IOException;

/**
 * A capture device that cannot be used: missing, busy, or without a usable format. The message
 * is one line a user can act on and always names the device:
 * {@code "capture device 'USB Audio [plughw:1,0]': busy (another program is recording from it)"}.
 */
public class DeviceException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String device;

    public DeviceException(String device, String reason) {
        super("capture device '" + device + "': " + reason);
        this.device = device;
    }

    public DeviceException(String device, String reason, Throwable cause) {
        super("capture device '" + device + "': " + reason, cause);
        this.device = device;
    }

    /** The device as the user named it, or as the system named the default. */
    public String device() {
        return device;
    }
}
