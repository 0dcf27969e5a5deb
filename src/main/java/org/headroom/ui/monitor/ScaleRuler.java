package org.headroom.ui.monitor;

import org.headroom.ui.common.MeterScale;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Readout;

/** The dBFS numbers beside the level bars, at the marks from presets/meters.json. */
final class ScaleRuler extends JComponent {
    private static final long serialVersionUID = 1L;
    private final UiPresets presets;
    private final MeterScale scale;

    ScaleRuler(UiPresets presets) {
        this.presets = presets;
        this.scale = new MeterScale(presets.scaleMinDbfs());
        setPreferredSize(new Dimension(30, 300));
        setToolTipText("Decibels below digital full scale (dBFS). 0 is the loudest a recording can hold;"
                + " dialogue usually peaks between \u221212 and \u22126.");
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(Look.font(-2f, java.awt.Font.PLAIN));
        g.setColor(Look.colour("Headroom.meter.scale"));
        FontMetrics fm = g.getFontMetrics();
        int h = getHeight();
        int w = getWidth();
        for (double mark : presets.scaleMarks()) {
            int y = (int) Math.round(h - scale.fraction(mark) * h);
            String text = mark == 0 ? "0" : Readout.db(mark).replace(".0", "");
            int ty = Math.max(fm.getAscent() - 2, Math.min(h, y + fm.getAscent() / 2 - 1));
            g.drawString(text, w - 6 - fm.stringWidth(text), ty);
            g.drawLine(w - 4, y, w - 1, y);
        }
        g.dispose();
    }
}
