package org.headroom.ui.monitor;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Readout;

/**
 * Stereo phase correlation, −1 to +1, as a horizontal bar from the centre: +1 is the same
 * signal in both channels (mono), 0 unrelated channels (wide stereo), below 0 channels
 * fighting each other (a wire swapped, a mic inverted), which cancels in mono.
 */
final class CorrelationBar extends JComponent implements MeterView {
    private static final long serialVersionUID = 1L;
    private static final double WARN_BELOW = 0.0;
    private static final double DANGER_BELOW = -0.3;
    private Double value;
    private boolean stereo;

    CorrelationBar() {
        setName("correlation");
        setPreferredSize(new Dimension(220, 34));
        setMinimumSize(new Dimension(120, 34));
        setToolTipText("<html><b>Stereo correlation</b> over the last 0.3 s.<br>+1: both channels the same (mono)."
                + " 0: unrelated (wide stereo).<br>Below 0 (red): the channels cancel when played in mono \u2014"
                + " check for a swapped wire<br>or an inverted microphone. Blank for mono or silence.</html>");
    }

    Double value() {
        return value;
    }

    @Override
    public void show(MeterFrame frame) {
        Double v = frame.snapshot().correlation();
        boolean st = frame.snapshot().channels().size() >= 2;
        if (!java.util.Objects.equals(v, value) || st != stereo) {
            value = v;
            stereo = st;
            repaint();
        }
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth();
        g.setFont(Look.font(-2f, java.awt.Font.PLAIN));
        FontMetrics fm = g.getFontMetrics();
        int barH = 12;
        int top = 2;
        g.setColor(Look.colour("Headroom.meter.track"));
        g.fillRect(0, top, w, barH);
        int mid = w / 2;
        if (value != null) {
            int x = (int) Math.round((value + 1) / 2 * (w - 1));
            String key = value < DANGER_BELOW ? "Headroom.meter.danger"
                    : value < WARN_BELOW ? "Headroom.meter.caution" : "Headroom.meter.safe";
            g.setColor(Look.colour(key));
            g.fillRect(Math.min(mid, x), top, Math.max(2, Math.abs(x - mid)), barH);
            g.setColor(Look.colour("Headroom.meter.hold"));
            g.fillRect(Math.max(0, Math.min(w - 3, x - 1)), top - 1, 3, barH + 2);
        }
        g.setColor(Look.colour("Headroom.meter.scale"));
        g.drawLine(mid, top, mid, top + barH);
        int ty = top + barH + fm.getAscent() + 2;
        g.drawString("\u22121", 0, ty);
        g.drawString("0", mid - fm.stringWidth("0") / 2, ty);
        g.drawString("+1", w - fm.stringWidth("+1"), ty);
        String now = !stereo ? "mono" : value == null ? Readout.NONE : Readout.signed(value, 2);
        g.setColor(Look.colour("Label.foreground"));
        g.drawString(now, mid + (w / 4) - fm.stringWidth(now) / 2, ty);
        g.dispose();
    }
}
