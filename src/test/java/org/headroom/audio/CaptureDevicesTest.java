package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs on any machine: with or without sound hardware, listing works and errors name the device. */
class CaptureDevicesTest {
    @Test
    void listsOnlyUsableFormats() {
        for (CaptureDevice device : CaptureDevices.list()) {
            assertFalse(device.name().isBlank());
            for (CaptureFormat f : device.formats()) {
                assertTrue(List.of(16, 24, 32).contains(f.bits()), device + ": " + f);
            }
        }
    }

    @Test
    void anUnknownDeviceIsAOneLineErrorNamingIt() {
        DeviceException e = assertThrows(DeviceException.class,
                () -> LineSource.open("no such interface 4711", CaptureFormat.DEFAULT));
        assertTrue(e.getMessage().startsWith("capture device 'no such interface 4711': not found"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals("no such interface 4711", e.device());
    }
}
