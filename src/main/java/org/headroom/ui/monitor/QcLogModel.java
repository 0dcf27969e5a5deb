package org.headroom.ui.monitor;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.table.AbstractTableModel;

import org.headroom.analysis.FindingTracker;
import org.headroom.analysis.LiveSnapshot;
import org.headroom.analysis.QcLogWriter;
import org.headroom.detect.Finding;
import org.headroom.ui.common.Readout;

/**
 * The QC log's rows, growing live. The session hands over its whole list of findings about four
 * times a second; rows are matched by the same {@link FindingTracker} that gives
 * {@code headroom monitor --json} its ids, so a finding that grows (a burst of clips, a long
 * true-peak over), merges or wanders (the quietest moment behind NOISE) updates its row and
 * keeps the time it was first logged, a finding withdrawn (no longer true) loses its row, and
 * rows from earlier inputs stay until cleared. EDT only.
 */
final class QcLogModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"Time", "Take", "Ch", "Severity", "What", "Value", "Rule", "Message"};
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final List<QcRow> rows = new ArrayList<>();
    private final Map<Object, FindingTracker> trackers = new HashMap<>();
    private final Map<RowKey, Integer> index = new HashMap<>();
    private List<Finding> lastSeen;

    /** Takes the snapshot's findings; cheap when they have not changed since the last call. */
    void update(Object session, Instant sessionStart, String input, LiveSnapshot s) {
        List<Finding> findings = s.findings();
        if (findings == lastSeen) return;
        lastSeen = findings;
        // a table row can change as often as the findings do: no update interval
        FindingTracker tracker = trackers.computeIfAbsent(session, k -> new FindingTracker(0));
        for (FindingTracker.Change c : tracker.accept(findings, 0)) {
            Finding f = c.finding();
            RowKey key = new RowKey(session, c.id());
            Integer at = index.get(key);
            if (c.isWithdrawn()) {
                if (at != null) removeRow(key, at);
                continue;
            }
            String ch = ChannelNames.of(s.format(), f.channel());
            if (at == null) {
                Instant wall = QcLogWriter.wallClock(sessionStart, f.startSeconds());
                rows.add(new QcRow(wall, f, ch, input));
                index.put(key, rows.size() - 1);
                fireTableRowsInserted(rows.size() - 1, rows.size() - 1);
            } else {
                QcRow old = rows.get(at);
                rows.set(at, new QcRow(old.wallClock(), f, ch, input));
                fireTableRowsUpdated(at, at);
            }
        }
    }

    private void removeRow(RowKey key, int at) {
        index.remove(key);
        rows.remove(at);
        index.replaceAll((k, i) -> i > at ? i - 1 : i);
        fireTableRowsDeleted(at, at);
    }

    /** A finding of one session, as the tracker numbers it. */
    private record RowKey(Object session, int id) {
    }

    /** A row that is not one of the session's findings: a disk-space warning, a failed recording. */
    void add(QcRow row) {
        rows.add(row);
        fireTableRowsInserted(rows.size() - 1, rows.size() - 1);
    }

    void clear() {
        rows.clear();
        index.clear();
        trackers.clear();
        lastSeen = null;
        fireTableDataChanged();
    }

    List<QcRow> rows() {
        return List.copyOf(rows);
    }

    QcRow row(int i) {
        return rows.get(i);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    static String clock(Instant t) {
        return LocalTime.ofInstant(t, ZoneId.systemDefault()).format(CLOCK);
    }

    @Override
    public Object getValueAt(int r, int c) {
        QcRow row = rows.get(r);
        Finding f = row.finding();
        return switch (c) {
            case 0 -> clock(row.wallClock());
            case 1 -> Readout.takeTime(f.startSeconds());
            case 2 -> row.channel();
            case 3 -> f.severity();
            case 4 -> row.kindText();
            case 5 -> row.valueText();
            case 6 -> f.rule();
            default -> f.message();
        };
    }
}
