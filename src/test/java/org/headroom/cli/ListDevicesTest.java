package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureFormat;
import org.junit.jupiter.api.Test;

/**
 * --list-devices without a device: what the ALSA PulseAudio plugin lists (1 to 32 channels at
 * 16/24/32 bits, whatever the source has) is shown as the formats opened routinely and a count of
 * the ones not proven, which are tried in a separate process before opening, not as equals.
 */
class ListDevicesTest {
    private static CaptureDevice pulseLike() {
        List<CaptureFormat> formats = new ArrayList<>();
        for (int bits : new int[] {16, 24, 32}) {
            for (int ch = 1; ch <= 32; ch++) formats.add(new CaptureFormat(CaptureFormat.ANY, bits, ch));
        }
        return new CaptureDevice("default [default]", "Direct Audio Device: Default Audio Device", formats);
    }

    @Test
    void routineFormatsAreListedAndTheRestCountedAsNotProven() {
        CaptureDevice d = pulseLike();
        assertEquals(4, d.routineFormats().size(), "mono and stereo at 16 and 24 bits");
        assertEquals(96 - 4, d.unprovenFormats().size());
        assertTrue(d.unprovenFormats().stream().allMatch(f -> f.bits() == 32 || f.channels() > 2));
        String text = MonitorCommand.describe(d);
        String[] lines = text.split("\n");
        assertEquals(3, lines.length, text);
        assertEquals("default [default]  (Direct Audio Device: Default Audio Device)", lines[0]);
        assertEquals("    [any:16:1, any:16:2, any:24:1, any:24:2]", lines[1]);
        assertTrue(lines[2].startsWith("    and 92 formats the driver lists but that are not proven"), lines[2]);
        assertTrue(lines[2].endsWith("each is tried in a separate process before it is opened"), lines[2]);
    }

    @Test
    void aDeviceWithOnlyRoutineFormatsSaysNothingMore() {
        CaptureDevice d = new CaptureDevice("USB", "interface", List.of(new CaptureFormat(48000, 24, 2), new CaptureFormat(48000, 16, 1)));
        assertTrue(d.unprovenFormats().isEmpty());
        assertEquals(2, MonitorCommand.describe(d).split("\n").length);
    }
}
