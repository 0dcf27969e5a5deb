package org.headroom.ui.editor;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.Locale;
import java.util.function.LongConsumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.headroom.edit.EditPoint;

/**
 * The engine's suggested edit points (pauses between phrases, dips between words) in programme
 * order; choosing one puts the cursor there, so a cut lands between words. A two-hour take has
 * thousands: the rows are plain text of one fixed height over a swapped snapshot, so the list
 * lays out and paints only what is in view.
 */
final class EditPointsPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient EditorSession session;
    private final SnapshotListModel<EditorSession.PlacedPoint> model = new SnapshotListModel<>();
    private final JList<EditorSession.PlacedPoint> list = new JList<>(model);

    EditPointsPanel(EditorSession session, LongConsumer go) {
        super(new BorderLayout());
        this.session = session;
        setOpaque(false);
        list.setName("editPoints");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Renderer());
        measureRows();
        list.addPropertyChangeListener("font", e -> measureRows()); // another theme, another font
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) go.accept(list.getSelectedValue().frame());
        });
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        session.onContentChange(this::refresh);
    }

    void refresh() {
        model.set(session.placedPoints());
    }

    int count() {
        return model.getSize();
    }

    /** Lays the list out again: a new time format changes every row's text and width. */
    void reformat() {
        measureRows();
    }

    /**
     * One size for every row, measured once on the widest row there can be: left to itself a
     * list with no fixed width asks the renderer for every row to find the widest, thousands of
     * formatted strings on the EDT each time the points change.
     */
    private void measureRows() {
        long widest = 100L * 3600 * session.rate() - 1; // 99:59:59.999, longer than any take
        EditorSession.PlacedPoint prototype = new EditorSession.PlacedPoint(new EditPoint(widest / (double) session.rate(), -88.8,
                8.888, EditPoint.Kind.PAUSE), widest);
        list.setPrototypeCellValue(prototype);
        list.setFixedCellHeight(list.getFontMetrics(list.getFont()).getHeight() + 4);
    }

    private final class Renderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
            EditorSession.PlacedPoint p = (EditorSession.PlacedPoint) value;
            EditPoint e = p.point();
            String kind = e.kind() == EditPoint.Kind.PAUSE ? "pause" : "dip";
            String level = Double.isFinite(e.levelDbfs()) ? String.format(Locale.ROOT, "%.0f dBFS", e.levelDbfs()) : "silence";
            String text = String.format(Locale.ROOT, "%s   %s, %.0f ms, %s", TimeDisplay.of(p.frame(), session.rate()),
                    kind, e.lengthSeconds() * 1000, level.replace('-', '\u2212'));
            super.getListCellRendererComponent(l, text, index, selected, focus);
            if (!selected) setForeground(Palette.point());
            return this;
        }
    }
}
