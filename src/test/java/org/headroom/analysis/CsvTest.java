package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 as every Headroom table writes it. */
class CsvTest {
    @Test
    void quotesOnlyWhatNeedsIt() {
        assertEquals("plain", Csv.quote("plain"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.quote("two\nlines"));
        assertEquals("\"a,b\"", Csv.quote("a,b"));
        assertEquals("\"cr\r\"", Csv.quote("cr\r"));
        assertEquals("", Csv.quote(null));
    }

    @Test
    void aRowIsItsQuotedCellsAndACrlf() {
        assertEquals("1.000,,\"x, y\",\"\"\"q\"\"\"\r\n", Csv.row(Arrays.asList("1.000", null, "x, y", "\"q\"")));
        assertEquals("\r\n", Csv.row(List.of()));
    }
}
