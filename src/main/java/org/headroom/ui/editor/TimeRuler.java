package org.headroom.ui.editor;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;

/** The time scale over the detail view: h:mm:ss ticks, finer (tenths, milliseconds) as it zooms in. */
final class TimeRuler extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final int MIN_LABEL_GAP_PX = 90;

    private final transient ViewPort view;
    private final int rate;

    TimeRuler(ViewPort view, int rate) {
        this.view = view;
        this.rate = rate;
        setName("ruler");
        setPreferredSize(new Dimension(900, 22));
        view.onChange(this::repaint);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int h = getHeight();
        g.setColor(Palette.panel());
        g.fillRect(0, 0, getWidth(), h);
        g.setFont(getFont().deriveFont(Font.PLAIN, 10.5f));
        FontMetrics fm = g.getFontMetrics();
        double secondsPerPx = view.fpp() / rate;
        double tick = RulerScale.tick(secondsPerPx * MIN_LABEL_GAP_PX);
        double minor = tick / 5;
        double first = Math.floor(view.start() / rate / minor) * minor;
        double last = view.end() / rate;
        for (int i = 0; first + i * minor <= last; i++) {
            double t = first + i * minor;
            int x = (int) Math.round(view.xOf(Math.round(t * rate)));
            boolean major = Math.abs(t / tick - Math.round(t / tick)) < 1e-6;
            g.setColor(Palette.text());
            g.drawLine(x, major ? h - 9 : h - 4, x, h);
            if (major) g.drawString(RulerScale.ruler(t, tick), x + 3, fm.getAscent() + 1);
        }
        g.setColor(Palette.grid());
        g.drawLine(0, h - 1, getWidth(), h - 1);
        g.dispose();
    }
}
