package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaptureFormatTest {
    @Test
    void parsesTheCommandLineForm() {
        assertEquals(new CaptureFormat(48000, 24, 2), CaptureFormat.parse("48000:24:2"));
        assertEquals(new CaptureFormat(44100, 16, 1), CaptureFormat.parse(" 44100:16:1 "));
        assertEquals("48000:24:2", CaptureFormat.DEFAULT.toString());
    }

    @Test
    void rejectsWhatCannotBeCaptured() {
        assertThrows(IllegalArgumentException.class, () -> CaptureFormat.parse("48000:24"));
        assertThrows(IllegalArgumentException.class, () -> CaptureFormat.parse("48k:24:2"));
        assertThrows(IllegalArgumentException.class, () -> CaptureFormat.parse("48000:8:2"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaptureFormat.parse("0:16:2"));
        assertTrue(e.getMessage().contains("0:16:2"), e.getMessage());
    }

    @Test
    void saysRateAndBitsAsPeopleDo() {
        assertEquals("44.1 kHz/16-bit", new CaptureFormat(44100, 16, 2).rateAndBits());
        assertEquals("48 kHz/24-bit", CaptureFormat.DEFAULT.rateAndBits());
        assertEquals("any:16:any", new CaptureFormat(CaptureFormat.ANY, 16, CaptureFormat.ANY).toString());
    }

    @Test
    void openFieldsAreFilledFromTheRequest() {
        CaptureFormat open = new CaptureFormat(CaptureFormat.ANY, 16, CaptureFormat.ANY);
        assertEquals(new CaptureFormat(48000, 16, 2), open.fillFrom(CaptureFormat.DEFAULT));
    }
}
