package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The editor's time formats; pure, so they run without a display. */
class TimeFormatTest {
    @Test
    void framesAreCountedWithinTheSecond() {
        assertEquals("0:00:00.00000", TimeFormat.frames(0, 48000));
        assertEquals("0:01:23.12000", TimeFormat.frames(83L * 48000 + 12000, 48000));
        assertEquals("2:00:00.00000", TimeFormat.frames(7200L * 48000, 48000));
        assertEquals("0:00:01.0000", TimeFormat.frames(8000, 8000));
        assertEquals("0:00:00.44099", TimeFormat.frames(44099, 44100));
    }

    @Test
    void rulerLabelsGetFinerAsTheTicksGetCloser() {
        assertEquals("0:01:05", TimeFormat.ruler(65, 5));
        assertEquals("0:00:04.2", TimeFormat.ruler(4.2, 0.2));
        assertEquals("0:00:04.125", TimeFormat.ruler(4.125, 0.005));
        assertEquals(0.5, TimeFormat.tick(0.4));
        assertEquals(3600, TimeFormat.tick(2000));
    }
}
