package org.headroom.ui.common;

import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Readout;
import org.headroom.ui.common.ThemedLabel;

/** Rows of "name  value" with a tooltip per row: the format and noise panels. */
public class InfoGrid extends JPanel {
    private static final long serialVersionUID = 1L;
    private int rows;

    public InfoGrid() {
        super(new GridBagLayout());
        setOpaque(false);
    }

    /** Adds a row and returns its value label. */
    public JLabel row(String name, String tip) {
        JLabel key = ThemedLabel.caption(name);
        JLabel value = new ThemedLabel(Readout.NONE, "Label.foreground", 0f, Font.PLAIN);
        key.setToolTipText(tip);
        value.setToolTipText(tip);
        value.setName(name);
        GridBagConstraints g = new GridBagConstraints();
        g.gridy = rows++;
        g.anchor = GridBagConstraints.WEST;
        g.insets = new Insets(2, 0, 2, 12);
        add(key, g);
        g.gridx = 1;
        g.weightx = 1;
        g.fill = GridBagConstraints.HORIZONTAL;
        g.insets = new Insets(2, 0, 2, 0);
        add(value, g);
        return value;
    }

    public static void set(JLabel label, String text, String colourKey) {
        if (!text.equals(label.getText())) label.setText(text);
        java.awt.Color c = Look.colour(colourKey);
        if (!c.equals(label.getForeground())) label.setForeground(c);
    }
}
