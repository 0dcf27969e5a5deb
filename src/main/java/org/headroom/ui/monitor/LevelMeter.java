package org.headroom.ui.monitor;

import org.headroom.ui.common.MeterScale;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.function.LongConsumer;
import javax.swing.JComponent;
import org.headroom.ui.common.Look;

/**
 * One channel's vertical level bar: the part below the level lit in the colour bands from
 * presets/meters.json (green, yellow, red), an RMS core drawn darker inside it, and a
 * peak-hold line. The numbers around it are separate components so they can take focus.
 */
final class LevelMeter extends JComponent {
    private static final long serialVersionUID = 1L;

    private final UiPresets presets;
    private final MeterScale scale;
    private double barDb = Double.NEGATIVE_INFINITY;
    private double rmsDb = Double.NEGATIVE_INFINITY;
    private double holdDb = Double.NEGATIVE_INFINITY;
    private long arrivalNanos = -1;
    private long paintedArrival = -1;
    private LongConsumer painted = f -> { };
    private boolean noInput;

    LevelMeter(UiPresets presets, String explanation) {
        this.presets = presets;
        this.scale = new MeterScale(presets.scaleMinDbfs());
        setToolTipText(explanation);
        setPreferredSize(new Dimension(26, 300));
        setMinimumSize(new Dimension(14, 120));
    }

    /** Told after a paint that showed new audio: when that audio came off the source (nanoTime, for fps and latency). */
    void onPainted(LongConsumer painted) {
        this.painted = painted;
    }

    void show(double barDb, double rmsDb, double holdDb, long arrivalNanos) {
        this.noInput = false;
        this.barDb = barDb;
        this.rmsDb = rmsDb;
        this.holdDb = holdDb;
        this.arrivalNanos = arrivalNanos;
        repaint();
    }

    /** The input is gone: an empty, greyed bar that says so, not the last level frozen in place. */
    void showNoInput() {
        if (noInput) return;
        noInput = true;
        barDb = rmsDb = holdDb = Double.NEGATIVE_INFINITY;
        repaint();
    }

    boolean showsNoInput() {
        return noInput;
    }

    MeterScale scale() {
        return scale;
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            int w = getWidth();
            int h = getHeight();
            g.setColor(Look.colour("Headroom.meter.track"));
            g.fillRect(0, 0, w, h);
            paintBar(g, w, h, barDb, 0, w, 1.0);
            // RMS: a darker core over the lit bar, as Audacity draws it
            int rmsTop = y(rmsDb, h);
            if (rmsTop < h) {
                g.setColor(Look.colour("Headroom.meter.rms"));
                g.fillRect(0, rmsTop, w, h - rmsTop);
            }
            paintBandTicks(g, w, h);
            if (noInput) paintNoInput(g, w, h);
            if (holdDb > scale.bottomDb()) {
                int y = y(holdDb, h);
                g.setColor(Look.colour(presets.bandAt(holdDb)));
                g.fillRect(0, Math.max(0, y - 1), w, 3);
            }
        } finally {
            g.dispose();
        }
        if (arrivalNanos != paintedArrival) {
            paintedArrival = arrivalNanos;
            painted.accept(arrivalNanos);
        }
    }

    /** The lit part: each band's colour from its start up to the level. */
    private void paintBar(Graphics2D g, int w, int h, double db, int x, int width, double alpha) {
        int top = y(db, h);
        if (top >= h) return;
        var bands = presets.bands();
        for (int i = 0; i < bands.size(); i++) {
            double from = bands.get(i).fromDbfs();
            double to = i + 1 < bands.size() ? bands.get(i + 1).fromDbfs() : Double.POSITIVE_INFINITY;
            int bandBottom = y(from, h);
            int bandTop = Math.max(top, y(to, h));
            if (bandTop >= bandBottom) continue;
            Color c = Look.colour(bands.get(i).colourKey());
            g.setColor(alpha < 1 ? new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) (alpha * 255)) : c);
            g.fillRect(x, bandTop, width, bandBottom - bandTop);
        }
    }

    /** Greys the track and writes "no input" up the bar. */
    private void paintNoInput(Graphics2D g, int w, int h) {
        g.setColor(Look.mix(Look.colour("Headroom.meter.track"), Look.colour("Label.disabledForeground"), 0.35));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(Look.font(-2f, java.awt.Font.BOLD));
        java.awt.FontMetrics fm = g.getFontMetrics();
        String text = "no input";
        g.setColor(Look.colour("Label.foreground"));
        g.translate(w / 2 + fm.getAscent() / 2 - 1, h / 2 + fm.stringWidth(text) / 2);
        g.rotate(-Math.PI / 2);
        g.drawString(text, 0, 0);
    }

    /** Faint lines where the bands change and at the scale marks, so the eye can read a level. */
    private void paintBandTicks(Graphics2D g, int w, int h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(new Color(0, 0, 0, 70));
        for (double mark : presets.scaleMarks()) {
            int y = y(mark, h);
            if (y > 0 && y < h) g.drawLine(0, y, w, y);
        }
    }

    int y(double db, int h) {
        return (int) Math.round(h - scale.fraction(db) * h);
    }
}
