package org.headroom.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.headroom.analysis.LiveSnapshot;
import org.headroom.analysis.QcLogWriter;
import org.headroom.audio.SourceFormat;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.detect.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One QC log, one CSV layout: the window's Export CSV… and {@code headroom monitor --log} write
 * the same findings of the same take byte for byte alike (header, columns, quoting, times).
 */
class QcLogLayoutTest {
    private static final int RATE = 48000;
    private static final String INPUT = "Demo input";

    @TempDir
    Path dir;

    private static List<Finding> findings() {
        return List.of(
                Finding.at(FindingKind.CLIPPING, Severity.ERROR, 1, 204_000, 204_300, RATE, 300,
                        "\u22653 consecutive samples at full scale", "Channel 2 clipped 3 times, \"hard\""),
                Finding.at(FindingKind.HUM, Severity.WARNING, Finding.ALL_CHANNELS, 48_000, 392_000, RATE, Double.NaN,
                        "spectral line at 50 Hz", "Mains hum (50 Hz) from 0:00:01.000 to 0:00:08.167:\nretake."));
    }

    @Test
    void theWindowsExportAndTheCommandsLogAreTheSameCsv() throws IOException {
        Instant takeStart = Instant.parse("2026-11-23T10:00:00.250Z");
        SourceFormat fmt = SourceFormat.pcm("live", "PCM", RATE, 2, 24, -1);

        // the window: rows as the QC log table makes them from a snapshot, then Export CSV…
        QcLogModel model = new QcLogModel();
        model.update(new Object(), takeStart, INPUT, new LiveSnapshot(9, 9 * RATE, fmt, List.of(), null, null, null,
                null, null, null, null, null, null, false, false, null, 0, findings(), null, 0));
        Path exported = dir.resolve("window.csv");
        QcExport.CSV.write(new QcReport(Instant.parse("2026-11-23T10:05:00Z"), INPUT, "", "", 9, null, null, null, null,
                model.rows()), exported);

        // the command: monitor --log, row by row as the findings come
        Path logged = dir.resolve("monitor.csv");
        try (QcLogWriter log = QcLogWriter.open(logged, takeStart, INPUT)) {
            for (Finding f : findings()) log.write(f);
        }

        List<String> window = Files.readAllLines(exported, StandardCharsets.UTF_8);
        List<String> command = Files.readAllLines(logged, StandardCharsets.UTF_8);
        assertEquals(String.join(",", QcLogWriter.COLUMNS), window.get(0), "one header");
        assertTrue(window.size() > findings().size(), "a row per finding (one message spans two lines)");
        assertEquals(command, window, "the same findings, the same CSV");
        assertEquals(Files.readString(logged), Files.readString(exported), "to the byte (CRLF rows)");
    }
}
