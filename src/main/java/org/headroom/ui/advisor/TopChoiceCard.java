package org.headroom.ui.advisor;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.text.html.HTMLEditorKit;
import org.headroom.advice.Recommendation;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.ThemedLabel;
import org.headroom.ui.common.Readout;

/**
 * The first choice, big enough to read from the back of a van: pattern and type, its score, where
 * to put it, what to bring, and why it wins, in numbers and words.
 */
final class TopChoiceCard extends JPanel {
    private static final long serialVersionUID = 1L;
    final JLabel title = new ThemedLabel(Readout.NONE, "Label.foreground", 8f, Font.BOLD);
    final JLabel score = new ThemedLabel("", "Headroom.verdict.ok", 8f, Font.BOLD);
    final JLabel model = ThemedLabel.caption("");
    final JLabel figures = new ThemedLabel("", "Label.foreground", 0f, Font.PLAIN);
    final JLabel placement = wrapping();
    final JLabel kit = wrapping();
    final JEditorPane reasons = new JEditorPane();
    /** Shown first, only when even this choice will sound poor: what is wrong and what would change it. */
    final JLabel warning = new ThemedLabel("", "Headroom.verdict.loud", 1f, Font.BOLD);

    TopChoiceCard() {
        super(new BorderLayout(0, 8));
        setOpaque(false);
        title.setName("topTitle");
        score.setName("topScore");
        placement.setName("topPlacement");
        kit.setName("topKit");
        reasons.setName("topReasons");
        warning.setName("topWarning");
        warning.setVisible(false);
        warning.setToolTipText("Even the best choice will sound poor here; these would change it.");
        score.setToolTipText("Headroom's score out of 100 for this place; only meaningful against the other candidates.");
        figures.setToolTipText("What this mic should give: speech over the background noise, and the voice over the room's echo.");
        reasons.setEditable(false);
        reasons.setEditorKit(new HTMLEditorKit());
        reasons.setOpaque(false);
        reasons.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        reasons.setToolTipText("Why this choice: the figures behind its score, and how it beats the runner-up.");

        JPanel head = new JPanel(new BorderLayout(12, 0));
        head.setOpaque(false);
        JPanel names = new JPanel(new java.awt.GridLayout(0, 1, 0, 2));
        names.setOpaque(false);
        names.add(title);
        names.add(model);
        names.add(figures);
        head.add(names, BorderLayout.CENTER);
        head.add(score, BorderLayout.EAST);

        JPanel details = new JPanel(new GridBagLayout());
        details.setOpaque(false);
        addRow(details, 0, "Placement", placement);
        addRow(details, 1, "Bring", kit);
        JPanel top = new JPanel(new BorderLayout(0, 8));
        top.setOpaque(false);
        JPanel headAndWarning = new JPanel(new BorderLayout(0, 6));
        headAndWarning.setOpaque(false);
        headAndWarning.add(warning, BorderLayout.NORTH);
        headAndWarning.add(head, BorderLayout.CENTER);
        top.add(headAndWarning, BorderLayout.NORTH);
        top.add(details, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(reasons);
        scroll.setBorder(null);
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        JPanel why = new JPanel(new BorderLayout(0, 4));
        why.setOpaque(false);
        why.add(ThemedLabel.caption("Why"), BorderLayout.NORTH);
        why.add(scroll, BorderLayout.CENTER);
        add(why, BorderLayout.CENTER);
    }

    void show(Recommendation r) {
        if (r == null) {
            title.setText("No microphone fits these answers");
            model.setText("Let a mic be seen, or change the distance.");
            score.setText("");
            figures.setText("");
            placement.setText(Readout.NONE);
            kit.setText(Readout.NONE);
            reasons.setText("");
            warning.setVisible(false);
            return;
        }
        warning.setVisible(r.outlook().poor());
        warning.setText(r.outlook().poor()
                ? html(r.outlook().warning() + " What would change it: " + String.join(" ", r.outlook().remedies())) : "");
        title.setText(Words.title(r));
        model.setText(r.name());
        score.setText(Words.score(r.score()));
        figures.setText(html(Words.keyFigures(r)));
        placement.setText(html(r.placement()));
        kit.setText(html(r.accessories().isEmpty() ? "nothing special" : String.join(" \u00b7 ", r.accessories())));
        Color ink = Look.colour("Label.foreground");
        String css = String.format("color:#%06x; font-family:'%s'; font-size:%dpt", ink.getRGB() & 0xFFFFFF,
                reasons.getFont().getFamily(), Math.round(reasons.getFont().getSize2D()));
        reasons.setText("<html><body style=\"" + css + "\">" + Words.bullets(r.reasons()) + "</body></html>");
        reasons.setCaretPosition(0);
    }

    private static JLabel wrapping() {
        return new ThemedLabel("", "Label.foreground", 0f, Font.PLAIN);
    }

    /** Labels wrap only as HTML; the width lets the layout break lines instead of clipping them. */
    private static String html(String text) {
        return "<html>" + Words.html(Readout.minusSign(text)) + "</html>";
    }

    private static void addRow(JPanel panel, int row, String name, JLabel value) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridy = row;
        g.anchor = GridBagConstraints.NORTHWEST;
        g.insets = new Insets(2, 0, 2, 12);
        panel.add(ThemedLabel.caption(name), g);
        g.gridx = 1;
        g.weightx = 1;
        g.fill = GridBagConstraints.HORIZONTAL;
        g.insets = new Insets(2, 0, 2, 0);
        panel.add(value, g);
    }
}
