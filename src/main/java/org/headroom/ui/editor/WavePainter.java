package org.headroom.ui.editor;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import org.headroom.edit.PeakCache;
import org.headroom.edit.ProgrammeMap;

/**
 * Draws the waveform of one channel lane: min/max columns from the peak cache, or, zoomed in
 * past it, the samples themselves as a line through their values. Clipped columns (at or
 * beyond full scale) are drawn in the clip colour, like a meter's red segment.
 */
final class WavePainter {
    private static final float FULL_SCALE = 0.999f;
    /** Below this many frames per pixel the wave is drawn as a line through the samples, above as min/max columns. */
    private static final double LINE_FPP = 6;

    private WavePainter() {
    }

    /** One lane at [top, top + height): centre line, full-scale lines and the wave. */
    static void lane(Graphics2D g, ProgrammeMap map, PeakCache cache, SampleWindow samples, int channel, ViewPort v, int top,
                     int height, boolean markClips) {
        int width = v.width();
        double mid = top + height / 2.0;
        double half = height / 2.0 - 2;
        g.setColor(Palette.grid());
        g.drawLine(0, (int) mid, width, (int) mid);
        long a = (long) Math.floor(v.start());
        long b = Math.min(map.frames(), (long) Math.ceil(v.end()) + 1);
        boolean exact = v.fpp() < PeakCache.BUCKETS[0] && samples != null && samples.covers(map, a, b);
        if (exact && v.fpp() < LINE_FPP) {
            samplesLine(g, map, samples, channel, v, a, b, mid, half);
            return;
        }
        // only the columns the repaint asked for: dragging a selection repaints a sliver, not the lane
        java.awt.Rectangle clip = g.getClipBounds();
        int x0 = clip == null ? 0 : Math.max(0, clip.x);
        int x1 = clip == null ? width : Math.min(width, clip.x + clip.width);
        if (x1 <= x0) return;
        double from = v.start() + x0 * v.fpp();
        PeakColumns cols = exact ? PeakColumns.of(map, samples, channel, from, v.fpp(), x1 - x0)
                : PeakColumns.of(map, cache, channel, from, v.fpp(), x1 - x0);
        // columns are whole pixels: drawn antialiased, each became a mask upload to the X server (seconds a frame on a
        // long take), so they are plain one-pixel rectangles
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int i = 0; i < x1 - x0; i++) {
            if (cols.state[i] == PeakColumns.NONE) continue;
            float lo = cols.min[i];
            float hi = cols.max[i];
            boolean clipped = markClips && (hi >= FULL_SCALE || lo <= -FULL_SCALE);
            g.setColor(clipped ? Palette.clip() : cols.state[i] == PeakColumns.ESTIMATE ? Palette.estimate() : Palette.wave());
            int y0 = (int) Math.round(mid - Math.min(1f, hi) * half);
            int y1 = (int) Math.round(mid - Math.max(-1f, lo) * half);
            g.fillRect(x0 + i, y0, 1, Math.max(y0, y1) - y0 + 1);
        }
        if (aa != null) g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
    }

    private static void samplesLine(Graphics2D into, ProgrammeMap map, SampleWindow s, int channel, ViewPort v, long a, long b,
                                    double mid, double half) {
        Graphics2D g = (Graphics2D) into.create(); // a smooth line through the samples: antialiased, on a copy so the caller's hints stay
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Path2D.Double line = new Path2D.Double();
        boolean first = true;
        for (long f = a; f < b; f++) {
            double y = mid - Math.max(-1, Math.min(1, s.sample(channel, f) * map.gainAt(f))) * half;
            double x = v.xOf(f);
            if (first) line.moveTo(x, y);
            else line.lineTo(x, y);
            first = false;
        }
        g.setColor(Palette.waveEdge());
        g.setStroke(new BasicStroke(1.2f));
        g.draw(line);
        if (v.fpp() < 0.5) { // close enough to see single samples: dots where they are
            for (long f = a; f < b; f++) {
                double y = mid - Math.max(-1, Math.min(1, s.sample(channel, f) * map.gainAt(f))) * half;
                g.fillOval((int) v.xOf(f) - 2, (int) y - 2, 4, 4);
            }
        }
        g.dispose();
    }
}
