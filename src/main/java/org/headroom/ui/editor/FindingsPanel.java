package org.headroom.ui.editor;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import org.headroom.ui.common.ThemedLabel;

/**
 * The engine's findings on the edited programme, like Audacity's Find Clipping but live: the
 * list follows every edit (a cut-out clip run leaves it, an effect that removes a problem makes
 * the analysis run again), "n of m" with previous/next steps through them, and choosing one
 * selects it in the waveform. Rows are plain wrapped text, not HTML, and their times are
 * programme times.
 */
final class FindingsPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    /** The wrap width before the list has one of its own: the side column's usual width. */
    private static final int WRAP_PX = 320;
    private static final String ANALYSING = "analysing\u2026";

    private final transient EditorSession session;
    private final SnapshotListModel<EditorSession.Placed> model = new SnapshotListModel<>();
    private final JList<EditorSession.Placed> list = new JList<>(model);
    private final JLabel counter = ThemedLabel.caption(ANALYSING);
    private final transient BiConsumer<Long, Long> show;
    /** Offers the selected finding's fix (FindingFix): hum → notch, noise → denoise, clip run → declip. */
    private final JButton fix = new JButton();
    private transient java.util.function.Consumer<Mark> onFix;
    /** Until the analysis (first or again after an effect) is in, the counter says so whatever the list holds. */
    private boolean analysing = true;
    private String note;
    /** True while {@link #refresh} puts the selected row back: that is not the user choosing it. */
    private boolean restoring;

    FindingsPanel(EditorSession session, BiConsumer<Long, Long> show) {
        super(new BorderLayout(0, 6));
        this.session = session;
        this.show = show;
        setOpaque(false);
        counter.setName("findingsCounter");
        list.setName("findings");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Renderer());
        // the rows wrap at the list's width: measure them again when it changes
        list.addComponentListener(new java.awt.event.ComponentAdapter() {
            private int measuredAt = -1;

            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                if (list.getWidth() == measuredAt) return;
                measuredAt = list.getWidth();
                list.setCellRenderer(new Renderer());
            }
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !restoring) go(list.getSelectedIndex());
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
            if (i >= 0 && i < model.getSize() && onFix != null) onFix.accept(model.getElementAt(i).mark());
        });
        nav.add(fix);
        add(nav, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        session.onContentChange(this::refresh);
    }

    private JButton button(String text, String tip, int step) {
        JButton b = new JButton(text);
        b.setToolTipText(tip);
        b.addActionListener(e -> step(step));
        return b;
    }

    /** Moves to the next (+1) or previous (−1) finding, wrapping round. */
    void step(int direction) {
        int n = model.getSize();
        if (n == 0) return;
        int i = list.getSelectedIndex();
        int next = i < 0 ? (direction > 0 ? 0 : n - 1) : Math.floorMod(i + direction, n);
        list.setSelectedIndex(next);
        list.ensureIndexIsVisible(next);
    }

    private void go(int index) {
        if (index < 0 || index >= model.getSize()) return;
        EditorSession.Placed p = model.getElementAt(index);
        counter();
        offerFix(index);
        show.accept(p.start(), p.end());
    }

    /** The fix button follows the selected row: hum → notch, noise → denoise, clip run → declip, else hidden. */
    private void offerFix(int index) {
        String offer = index < 0 || index >= model.getSize() ? null : FindingFix.label(model.getElementAt(index).mark());
        fix.setVisible(offer != null);
        if (offer != null) fix.setText(offer);
    }

    private void refresh() {
        int keep = list.getSelectedIndex();
        var now = session.placedMarks();
        if (!now.equals(model.rows())) {
            model.set(now);
            // the row stays selected, but a new analysis must not move the user's selection to it
            restoring = true;
            try {
                if (keep >= 0 && keep < model.getSize()) list.getSelectionModel().setSelectionInterval(keep, keep);
            } finally {
                restoring = false;
            }
            offerFix(list.getSelectedIndex());
        }
        counter();
    }

    /** What the fix button does with the selected finding. */
    void onFix(java.util.function.Consumer<Mark> action) {
        this.onFix = action;
    }

    private void counter() {
        int n = model.getSize();
        int i = list.getSelectedIndex();
        String where = n == 0 ? "none" : (i < 0 ? "\u2014" : Integer.toString(i + 1)) + " of " + n;
        counter.setText(note != null ? note : analysing ? (n == 0 ? ANALYSING : where + " \u00b7 " + ANALYSING) : where);
    }

    /** The analysis starts (again, after an effect): the counter says so until {@link #analysed} is called. */
    void analysing() {
        analysing = true;
        note = null;
        counter();
    }

    /** Called when the analysis has finished, with null, or with why it failed; an empty list then says "none". */
    void analysed(String failure) {
        analysing = false;
        note = failure;
        refresh();
    }

    int count() {
        return model.getSize();
    }

    /** The rows as the list shows them (time, then text), for tests and the screen reader. */
    String rowText(int index) {
        EditorSession.Placed p = model.getElementAt(index);
        return TimeDisplay.of(p.start(), session.rate()) + "  " + ProgrammeText.of(p.mark().text(), session.map(), session.rate());
    }

    String counterText() {
        return counter.getText();
    }

    /** Lays the list out again: a new time format changes every row's text and width. */
    void reformat() {
        list.setCellRenderer(new Renderer());
    }

    /** A bold time over the finding's headline, wrapped to the list's width; the whole message is the tooltip. */
    private final class Renderer extends JPanel implements ListCellRenderer<EditorSession.Placed> {
        private static final long serialVersionUID = 1L;
        private final JLabel when = new JLabel();
        private final JTextArea what = new JTextArea();

        Renderer() {
            super(new BorderLayout(0, 1));
            setBorder(BorderFactory.createEmptyBorder(3, 4, 4, 4));
            what.setLineWrap(true);
            what.setWrapStyleWord(true);
            what.setEditable(false);
            what.setOpaque(false);
            what.setBorder(null);
            add(when, BorderLayout.NORTH);
            add(what, BorderLayout.CENTER);
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends EditorSession.Placed> l, EditorSession.Placed p, int index,
                                                      boolean selected, boolean focus) {
            when.setFont(l.getFont().deriveFont(Font.BOLD));
            what.setFont(l.getFont());
            when.setText(TimeDisplay.of(p.start(), session.rate()));
            what.setText(ProgrammeText.of(p.mark().text(), session.map(), session.rate()));
            int width = l.getWidth() > 0 ? l.getWidth() - 8 : WRAP_PX;
            what.setSize(width, Short.MAX_VALUE); // a wrapping text area measures its height at the width it is given
            setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            setOpaque(selected);
            java.awt.Color fg = selected ? l.getSelectionForeground() : p.mark().isClip() ? Palette.clip() : Palette.region();
            when.setForeground(fg);
            what.setForeground(selected ? l.getSelectionForeground() : UIManager.getColor("List.foreground"));
            // one HTML tooltip for the row under the pointer, built when asked, so it wraps too
            String detail = ProgrammeText.of(p.mark().detail(), session.map(), session.rate());
            setToolTipText("<html><div style='width:360px'>" + detail.replace("&", "&amp;").replace("<", "&lt;") + "</div></html>");
            setPreferredSize(null);
            Dimension d = getPreferredSize();
            setPreferredSize(new Dimension(width, d.height));
            return this;
        }
    }
}
