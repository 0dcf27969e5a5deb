package org.headroom.ui.editor;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.headroom.ui.common.ThemedLabel;

/**
 * The engine's findings on the edited programme, like Audacity's Find Clipping but live: the
 * list follows every edit (a cut-out clip run leaves it), "n of m" with previous/next steps
 * through them, and choosing one selects it in the waveform.
 */
final class FindingsPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    /** Findings are sentences: wrap them in the list rather than cut them off. */
    private static final int WRAP_PX = 262;

    private final transient EditorSession session;
    private final DefaultListModel<EditorSession.Placed> model = new DefaultListModel<>();
    private final JList<EditorSession.Placed> list = new JList<>(model);
    private final JLabel counter = ThemedLabel.caption("analysing\u2026");
    private final transient BiConsumer<Long, Long> show;
    /** Offers the selected finding's fix (FindingFix): hum → notch, noise → denoise, clip run → declip. */
    private final JButton fix = new JButton();
    private transient java.util.function.Consumer<Mark> onFix;

    FindingsPanel(EditorSession session, BiConsumer<Long, Long> show) {
        super(new BorderLayout(0, 6));
        this.session = session;
        this.show = show;
        setOpaque(false);
        counter.setName("findingsCounter");
        list.setName("findings");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Renderer());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) go(list.getSelectedIndex());
        });
        JButton prev = button("\u25C0", "Previous finding", -1);
        JButton next = button("\u25B6", "Next finding", 1);
        prev.setName("previousFinding");
        next.setName("nextFinding");
        JPanel nav = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        nav.setOpaque(false);
        nav.add(prev);
        nav.add(next);
        nav.add(counter);
        fix.setName("fixFinding");
        fix.setVisible(false);
        fix.addActionListener(e -> {
            int i = list.getSelectedIndex();
            if (i >= 0 && i < model.size() && onFix != null) onFix.accept(model.get(i).mark());
        });
        nav.add(fix);
        add(nav, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        session.onChange(this::refresh);
    }

    private JButton button(String text, String tip, int step) {
        JButton b = new JButton(text);
        b.setToolTipText(tip);
        b.addActionListener(e -> step(step));
        return b;
    }

    /** Moves to the next (+1) or previous (−1) finding, wrapping round. */
    void step(int direction) {
        int n = model.size();
        if (n == 0) return;
        int i = list.getSelectedIndex();
        int next = i < 0 ? (direction > 0 ? 0 : n - 1) : Math.floorMod(i + direction, n);
        list.setSelectedIndex(next);
        list.ensureIndexIsVisible(next);
    }

    private void go(int index) {
        if (index < 0 || index >= model.size()) return;
        EditorSession.Placed p = model.get(index);
        counter.setText((index + 1) + " of " + model.size());
        String offer = FindingFix.label(p.mark());
        fix.setVisible(offer != null);
        if (offer != null) fix.setText(offer);
        show.accept(p.start(), p.end());
    }

    private void refresh() {
        List<EditorSession.Placed> now = session.placedMarks();
        int keep = list.getSelectedIndex();
        if (sameAs(now)) return;
        model.clear();
        now.forEach(model::addElement);
        if (keep >= 0 && keep < model.size()) list.getSelectionModel().setSelectionInterval(keep, keep);
        counter.setText(model.isEmpty() ? "none" : (list.getSelectedIndex() < 0 ? "\u2014" : list.getSelectedIndex() + 1) + " of " + model.size());
    }

    private boolean sameAs(List<EditorSession.Placed> now) {
        if (now.size() != model.size()) return false;
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(model.get(i))) return false;
        }
        return !now.isEmpty() || !"analysing\u2026".equals(counter.getText());
    }

    /** What the fix button does with the selected finding. */
    void onFix(java.util.function.Consumer<Mark> action) {
        this.onFix = action;
    }

    /** Called when the analysis has finished (or failed), so an empty list says "none". */
    void analysed(String note) {
        refresh();
        if (note != null) counter.setText(note);
    }

    String counterText() {
        return counter.getText();
    }

    /** Lays the list out again: a new time format changes every row's text and width. */
    void reformat() {
        list.setCellRenderer(new Renderer());
    }

    private final class Renderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
            EditorSession.Placed p = (EditorSession.Placed) value;
            String when = TimeDisplay.of(p.start(), session.rate());
            super.getListCellRendererComponent(l, "<html><div style='width:" + WRAP_PX + "px'><b>" + when + "</b>&nbsp; " + p.mark().text()
                    + "</div></html>", index, selected, focus);
            if (!selected) setForeground(p.mark().isClip() ? Palette.clip() : Palette.region());
            setToolTipText("<html><div style='width:360px'>" + p.mark().detail() + "</div></html>");
            return this;
        }
    }
}
