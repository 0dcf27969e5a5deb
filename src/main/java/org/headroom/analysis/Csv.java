package org.headroom.analysis;

import java.util.List;

/**
 * CSV as every Headroom table writes it (RFC 4180): a cell is quoted only when it holds a comma,
 * a quote or a line break, quotes inside doubled; rows end in CRLF. The one place for it: the
 * file report, the QC log of {@code monitor --log} and the window's QC export all write with it.
 */
public final class Csv {
    private Csv() {
    }

    /** One cell, quoted when it must be; null is an empty cell. */
    public static String quote(String cell) {
        if (cell == null) return "";
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** One row, its cells quoted and comma-separated, with the CRLF that ends it. */
    public static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) line.append(',');
            line.append(quote(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }
}
