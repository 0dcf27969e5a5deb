package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which format LineSource tries when the device will not give what was asked, and what it says. */
class LineSourceFormatTest {
    private static final CaptureFormat ASKED = CaptureFormat.DEFAULT;

    @Test
    void theRequestIsTriedFirst() {
        List<CaptureFormat> order = FormatChoice.candidates(ASKED, List.of(new CaptureFormat(44100, 16, 2)));
        assertEquals(List.of(ASKED, new CaptureFormat(44100, 16, 2)), order);
    }

    @Test
    void theClosestOfferedFormatComesNext() {
        List<CaptureFormat> offered = List.of(
                new CaptureFormat(44100, 16, 1),
                new CaptureFormat(44100, 16, 2),
                new CaptureFormat(96000, 16, 2),
                new CaptureFormat(48000, 16, 2),
                new CaptureFormat(48000, 32, 2));
        List<CaptureFormat> order = FormatChoice.candidates(ASKED, offered);
        assertEquals(List.of(ASKED,
                new CaptureFormat(48000, 32, 2),
                new CaptureFormat(48000, 16, 2),
                new CaptureFormat(96000, 16, 2),
                new CaptureFormat(44100, 16, 2),
                new CaptureFormat(44100, 16, 1)), order);
    }

    @Test
    void openRatesAndChannelsTakeTheRequestedOnesThenCommonRates() {
        List<CaptureFormat> order = FormatChoice.candidates(ASKED,
                List.of(new CaptureFormat(CaptureFormat.ANY, 16, CaptureFormat.ANY)));
        assertEquals(new CaptureFormat(48000, 16, 2), order.get(1));
        assertEquals(new CaptureFormat(88200, 16, 2), order.get(2), "the nearest higher rate");
        assertEquals(new CaptureFormat(96000, 16, 2), order.get(3));
        assertEquals(new CaptureFormat(44100, 16, 2), order.get(order.size() - 2));
    }

    @Test
    void theFallbackNoticeSaysWhatWasGivenAndWhatWasAsked() {
        assertEquals("device gave 44.1 kHz/16-bit where 48 kHz/24-bit was asked",
                LineSource.fallbackMessage(new CaptureFormat(44100, 16, 2), ASKED));
        assertEquals("device gave 48 kHz/24-bit/1 ch where 48 kHz/24-bit/2 ch was asked",
                LineSource.fallbackMessage(new CaptureFormat(48000, 24, 1), ASKED));
    }
}
