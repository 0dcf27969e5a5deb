package org.headroom.ui.monitor;

import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.JComponent;

import org.headroom.analysis.LiveSnapshot;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Readout;

/**
 * The spectrum of the newest audio on a log frequency axis, 20 Hz to 20 kHz, −100 to 0 dBFS.
 * The FFT runs in the live session ({@link org.headroom.meter.LiveSpectrum}); this only maps bins to pixel
 * columns (the loudest bin under each column, so a hum line stays visible however narrow).
 */
final class SpectrumView extends JComponent implements MeterView {
    private static final long serialVersionUID = 1L;
    private static final double LOW_HZ = 20;
    private static final double HIGH_HZ = 20_000;
    private static final double TOP_DB = 0;
    private static final double BOTTOM_DB = -100;
    private static final int[] GRID_HZ = {50, 100, 200, 500, 1000, 2000, 5000, 10000};
    private static final int LEFT = 30;
    private static final int BOTTOM = 16;

    private LiveSnapshot.Spectrum spectrum;

    SpectrumView() {
        setName("spectrum");
        setPreferredSize(new Dimension(400, 160));
        setToolTipText("<html><b>Spectrum</b>: how much of each frequency is in the sound right now.<br>Low notes"
                + " and rumble on the left, hiss on the right. A sharp spike at 50/60 Hz and its multiples is mains"
                + " hum;<br>a lump below 100 Hz is wind or handling noise.</html>");
    }

    @Override
    public void show(MeterFrame frame) {
        LiveSnapshot.Spectrum s = frame.snapshot().spectrum();
        if (s != spectrum) {
            spectrum = s;
            repaint();
        }
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth() - LEFT;
        int h = getHeight() - BOTTOM;
        g.translate(LEFT, 0);
        g.setColor(Look.colour("Headroom.chart.background"));
        g.fillRect(0, 0, w, h);
        paintGrid(g, w, h);
        if (spectrum != null && w > 2) paintCurve(g, w, h);
        g.dispose();
    }

    private void paintGrid(Graphics2D g, int w, int h) {
        g.setFont(Look.font(-3f, java.awt.Font.PLAIN));
        FontMetrics fm = g.getFontMetrics();
        for (int hz : GRID_HZ) {
            int x = x(hz, w);
            g.setColor(Look.colour("Headroom.chart.grid"));
            g.drawLine(x, 0, x, h);
            String t = hz >= 1000 ? hz / 1000 + "k" : String.valueOf(hz);
            g.setColor(Look.colour("Headroom.text.dim"));
            g.drawString(t, x - fm.stringWidth(t) / 2, h + fm.getAscent() + 1);
        }
        for (DbLabel label : dbLabels(h, fm.getHeight(), fm.getAscent())) {
            g.setColor(Look.colour("Headroom.chart.grid"));
            g.drawLine(0, label.gridY(), w, label.gridY());
            String t = Readout.db((double) label.db()).replace(".0", "");
            g.setColor(Look.colour("Headroom.text.dim"));
            g.drawString(t, -4 - fm.stringWidth(t), label.baseline());
        }
        g.drawString("Hz", w - fm.stringWidth("Hz") - 2, h + fm.getAscent() + 1);
    }

    /** A level line of the grid and where its label's baseline goes. */
    record DbLabel(int db, int gridY, int baseline) {
    }

    /**
     * The level labels that fit a plot {@code h} pixels high: the finest of 20, 40, 50 and 100 dB
     * steps that leaves a text line between labels, each label kept inside the plot, and any
     * label that would still touch the one above it left out (a small card drew "−80" over the
     * bottom label).
     */
    static java.util.List<DbLabel> dbLabels(int h, int lineHeight, int ascent) {
        java.util.List<DbLabel> labels = new java.util.ArrayList<>();
        if (h < lineHeight) return labels;
        double pxPerDb = h / (TOP_DB - BOTTOM_DB);
        int step = 100;
        for (int s : new int[] {50, 40, 20}) if (s * pxPerDb >= lineHeight + 2) step = s;
        int lastBaseline = Integer.MIN_VALUE / 2; // halved: the difference below must not overflow
        for (int db = (int) TOP_DB; db >= BOTTOM_DB; db -= step) {
            int y = (int) Math.round(y(db, h));
            int baseline = Math.max(ascent - 2, Math.min(h, y + ascent / 2 - 1));
            if (baseline - lastBaseline < lineHeight) continue;
            labels.add(new DbLabel(db, y, baseline));
            lastBaseline = baseline;
        }
        return labels;
    }

    private void paintCurve(Graphics2D g, int w, int h) {
        double binHz = spectrum.binHz();
        int bins = spectrum.bins();
        Path2D.Float line = new Path2D.Float();
        for (int x = 0; x < w; x++) {
            double f0 = hz(x, w);
            double f1 = hz(x + 1, w);
            int k0 = (int) Math.floor(f0 / binHz);
            int k1 = Math.max(k0, (int) Math.floor(f1 / binHz));
            double db;
            if (k1 == k0) {
                // several columns per bin at low frequencies: interpolate between bins for a smooth curve
                double pos = f0 / binHz;
                int k = Math.min(bins - 2, Math.max(1, (int) Math.floor(pos)));
                double t = pos - k;
                db = spectrum.db(k) * (1 - t) + spectrum.db(k + 1) * t;
            } else {
                db = BOTTOM_DB - 20;
                for (int k = Math.max(1, k0); k <= Math.min(bins - 1, k1); k++) db = Math.max(db, spectrum.db(k));
            }
            float y = (float) Math.max(-1, Math.min(h + 1, y(db, h)));
            if (x == 0) line.moveTo(x, y);
            else line.lineTo(x, y);
        }
        Path2D.Float fill = new Path2D.Float(line);
        fill.lineTo(w - 1, h);
        fill.lineTo(0, h);
        fill.closePath();
        // the fill is one pixel column per step already: antialiasing it only costs time (it dominated the paint)
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Look.colour("Headroom.spectrum.fill"));
        g.fill(fill);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Look.colour("Headroom.spectrum.line"));
        g.setStroke(new BasicStroke(1.2f));
        g.draw(line);
    }

    private static int x(double hz, int w) {
        return (int) Math.round(Math.log(hz / LOW_HZ) / Math.log(HIGH_HZ / LOW_HZ) * (w - 1));
    }

    private static double hz(double x, int w) {
        return LOW_HZ * Math.pow(HIGH_HZ / LOW_HZ, x / Math.max(1, w - 1));
    }

    private static double y(double db, int h) {
        return (TOP_DB - db) / (TOP_DB - BOTTOM_DB) * h;
    }
}
