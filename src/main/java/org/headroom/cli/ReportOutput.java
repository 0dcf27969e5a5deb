package org.headroom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.headroom.analysis.CsvReportWriter;
import org.headroom.analysis.JsonReportWriter;
import org.headroom.analysis.Report;
import org.headroom.analysis.TextReportWriter;

/** The chosen report format on stdout, written file by file as each analysis finishes. */
interface ReportOutput {
    /** Called once before the first file (the CSV header). */
    default void begin() throws IOException {
    }

    void write(Report report) throws IOException;

    static ReportOutput json(PrintWriter out) {
        JsonReportWriter w = new JsonReportWriter(out);
        return w::write;
    }

    static ReportOutput text(PrintWriter out) {
        TextReportWriter w = new TextReportWriter(out);
        return w::write;
    }

    static ReportOutput csv(PrintWriter out) {
        CsvReportWriter w = new CsvReportWriter(out);
        return new ReportOutput() {
            @Override
            public void begin() throws IOException {
                w.writeHeader();
            }

            @Override
            public void write(Report report) throws IOException {
                w.write(report);
            }
        };
    }
}
