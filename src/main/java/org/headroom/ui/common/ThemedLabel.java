package org.headroom.ui.common;

import java.awt.Font;
import javax.swing.JLabel;

/** A label whose colour and size come from a theme role, re-read when the theme changes. */
public class ThemedLabel extends JLabel {
    private static final long serialVersionUID = 1L;
    private final String colourKey;
    private final float sizeDelta;
    private final int style;

    public ThemedLabel(String text, String colourKey, float sizeDelta, int style) {
        super(text);
        this.colourKey = colourKey;
        this.sizeDelta = sizeDelta;
        this.style = style;
        restyle();
    }

    /** Small dim text under or beside a reading. */
    public static ThemedLabel caption(String text) {
        return new ThemedLabel(text, "Headroom.text.dim", -1f, Font.PLAIN);
    }

    /** A card's heading. */
    public static ThemedLabel heading(String text) {
        return new ThemedLabel(text.toUpperCase(java.util.Locale.ROOT), "Headroom.text.dim", -1f, Font.BOLD);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        restyle();
    }

    private void restyle() {
        if (colourKey == null) return; // called by JLabel's constructor before the fields are set
        setForeground(Look.colour(colourKey));
        setFont(Look.font(sizeDelta, style));
    }
}
