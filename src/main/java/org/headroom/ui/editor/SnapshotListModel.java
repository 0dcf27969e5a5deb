package org.headroom.ui.editor;

import java.util.List;
import javax.swing.AbstractListModel;

/**
 * A list model over an immutable list that is swapped whole: one change event for a new list
 * of any length, where a {@code DefaultListModel} refilled row by row sends one per row. With
 * a fixed cell height the list then lays out and paints only the rows in view, so a two-hour
 * take's thousands of edit points cost no more than a short take's ten.
 */
final class SnapshotListModel<T> extends AbstractListModel<T> {
    private static final long serialVersionUID = 1L;

    private transient List<T> rows = List.of();

    /** Replaces the rows; says nothing when they are the same. */
    void set(List<T> next) {
        if (next.equals(rows)) return;
        int before = rows.size();
        rows = List.copyOf(next);
        if (before > 0) fireIntervalRemoved(this, 0, before - 1);
        if (!rows.isEmpty()) fireIntervalAdded(this, 0, rows.size() - 1);
    }

    List<T> rows() {
        return rows;
    }

    @Override
    public int getSize() {
        return rows.size();
    }

    @Override
    public T getElementAt(int index) {
        return rows.get(index);
    }
}
