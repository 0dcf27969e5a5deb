package org.headroom.ui.advisor;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.headroom.advice.Recommendation;
import org.headroom.ui.common.Readout;

/** The ranking below the first choice: one row per candidate with the figures it is judged on. */
final class RunnersUpModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"#", "Pattern and type", "Microphone", "Score", "Speech/noise", "Voice/room", "Distance"};
    private List<Recommendation> rows = List.of();

    void show(List<Recommendation> ranked) {
        rows = ranked.size() <= 1 ? List.of() : List.copyOf(ranked.subList(1, ranked.size()));
        fireTableDataChanged();
    }

    Recommendation at(int row) {
        return rows.get(row);
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

    @Override
    public Object getValueAt(int row, int column) {
        Recommendation r = rows.get(row);
        return switch (column) {
            case 0 -> row + 2;
            case 1 -> Words.title(r);
            case 2 -> r.name();
            case 3 -> Words.score(r.score());
            case 4 -> figure(r, "estimatedSnrDb", "%.0f", "dB");
            case 5 -> figure(r, "voiceOverRoomDb", "%+.1f", "dB"); // the score's voice over room (C50)
            default -> figure(r, "workingDistanceMetres", "%.2f", "m");
        };
    }

    private static String figure(Recommendation r, String key, String format, String unit) {
        Double v = r.numbers().get(key);
        return v == null ? Readout.NONE : AdvisorLook.number(v, format, unit);
    }
}
