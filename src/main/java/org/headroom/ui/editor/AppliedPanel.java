package org.headroom.ui.editor;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.headroom.edit.Edit;
import org.headroom.ui.common.ThemedLabel;

/**
 * What is applied: every edit and effect of the edit list in the order it was made, like a
 * non-destructive editor's effect stack, each removable. Removing one is a new edit list and
 * so one more undoable step; Undo brings it back. Rows come from the edits themselves
 * ({@link EditText}), so a new kind of edit is listed without code here.
 */
final class AppliedPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    /** One row: the edit and where it sits in the list (two equal edits are still two rows). */
    record Row(int index, Edit edit) {
    }

    private final transient EditorSession session;
    private final SnapshotListModel<Row> model = new SnapshotListModel<>();
    private final JList<Row> list = new JList<>(model);
    private final JButton remove = new JButton("Remove");
    private final ThemedLabel count = ThemedLabel.caption("nothing yet");

    AppliedPanel(EditorSession session, Consumer<String> problem) {
        super(new BorderLayout(0, 6));
        this.session = session;
        setOpaque(false);
        list.setName("applied");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setFixedCellHeight(list.getFontMetrics(list.getFont()).getHeight() + 4);
        list.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean sel, boolean focus) {
                String text = (i + 1) + ".  " + EditText.of(((Row) v).edit());
                super.getListCellRendererComponent(l, text, i, sel, focus);
                setToolTipText(text);
                return this;
            }
        });
        remove.setName("removeApplied");
        remove.setToolTipText("Take the chosen edit out of the list (Undo puts it back)");
        remove.setEnabled(false);
        list.addListSelectionListener(e -> remove.setEnabled(list.getSelectedIndex() >= 0));
        remove.addActionListener(e -> {
            String why = removeSelected();
            if (why != null) problem.accept(why);
        });
        count.setName("appliedCount");
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        top.setOpaque(false);
        top.add(remove);
        top.add(count);
        add(top, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        session.onContentChange(this::refresh);
        refresh();
    }

    private void refresh() {
        List<Row> rows = new ArrayList<>();
        List<Edit> edits = session.edits().edits();
        for (int i = 0; i < edits.size(); i++) rows.add(new Row(i, edits.get(i)));
        model.set(rows);
        count.setText(rows.isEmpty() ? "nothing yet" : rows.size() + (rows.size() == 1 ? " edit" : " edits"));
    }

    /** Removes the chosen edit as a new undoable step; null when done, else why it cannot be. */
    String removeSelected() {
        int i = list.getSelectedIndex();
        if (i < 0) return "Choose an edit in the Applied list first.";
        String why = session.apply(session.edits().without(model.getElementAt(i).index()));
        if (why != null) return "Cannot remove " + model.getElementAt(i).edit().op() + ": " + why;
        if (model.getSize() > 0) list.setSelectedIndex(Math.min(i, model.getSize() - 1));
        return null;
    }

    void choose(int index) {
        list.setSelectedIndex(index);
    }

    List<String> rows() {
        List<String> out = new ArrayList<>();
        for (Row r : model.rows()) out.add(EditText.of(r.edit()));
        return out;
    }
}
