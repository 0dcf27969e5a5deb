package org.headroom.ui.monitor;

import org.headroom.ui.common.MeterScale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.headroom.analysis.LiveSnapshot;
import org.headroom.audio.SourceFormat;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.detect.Severity;
import org.headroom.ui.common.Readout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's logic that needs no screen: scale, verdicts, spectrum level, QC log rows and exports, presets. */
class UiLogicTest {
    @TempDir
    Path temp;

    @Test
    void meterScaleIsTheIecDeflectionAndRises() {
        MeterScale s = new MeterScale(-60);
        assertEquals(1.0, s.fraction(0), 1e-12);
        assertEquals(1.0, s.fraction(3), 1e-12, "overs pin at the top");
        assertEquals(0.0, s.fraction(-60), 1e-12);
        assertEquals(0.0, s.fraction(Double.NEGATIVE_INFINITY), 1e-12);
        // −20 dBFS is half deflection on the IEC 60268-18 scale
        assertEquals(50.0, MeterScale.deflection(-20), 1e-12);
        double last = -1;
        for (double db = -60; db <= 0; db += 0.5) {
            assertTrue(s.fraction(db) > last, "rises at " + db);
            last = s.fraction(db);
        }
    }

    @Test
    void verdictsFollowTheTargetAndTolerance() {
        assertEquals(TargetVerdict.OK, TargetVerdict.of(-23.4, -23.0, 0.5));
        assertEquals(TargetVerdict.LOUD, TargetVerdict.of(-22.4, -23.0, 0.5));
        assertEquals(TargetVerdict.QUIET, TargetVerdict.of(-24.0, -23.0, 0.5));
        assertEquals(TargetVerdict.OK, TargetVerdict.of(-14.8, -14.0, null), "±1 LU guide where the platform normalises");
        assertEquals(TargetVerdict.NONE, TargetVerdict.of(null, -23.0, 0.5), "undefined loudness has no colour");
        assertEquals(TargetVerdict.NONE, TargetVerdict.of(-20.0, null, null), "no target, no verdict");
        assertEquals(TargetVerdict.LOUD, TargetVerdict.ofCeiling(-0.5, -1.0));
        assertEquals(TargetVerdict.OK, TargetVerdict.ofCeiling(-1.0, -1.0));
    }

    @Test
    void readoutsUseARealMinusAndADashForUndefined() {
        assertEquals("\u221218.2", Readout.db(-18.24));
        assertEquals(Readout.NONE, Readout.db((Double) null));
        assertEquals(Readout.NONE, Readout.db(Double.NEGATIVE_INFINITY));
        assertEquals("2:14", Readout.clock(134.9));
        assertEquals("1:02:03", Readout.clock(3723));
        assertEquals("0:04.2", Readout.takeTime(4.249));
    }

    @Test
    void qcLogKeepsOneRowPerFindingAsItGrows() {
        QcLogModel model = new QcLogModel();
        SourceFormat fmt = SourceFormat.pcm("live", "PCM", 48000, 2, 24, -1);
        Finding first = clip(1, 100);
        Finding grown = clip(3, 300);
        Object session = new Object();
        Instant start = Instant.parse("2026-11-23T10:00:00Z");
        model.update(session, start, "demo", snapshot(fmt, List.of(first)));
        model.update(session, start, "demo", snapshot(fmt, List.of(grown)));
        assertEquals(1, model.getRowCount(), "a growing burst of clips is one row");
        assertEquals(grown, model.row(0).finding());
        assertEquals(start.plusMillis(4250), model.row(0).wallClock(), "wall clock = start + take time");
        assertEquals("R", model.getValueAt(0, 2));
        model.update(session, start, "demo", snapshot(fmt, List.of(grown, clip(9, 900, 480000))));
        assertEquals(2, model.getRowCount());
        // the quietest moment behind a NOISE finding moves as the take goes on: still one row
        Finding noise = Finding.at(org.headroom.detect.FindingKind.NOISE, org.headroom.detect.Severity.WARNING, Finding.ALL_CHANNELS,
                48000, 72000, 48000, -50, "noise floor above -60 dBFS", "quiet at 1 s");
        Finding moved = Finding.at(org.headroom.detect.FindingKind.NOISE, org.headroom.detect.Severity.WARNING, Finding.ALL_CHANNELS,
                480000, 504000, 48000, -52, "noise floor above -60 dBFS", "quiet at 10 s");
        model.update(session, start, "demo", snapshot(fmt, List.of(grown, clip(9, 900, 480000), noise)));
        model.update(session, start, "demo", snapshot(fmt, List.of(grown, clip(9, 900, 480000), moved)));
        assertEquals(3, model.getRowCount(), "the moved noise finding replaced its row");
        assertEquals(moved, model.row(2).finding());
    }

    /** A finding the session withdraws (no longer true) loses its row; the rows after it keep theirs. */
    @Test
    void qcLogDropsAWithdrawnFindingsRow() {
        QcLogModel model = new QcLogModel();
        SourceFormat fmt = SourceFormat.pcm("live", "PCM", 48000, 2, 24, -1);
        Finding quiet = Finding.at(org.headroom.detect.FindingKind.TOO_QUIET, org.headroom.detect.Severity.WARNING,
                Finding.ALL_CHANNELS, 0, 480000, 48000, -42, "programme level below -30 dBFS", "quiet");
        Object session = new Object();
        Instant start = Instant.parse("2026-11-23T10:00:00Z");
        model.update(session, start, "demo", snapshot(fmt, List.of(quiet, clip(9, 900, 480000))));
        assertEquals(2, model.getRowCount());
        model.update(session, start, "demo", snapshot(fmt, List.of(clip(9, 900, 480000))));
        assertEquals(1, model.getRowCount(), "the withdrawn level finding is gone");
        assertEquals(org.headroom.detect.FindingKind.CLIPPING, model.row(0).finding().kind());
        Finding grown = clip(9, 1200, 480000);
        model.update(session, start, "demo", snapshot(fmt, List.of(grown)));
        assertEquals(1, model.getRowCount());
        assertEquals(grown, model.row(0).finding(), "the remaining row is still found by its id after the removal");
    }

    @Test
    void exportsAreCompleteFilesInEachFormat() throws Exception {
        QcRow row = new QcRow(Instant.parse("2026-11-23T10:00:04.250Z"), clip(2, 12), "R", "Demo \"input\"");
        QcReport report = new QcReport(Instant.parse("2026-11-23T10:01:00Z"), "Demo \"input\"",
                "48 kHz \u00b7 24-bit PCM \u00b7 stereo", "EBU R 128", 60, -23.1, 5.2, -0.4, null, List.of(row));
        Path csv = temp.resolve("qc.csv");
        QcExport.CSV.write(report, csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        // the QC log's one layout (QcLogWriter); the time of day is local, so only its shape is checked here
        assertTrue(lines.get(1).matches("4\\.250,2026-11-2\\dT\\d\\d:\\d\\d:04\\.250(Z|[+-]\\d\\d:\\d\\d),"
                + "\"Demo \"\"input\"\"\",CLIPPING,ERROR,2,4\\.250,.*"), lines.get(1));

        Path json = temp.resolve("qc.json");
        QcExport.JSON.write(report, json);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(-23.1, root.get("integratedLufs").asDouble(), 1e-9);
        assertTrue(root.get("noiseFloorDbfs").isNull(), "unknown is null, never a number");
        assertEquals("CLIPPING", root.get("findings").get(0).get("kind").asText());

        Path html = temp.resolve("qc.html");
        QcExport.HTML.write(report, html);
        String page = Files.readString(html);
        assertTrue(page.contains("Demo &quot;input&quot;") && page.contains("</html>"));
        try (var files = Files.list(temp)) {
            assertEquals(3, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void uiPresetsLoadWithBandsFromData() throws Exception {
        UiPresets p = UiPresets.load();
        assertEquals("Headroom.meter.safe", p.bandAt(-20));
        assertEquals("Headroom.meter.caution", p.bandAt(-12));
        assertEquals("Headroom.meter.caution", p.bandAt(-8));
        assertEquals("Headroom.meter.danger", p.bandAt(-3));
        assertTrue(p.refreshHz() >= 30 && p.refreshHz() <= 60);
        assertTrue(p.holdSeconds() >= 1 && p.holdSeconds() <= 3);
    }

    private static Finding clip(int runs, long samples) {
        return clip(runs, samples, 204_000);
    }

    private static Finding clip(int runs, long samples, long start) {
        return Finding.at(FindingKind.CLIPPING, Severity.ERROR, 1, start, start + samples, 48000, samples,
                "\u22653 consecutive samples at full scale", "Channel 2 clipped " + runs + " times");
    }

    private static LiveSnapshot snapshot(SourceFormat fmt, List<Finding> findings) {
        return new LiveSnapshot(5, 240000, fmt, List.of(), null, null, null, null, null, null, null, null, null,
                false, false, null, 0, findings, null, 0);
    }
}
