package org.headroom.ui.monitor;

import java.awt.BorderLayout;
import java.awt.Font;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Readout;
import org.headroom.ui.common.ThemedLabel;

/** One big number with its caption above and unit beside: the loudness meter's readouts. */
final class ReadingTile extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JLabel value;
    private String colourKey = "Headroom.verdict.none";

    ReadingTile(String caption, String unit, float sizeDelta, String tip) {
        super(new BorderLayout(0, 0));
        setOpaque(false);
        JLabel top = ThemedLabel.caption(caption);
        value = new ThemedLabel(Readout.NONE, "Headroom.verdict.none", sizeDelta, Font.BOLD);
        value.setHorizontalAlignment(SwingConstants.LEFT);
        JLabel u = ThemedLabel.caption(unit);
        u.setVerticalAlignment(SwingConstants.BOTTOM);
        u.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 4, 6, 0));
        JPanel row = new JPanel(new BorderLayout());
        row.setOpaque(false);
        row.add(value, BorderLayout.CENTER);
        row.add(u, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        add(row, BorderLayout.CENTER);
        setToolTipText(tip);
        value.setToolTipText(tip);
        top.setToolTipText(tip);
    }

    void show(String text, TargetVerdict verdict) {
        if (!text.equals(value.getText())) value.setText(text);
        if (!verdict.colourKey.equals(colourKey) || !value.getForeground().equals(Look.colour(verdict.colourKey))) {
            colourKey = verdict.colourKey;
            value.setForeground(Look.colour(colourKey));
        }
    }

    String text() {
        return value.getText();
    }
}
