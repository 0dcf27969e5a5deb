package org.headroom.ui.editor;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.function.Supplier;
import javax.swing.JComponent;

/**
 * Peak bars for what is playing, one per channel, on the monitor's dBFS colours (green under
 * −18, amber to −6, red above), with a short fall so a peak stays readable.
 */
final class PlaybackMeter extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final double FLOOR_DB = -60;
    private static final double FALL_DB_PER_TICK = 1.5;

    private final transient Supplier<float[]> peaks;
    private double[] shown = new double[0];

    PlaybackMeter(Supplier<float[]> peaks) {
        this.peaks = peaks;
        setName("playbackMeter");
        setPreferredSize(new Dimension(220, 22));
    }

    /** Called by the window's timer. */
    void tick() {
        float[] p = peaks.get();
        if (shown.length < p.length) shown = new double[p.length];
        for (int c = 0; c < shown.length; c++) {
            double db = c < p.length && p[c] > 0 ? 20 * Math.log10(p[c]) : FLOOR_DB;
            shown[c] = Math.max(db, Math.max(FLOOR_DB, (shown[c] == 0 ? FLOOR_DB : shown[c]) - FALL_DB_PER_TICK));
        }
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        int w = getWidth();
        int h = getHeight();
        g.setColor(Palette.background());
        g.fillRect(0, 0, w, h);
        int n = Math.max(1, shown.length);
        int bar = (h - 2) / n;
        for (int c = 0; c < shown.length; c++) {
            double frac = (shown[c] - FLOOR_DB) / -FLOOR_DB;
            int len = (int) Math.round(Math.max(0, Math.min(1, frac)) * (w - 2));
            for (int x = 0; x < len; x += 3) {
                double db = FLOOR_DB + (double) x / (w - 2) * -FLOOR_DB;
                g.setColor(db > -6 ? Palette.clip() : db > -18 ? Palette.region() : Palette.point());
                g.fillRect(1 + x, 1 + c * bar, 2, bar - 1);
            }
        }
        g.dispose();
    }
}
