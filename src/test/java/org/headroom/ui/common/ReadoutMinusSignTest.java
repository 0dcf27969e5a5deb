package org.headroom.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Only a negative number gets a minus sign; a hyphen in a word, a range or a label stays a hyphen (issue 11, point 5). */
class ReadoutMinusSignTest {
    private static final char MINUS = '\u2212';

    @Test
    void negativeNumbersGetAMinusSign() {
        assertEquals(MINUS + "52 dBFS", Readout.minusSign("-52 dBFS"));
        assertEquals("noise at " + MINUS + "0.5 dB", Readout.minusSign("noise at -0.5 dB"));
        assertEquals("(NC-15, about " + MINUS + "3 dBA)", Readout.minusSign("(NC-15, about -3 dBA)"));
        assertEquals("peak " + MINUS + ".5", Readout.minusSign("peak -.5"));
        assertEquals("+6.1 / " + MINUS + "3", Readout.minusSign("+6.1 / -3"));
    }

    @Test
    void hyphensInProseStayHyphens() {
        for (String prose : new String[] {"off-axis", "high-pass", "15-20 cm", "a little off-axis against plosives", "NC-15",
                "10-30 s of room tone", "well-kept", "-"}) {
            assertEquals(prose, Readout.minusSign(prose));
        }
    }
}
