package org.headroom.ui.monitor;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Readout;
import org.headroom.ui.common.ThemedLabel;

/** One big number with its caption above and its unit right after it: the loudness meter's readouts. */
final class ReadingTile extends JPanel {
    private static final long serialVersionUID = 1L;
    /** Pixels between a number and its unit: a space's width at the caption size. */
    static final int UNIT_GAP = 5;
    private final JLabel value;
    private final JLabel unit;
    private String colourKey = "Headroom.verdict.none";

    ReadingTile(String caption, String unit, float sizeDelta, String tip) {
        super(new BorderLayout(0, 0));
        setOpaque(false);
        JLabel top = ThemedLabel.caption(caption);
        value = new ThemedLabel(Readout.NONE, "Headroom.verdict.none", sizeDelta, Font.BOLD);
        value.setHorizontalAlignment(SwingConstants.LEFT);
        value.setName("value-" + unit);
        this.unit = ThemedLabel.caption(unit);
        this.unit.setName("unit-" + unit);
        // the unit sits right after its number on the number's baseline ("−10.2 LUFS"); at the
        // column's right edge it read with the next column's number ("LUFS −10.2")
        FlowLayout flow = new FlowLayout(FlowLayout.LEFT, 0, 0);
        flow.setAlignOnBaseline(true);
        JPanel row = new JPanel(flow);
        row.setOpaque(false);
        this.unit.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, UNIT_GAP, 0, 0));
        row.add(value);
        row.add(this.unit);
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

    /** The gap on screen between the number's last pixel column and the unit's first (for the layout test). */
    int unitGapPx() {
        return unit.getX() + unit.getInsets().left - (value.getX() + value.getWidth());
    }
}
