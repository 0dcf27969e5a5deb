package org.headroom.ui.advisor;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/**
 * The house look for the advisor: the same theme roles (presets/ui/*.properties) the monitor's
 * cards and labels read. The monitor's own Card and Look are package-private to org.headroom.ui,
 * which two other people are changing, so the advisor reads the roles instead of the classes.
 */
final class AdvisorLook {
    static final String NONE = "\u2014";

    private AdvisorLook() {
    }

    static Color colour(String key) {
        Color c = UIManager.getColor(key);
        return c != null ? c : Color.MAGENTA; // a missing key should be obvious on screen
    }

    static Font font(float delta, int style) {
        Font base = UIManager.getFont("Label.font");
        return base.deriveFont(style, base.getSize2D() + delta);
    }

    /** A raised surface with a hairline edge and a small capitalised heading, re-styled on theme change. */
    static JPanel card(String heading, JComponent body) {
        JPanel card = new JPanel(new BorderLayout(0, 6)) {
            private static final long serialVersionUID = 1L;

            @Override
            public void updateUI() {
                super.updateUI();
                restyle(this);
            }
        };
        if (heading != null) card.add(heading(heading), BorderLayout.NORTH);
        body.setOpaque(false);
        card.add(body, BorderLayout.CENTER);
        restyle(card);
        return card;
    }

    private static void restyle(JPanel card) {
        card.setOpaque(true);
        card.setBackground(colour("Headroom.panel.background"));
        card.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(colour("Headroom.panel.border")),
                BorderFactory.createEmptyBorder(8, 10, 10, 10)));
    }

    static JLabel heading(String text) {
        return themed(text.toUpperCase(Locale.ROOT), "Headroom.text.dim", -1f, Font.BOLD);
    }

    static JLabel caption(String text) {
        return themed(text, "Headroom.text.dim", -1f, Font.PLAIN);
    }

    /** A label whose colour and size follow a theme role, also after a light/dark switch. */
    static JLabel themed(String text, String colourKey, float sizeDelta, int style) {
        JLabel l = new JLabel(text) {
            private static final long serialVersionUID = 1L;

            @Override
            public void updateUI() {
                super.updateUI();
                if (colourKey != null) {
                    setForeground(colour(colourKey));
                    setFont(font(sizeDelta, style));
                }
            }
        };
        l.setForeground(colour(colourKey));
        l.setFont(font(sizeDelta, style));
        return l;
    }

    /** A real minus sign, as the monitor's readouts show it. */
    static String minus(String text) {
        return text.replace('-', '\u2212');
    }

    static String number(double value, String format, String unit) {
        if (!Double.isFinite(value)) return NONE;
        return minus(String.format(Locale.ROOT, format, value)) + (unit.isEmpty() ? "" : " " + unit);
    }
}
