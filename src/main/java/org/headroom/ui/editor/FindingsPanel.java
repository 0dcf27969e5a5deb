package org.headroom.ui.editor;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import org.headroom.ui.common.ThemedLabel;

/**
 * The engine's findings on the edited programme, like Audacity's Find Clipping but live: the
 * list follows every edit (a cut-out clip run leaves it, an effect that removes a problem makes
 * the analysis run again), "n of m" with previous/next steps through them, and choosing one
 * selects it in the waveform. Rows are plain text of one height (no HTML, no text area to lay
 * out), so hundreds of findings cost what the view shows, and their times are programme times.
 */
final class FindingsPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    /** The wrap width before the list has one of its own: the side column's usual width. */
    private static final int WRAP_PX = 320;
    /** Lines of the finding's headline a row shows; the tooltip has the whole message. */
    static final int TEXT_LINES = 2;
    private static final int PAD_TOP = 3;
    private static final int PAD_BOTTOM = 4;
    private static final int PAD_SIDE = 4;
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
        measureRows();
        list.addPropertyChangeListener("font", e -> measureRows()); // another theme, another font
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

    /** Draws the rows again: a new time format changes every row's text. */
    void reformat() {
        list.repaint();
    }

    /** Every row's height: a bold time and {@value #TEXT_LINES} lines of text, so the list lays out only what is in view. */
    private void measureRows() {
        java.awt.Font plain = list.getFont();
        int height = list.getFontMetrics(plain.deriveFont(Font.BOLD)).getHeight() + 1
                + TEXT_LINES * list.getFontMetrics(plain).getHeight() + PAD_TOP + PAD_BOTTOM;
        list.setFixedCellHeight(height);
        list.setFixedCellWidth(WRAP_PX); // the list takes the column's width; rows wrap at whatever that is
    }

    /**
     * A bold time over the finding's headline wrapped to the row's width in at most
     * {@value #TEXT_LINES} lines (the rest ends in an ellipsis); the whole message is the
     * tooltip. It draws its own text rather than lay out a text area, since a list of rows of
     * one height asks it only for the rows in view.
     */
    private final class Renderer extends javax.swing.JComponent implements ListCellRenderer<EditorSession.Placed> {
        private static final long serialVersionUID = 1L;
        private String when = "";
        private String what = "";
        private java.awt.Color whenColour;
        private java.awt.Color whatColour;
        private boolean selected;

        @Override
        public Component getListCellRendererComponent(JList<? extends EditorSession.Placed> l, EditorSession.Placed p, int index,
                                                      boolean isSelected, boolean focus) {
            setFont(l.getFont());
            when = TimeDisplay.of(p.start(), session.rate());
            what = ProgrammeText.of(p.mark().text(), session.map(), session.rate());
            selected = isSelected;
            setBackground(isSelected ? l.getSelectionBackground() : l.getBackground());
            whenColour = isSelected ? l.getSelectionForeground() : p.mark().isClip() ? Palette.clip() : Palette.region();
            whatColour = isSelected ? l.getSelectionForeground() : UIManager.getColor("List.foreground");
            // one HTML tooltip for the row under the pointer, built when asked, so it wraps too
            String detail = ProgrammeText.of(p.mark().detail(), session.map(), session.rate());
            setToolTipText("<html><div style='width:360px'>" + detail.replace("&", "&amp;").replace("<", "&lt;") + "</div></html>");
            return this;
        }

        @Override
        protected void paintComponent(java.awt.Graphics graphics) {
            java.awt.Graphics2D g = (java.awt.Graphics2D) graphics.create();
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            if (selected) {
                g.setColor(getBackground());
                g.fillRect(0, 0, getWidth(), getHeight());
            }
            Font bold = getFont().deriveFont(Font.BOLD);
            java.awt.FontMetrics bm = g.getFontMetrics(bold);
            int y = PAD_TOP + bm.getAscent();
            g.setFont(bold);
            g.setColor(whenColour);
            g.drawString(when, PAD_SIDE, y);
            java.awt.FontMetrics fm = g.getFontMetrics(getFont());
            g.setFont(getFont());
            g.setColor(whatColour);
            y += bm.getDescent() + 1 + fm.getAscent();
            for (String line : LineWrap.lines(what, fm, getWidth() - 2 * PAD_SIDE, TEXT_LINES)) {
                g.drawString(line, PAD_SIDE, y);
                y += fm.getHeight();
            }
            g.dispose();
        }
    }
}
