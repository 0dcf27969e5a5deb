package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void quietForShortWorkThenRedrawsInPlaceAndClears() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintWriter(err), "long.wav", now::get);
        line.progress(10, 100);
        assertEquals("", err.toString(), "nothing in the first second");
        now.set(1_500_000_000L);
        line.progress(42, 100);
        assertEquals("\rlong.wav: 42 %", err.toString());
        now.set(1_600_000_000L);
        line.progress(50, 100);
        assertEquals("\rlong.wav: 42 %", err.toString(), "no redraw within 250 ms");
        line.clear();
        assertTrue(err.toString().endsWith("\r"));
    }
}
