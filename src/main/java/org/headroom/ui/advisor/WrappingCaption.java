package org.headroom.ui.advisor;

import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JTextArea;
import org.headroom.ui.common.Look;

/**
 * A caption that wraps to its column's width instead of being cut short: a label clips "Not this
 * place: the monitor is on its demo take." to "Not thi…", and an HTML label needs a fixed width
 * the column does not have. It reads like a caption (dim, a size down) and takes no focus.
 */
final class WrappingCaption extends JTextArea {
    private static final long serialVersionUID = 1L;
    private final String colourKey;
    private final float sizeDelta;

    WrappingCaption(String text) {
        this(text, "Headroom.text.dim", -1f);
    }

    /** A wrapping line in another role, e.g. a figure's value ("Label.foreground", size 0). */
    WrappingCaption(String text, String colourKey, float sizeDelta) {
        super(text);
        this.colourKey = colourKey;
        this.sizeDelta = sizeDelta;
        setEditable(false);
        setFocusable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(false);
        setBorder(BorderFactory.createEmptyBorder());
        restyle();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        restyle();
    }

    private void restyle() {
        if (colourKey == null) return; // called by JTextArea's constructor before the fields are set
        setForeground(Look.colour(colourKey));
        setFont(Look.font(sizeDelta, Font.PLAIN));
        setOpaque(false);
    }
}
