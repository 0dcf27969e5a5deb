package org.headroom.ui.editor;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.LongConsumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.headroom.edit.EditPoint;

/**
 * The engine's suggested edit points (pauses between phrases, dips between words) in programme
 * order; choosing one puts the cursor there, so a cut lands between words.
 */
final class EditPointsPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient EditorSession session;
    private final DefaultListModel<EditorSession.PlacedPoint> model = new DefaultListModel<>();
    private final JList<EditorSession.PlacedPoint> list = new JList<>(model);

    EditPointsPanel(EditorSession session, LongConsumer go) {
        super(new BorderLayout());
        this.session = session;
        setOpaque(false);
        list.setName("editPoints");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Renderer());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) go.accept(list.getSelectedValue().frame());
        });
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        session.onChange(this::refresh);
    }

    void refresh() {
        var now = session.placedPoints().stream().sorted(Comparator.comparingLong(EditorSession.PlacedPoint::frame)).toList();
        if (now.size() == model.size()) {
            boolean same = true;
            for (int i = 0; i < now.size() && same; i++) same = now.get(i).equals(model.get(i));
            if (same) return;
        }
        model.clear();
        now.forEach(model::addElement);
    }

    int count() {
        return model.size();
    }

    /** Lays the list out again: a new time format changes every row's text and width. */
    void reformat() {
        list.setCellRenderer(new Renderer());
    }

    private final class Renderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
            EditorSession.PlacedPoint p = (EditorSession.PlacedPoint) value;
            EditPoint e = p.point();
            String kind = e.kind() == EditPoint.Kind.PAUSE ? "pause" : "dip";
            String level = Double.isFinite(e.levelDbfs()) ? String.format(Locale.ROOT, "%.0f dBFS", e.levelDbfs()) : "silence";
            String text = String.format(Locale.ROOT, "<html><b>%s</b>&nbsp; %s, %.0f ms, %s</html>", TimeDisplay.of(p.frame(), session.rate()),
                    kind, e.lengthSeconds() * 1000, level).replace('-', '\u2212');
            super.getListCellRendererComponent(l, text, index, selected, focus);
            if (!selected) setForeground(Palette.point());
            return this;
        }
    }
}
