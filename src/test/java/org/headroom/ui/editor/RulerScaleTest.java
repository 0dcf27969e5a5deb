package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ruler's labels and ticks; pure, so they run without a display. */
class RulerScaleTest {
    @Test
    void rulerLabelsGetFinerAsTheTicksGetCloser() {
        assertEquals("0:01:05", RulerScale.ruler(65, 5));
        assertEquals("0:00:04.2", RulerScale.ruler(4.2, 0.2));
        assertEquals("0:00:04.125", RulerScale.ruler(4.125, 0.005));
        assertEquals(0.5, RulerScale.tick(0.4));
        assertEquals(3600, RulerScale.tick(2000));
    }
}
