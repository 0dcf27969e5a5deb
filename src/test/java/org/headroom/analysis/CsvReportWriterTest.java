package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    @Test
    void headerThenOneRowPerFileWithTheSameNumberOfCells() throws Exception {
        StringWriter out = new StringWriter();
        CsvReportWriter w = new CsvReportWriter(out);
        w.writeHeader();
        w.write(SampleReports.podcast("a.wav"));
        w.write(SampleReports.silent("b, the quiet one.flac"));
        String[] lines = out.toString().split("\r\n");
        assertEquals(3, lines.length);
        assertEquals(String.join(",", CsvReportWriter.COLUMNS), lines[0]);
        assertEquals(CsvReportWriter.COLUMNS.size(), CsvReportWriter.cells(SampleReports.silent("x")).size());
        assertEquals(CsvReportWriter.COLUMNS.size(), CsvReportWriter.cells(SampleReports.podcast("x")).size());
        assertEquals("\"b, the quiet one.flac\"", lines[2].substring(0, lines[2].indexOf(".flac\"") + 6));
    }

    @Test
    void undefinedValuesAreEmptyCellsAndDbAreRounded() {
        List<String> c = CsvReportWriter.cells(SampleReports.podcast("a.wav"));
        assertEquals("", c.get(CsvReportWriter.COLUMNS.indexOf("true_peak_dbtp")));
        assertEquals("-20.12", c.get(CsvReportWriter.COLUMNS.indexOf("rms_dbfs")));
        assertEquals("-16.4", c.get(CsvReportWriter.COLUMNS.indexOf("integrated_lufs")));
        assertEquals("1", c.get(CsvReportWriter.COLUMNS.indexOf("errors")));
        List<String> s = CsvReportWriter.cells(SampleReports.silent("s.flac"));
        assertEquals("", s.get(CsvReportWriter.COLUMNS.indexOf("integrated_lufs")));
        assertEquals("", s.get(CsvReportWriter.COLUMNS.indexOf("hum_hz")));
    }
}
