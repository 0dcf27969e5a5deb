package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JList;
import org.headroom.analysis.TimeFormat;
import org.headroom.audio.SourceFormat;
import org.headroom.detect.FindingKind;
import org.headroom.edit.Edit;
import org.headroom.edit.EditList;
import org.headroom.edit.EditPoint;
import org.headroom.edit.SourceScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long lists and the flags without a window (components are built but never shown): the
 * findings counter while the analysis runs, rows in plain text of one height, and edit-point
 * flags thinned to what the view can show.
 */
class EditorListsTest {
    private static final int RATE = 48000;

    @TempDir
    Path temp;

    private EditorSession session(long frames) throws Exception {
        SourceFormat f = new SourceFormat("WAV", "PCM", RATE, 2, 24, 24, frames,
                List.of(org.headroom.audio.ChannelRole.LEFT, org.headroom.audio.ChannelRole.RIGHT), Map.of());
        return new EditorSession(temp.resolve("take.wav"), f, new SourceScan(f), EditList.EMPTY, EditList.EMPTY);
    }

    private static Component named(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) return c;
            if (c instanceof Container k && named(k, name) != null) return named(k, name);
        }
        return null;
    }

    @Test
    void theFindingsCounterSaysAnalysingUntilTheAnalysisIsInWhateverIsClicked() throws Exception {
        EditorSession s = session(10L * RATE);
        FindingsPanel panel = new FindingsPanel(s, (a, b) -> { });
        s.select(RATE, 2 * RATE); // a click on the wave while the analysis runs
        assertEquals("analysing\u2026", panel.counterText(), "issue 11: it said \"none\" after any click");
        s.setMarks(List.of(new Mark(FindingKind.HUM, 0, 10L * RATE, "Mains hum from 0:00:00.000 to 0:00:10.000", "Mains hum")));
        panel.analysed(null);
        assertEquals("\u2014 of 1", panel.counterText());
        panel.analysing(); // an effect was applied: the findings are being checked again
        assertTrue(panel.counterText().endsWith("analysing\u2026"), panel.counterText());
    }

    @Test
    void findingRowsArePlainTextInProgrammeTime() throws Exception {
        TimeFormat before = TimeDisplay.current();
        TimeDisplay.choose(TimeFormat.MILLISECONDS);
        try {
            EditorSession s = session(12L * RATE);
            FindingsPanel panel = new FindingsPanel(s, (a, b) -> { });
            s.setMarks(List.of(new Mark(FindingKind.NOISE, 9L * RATE, 11L * RATE,
                    "Background noise (at 0:00:09.040)", "Background noise (at 0:00:09.040): a fan")));
            panel.analysed(null);
            assertEquals("0:00:09.000  Background noise (at 0:00:09.040)", panel.rowText(0));
            assertTrue(s.apply(List.of(new Edit.Cut(1.0, 2.5))) == null);
            assertEquals("0:00:07.500  Background noise (at 0:00:07.540)", panel.rowText(0),
                    "the list time and the message's time both follow the cut");
            @SuppressWarnings("unchecked")
            JList<EditorSession.Placed> list = (JList<EditorSession.Placed>) named(panel, "findings");
            assertTrue(list.getFixedCellHeight() > 0, "one height for every row: the list lays out what is in view only");
            Component row = list.getCellRenderer().getListCellRendererComponent(list, list.getModel().getElementAt(0), 0, false, false);
            assertEquals(0, ((Container) row).getComponentCount(), "the row draws its own plain text: no HTML label, no text area");
        } finally {
            TimeDisplay.choose(before);
        }
    }

    @Test
    void editPointRowsArePlainTextOfOneFixedHeight() throws Exception {
        EditorSession s = EditorGui.scannedDialogue(temp);
        EditPointsPanel panel = new EditPointsPanel(s, x -> { });
        s.scanned();
        assertTrue(panel.count() > 3, "the pauses between the lines");
        @SuppressWarnings("unchecked")
        JList<EditorSession.PlacedPoint> list = (JList<EditorSession.PlacedPoint>) named(panel, "editPoints");
        assertTrue(list.getFixedCellHeight() > 0, "one height for every row: the list lays out what is in view only");
        JLabel row = (JLabel) list.getCellRenderer().getListCellRendererComponent(list, list.getModel().getElementAt(0), 0, false, false);
        assertFalse(row.getText().startsWith("<html"), row.getText());
        assertTrue(row.getText().matches("\\d:\\d\\d:\\d\\d\\.\\d{3}   (pause|dip), \\d+ ms, .*"), row.getText());
    }

    /** Wraps a list's renderer to count how many rows it is asked for. */
    private static <T> int[] countRows(JList<T> list) {
        int[] asked = {0};
        javax.swing.ListCellRenderer<? super T> real = list.getCellRenderer();
        list.setCellRenderer((l, value, index, selected, focus) -> {
            asked[0]++;
            return real.getListCellRendererComponent(l, value, index, selected, focus);
        });
        return asked;
    }

    @Test
    void longListsLayOutWithoutAskingTheRendererForEveryRow() throws Exception {
        long frames = 7200L * RATE;
        EditorSession s = session(frames);
        EditPointsPanel points = new EditPointsPanel(s, x -> { });
        @SuppressWarnings("unchecked")
        JList<EditorSession.PlacedPoint> pointList = (JList<EditorSession.PlacedPoint>) named(points, "editPoints");
        int[] pointRows = countRows(pointList);
        pointRows[0] = 0;
        ((SnapshotListModel<EditorSession.PlacedPoint>) pointList.getModel()).set(manyPoints(frames));
        pointList.setSize(360, 400);
        pointList.getPreferredSize();
        pointList.getUI().getCellBounds(pointList, 3000, 3000);
        assertTrue(pointRows[0] <= 1, "issue 11: 3 648 rows measured on the EDT at every change; asked for " + pointRows[0]);

        FindingsPanel findings = new FindingsPanel(s, (a, b) -> { });
        @SuppressWarnings("unchecked")
        JList<EditorSession.Placed> findingList = (JList<EditorSession.Placed>) named(findings, "findings");
        int[] findingRows = countRows(findingList);
        findingRows[0] = 0;
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < 288; i++) {
            long at = frames * i / 288;
            marks.add(new Mark(FindingKind.NOISE, at, at + RATE, "Background noise (at " + i + ")",
                    "Background noise under the voice, a fan or air conditioning by its spectrum (" + i + ")"));
        }
        s.setMarks(marks);
        findings.analysed(null);
        findingList.setSize(360, 400);
        findingList.getPreferredSize();
        findingList.getUI().getCellBounds(findingList, 280, 280);
        assertEquals(288, findings.count());
        assertEquals(0, findingRows[0], "issue 11: 288 wrapped rows laid out on the EDT at every change");
    }

    /** 3 648 points over two hours, as issue 11's long take had. */
    private static List<EditorSession.PlacedPoint> manyPoints(long frames) {
        List<EditorSession.PlacedPoint> out = new ArrayList<>();
        for (int i = 0; i < 3648; i++) {
            long at = frames * i / 3648;
            EditPoint.Kind kind = i % 3 == 0 ? EditPoint.Kind.PAUSE : EditPoint.Kind.DIP;
            out.add(new EditorSession.PlacedPoint(new EditPoint(at / (double) RATE, -50, 0.2, kind), at));
        }
        return out;
    }

    @Test
    void flagsThinOutWithZoomAndDrawNoLinesWhenDense() {
        long frames = 7200L * RATE;
        List<EditorSession.PlacedPoint> all = manyPoints(frames);
        ViewPort v = new ViewPort();
        v.setExtent(frames, 1400);
        v.fit();
        List<EditorSession.PlacedPoint> whole = OverlayPainter.visiblePoints(all, v);
        assertTrue(whole.size() <= 1400 / OverlayPainter.FLAG_GAP + 2, "one flag per slot at full zoom-out: " + whole.size());
        assertTrue(whole.size() > 100, "but still showing where they are: " + whole.size());
        assertTrue(whole.stream().filter(p -> p.point().kind() == EditPoint.Kind.PAUSE).count() > whole.size() / 2,
                "a pause wins its slot over a dip");
        assertFalse(OverlayPainter.drawsLines(whole.size(), 1400), "no dashed lines hatching the wave at full zoom-out");
        v.show(3600L * RATE, 3620L * RATE); // 20 s in the middle
        List<EditorSession.PlacedPoint> close = OverlayPainter.visiblePoints(all, v);
        long inView = all.stream().filter(p -> p.frame() >= v.start() && p.frame() <= v.end()).count();
        assertEquals(inView, close.stream().filter(p -> p.frame() >= v.start() && p.frame() <= v.end()).count(),
                "zoomed in, every point in view has its flag");
        assertTrue(OverlayPainter.drawsLines(close.size(), 1400));
    }
}
