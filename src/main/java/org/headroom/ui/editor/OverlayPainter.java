package org.headroom.ui.editor;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.Path2D;
import org.headroom.edit.EditPoint;
import org.headroom.edit.ProgrammeMap;
import org.headroom.edit.Timeline;

/**
 * What the detail view draws over the wave: findings (clip runs as red bands, other regions as a
 * labelled strip), suggested edit points, the joins cuts made, the fade curves with their
 * handles, the selection and the playhead.
 */
final class OverlayPainter {
    static final int HANDLE = 8;
    /** Height of the strip at the top: findings on its first row, edit-point flags on its second. */
    static final int STRIP = 30;
    private static final int ROW = 13;

    private OverlayPainter() {
    }

    static void marks(Graphics2D g, EditorSession s, ViewPort v, int height) {
        g.setFont(g.getFont().deriveFont(Font.PLAIN, 10f));
        for (EditorSession.Placed p : s.placedMarks()) {
            int x0 = (int) Math.floor(v.xOf(p.start()));
            int x1 = Math.max(x0 + 2, (int) Math.ceil(v.xOf(p.end())));
            if (x1 < 0 || x0 > v.width()) continue;
            if (p.mark().isClip()) {
                g.setColor(Palette.alpha(Palette.clip(), 40));
                g.fillRect(x0, STRIP, x1 - x0, height - STRIP);
                g.setColor(Palette.clip());
                g.fillRect(x0, 2, x1 - x0, ROW - 2);
            } else {
                // regions (hum, noise...) as a thin amber bar with a label where it starts, not a wash over the wave
                g.setColor(Palette.alpha(Palette.region(), 150));
                g.fillRect(x0, ROW - 2, x1 - x0, 2);
                String label = p.mark().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
                int lx = Math.max(4, x0 + 3);
                if (g.getFontMetrics().stringWidth(label) < x1 - lx) {
                    g.setColor(Palette.region());
                    g.drawString(label, lx, ROW - 4);
                }
            }
        }
    }

    /** Flags closer than this (pixels) are thinned to one, the pause before the dip: at full zoom-out they would be a solid fence. */
    static final int FLAG_GAP = 9;
    /** The dashed line down the wave is drawn only when flags are at least this far apart, so it never hatches the wave. */
    static final int LINE_GAP = 40;

    /**
     * The suggested edit points in view, thinned to one flag per {@value #FLAG_GAP} px. Only the
     * visible ones are looked at (the list is in programme order, found by bisection), so a
     * two-hour take's thousands of points cost what the view shows.
     */
    static void points(Graphics2D g, EditorSession s, ViewPort v, int height) {
        java.util.List<EditorSession.PlacedPoint> all = s.placedPoints();
        java.util.List<EditorSession.PlacedPoint> shown = visiblePoints(all, v);
        boolean lines = drawsLines(shown.size(), v.width());
        BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3f, 4f}, 0f);
        BasicStroke plain = new BasicStroke(1f);
        for (EditorSession.PlacedPoint p : shown) {
            int x = (int) Math.round(v.xOf(p.frame()));
            boolean pause = p.point().kind() == EditPoint.Kind.PAUSE;
            if (lines) {
                g.setColor(Palette.alpha(Palette.point(), pause ? 150 : 90));
                g.setStroke(dashed);
                g.drawLine(x, STRIP, x, height);
                g.setStroke(plain);
            }
            int r = pause ? 5 : 3;
            g.setColor(Palette.point());
            g.fillPolygon(new Polygon(new int[] {x - r, x + r, x}, new int[] {STRIP - 2 - 2 * r, STRIP - 2 - 2 * r, STRIP - 2}, 3));
        }
    }

    /** Whether flags this many to this width are sparse enough for their dashed lines down the wave. */
    static boolean drawsLines(int flags, int width) {
        return flags < 2 || width / (double) flags >= LINE_GAP;
    }

    /** The points in view, at most one per {@value #FLAG_GAP} px: within a slot a pause wins over a dip, then the earlier. */
    static java.util.List<EditorSession.PlacedPoint> visiblePoints(java.util.List<EditorSession.PlacedPoint> all, ViewPort v) {
        double margin = 6 * v.fpp();
        int i = firstAtOrAfter(all, (long) Math.floor(v.start() - margin));
        long end = (long) Math.ceil(v.end() + margin);
        java.util.List<EditorSession.PlacedPoint> out = new java.util.ArrayList<>();
        long slot = Long.MIN_VALUE;
        for (; i < all.size() && all.get(i).frame() <= end; i++) {
            EditorSession.PlacedPoint p = all.get(i);
            long here = Math.floorDiv(Math.round(v.xOf(p.frame())), FLAG_GAP);
            if (here != slot) {
                out.add(p);
                slot = here;
            } else if (p.point().kind() == EditPoint.Kind.PAUSE && out.get(out.size() - 1).point().kind() != EditPoint.Kind.PAUSE) {
                out.set(out.size() - 1, p);
            }
        }
        return out;
    }

    private static int firstAtOrAfter(java.util.List<EditorSession.PlacedPoint> all, long frame) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).frame() < frame) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    static void joins(Graphics2D g, ProgrammeMap map, ViewPort v, int height) {
        for (Timeline.Join j : map.joins()) {
            int x = (int) Math.round(v.xOf(j.outputFrame()));
            if (x < -20 || x > v.width() + 20) continue;
            int w = (int) Math.max(1, Math.round(2 * j.halfFrames() / v.fpp()));
            g.setColor(Palette.alpha(Palette.playhead(), 28));
            g.fillRect(x - w / 2, STRIP, w, height - STRIP);
            g.setColor(Palette.alpha(Palette.playhead(), 140));
            g.drawLine(x, STRIP, x, height);
            g.fillPolygon(new Polygon(new int[] {x - 4, x + 4, x}, new int[] {height, height, height - 6}, 3));
        }
    }

    /** The fade curves over the whole height and a handle at each fade's inner end. */
    static void fades(Graphics2D g, ProgrammeMap map, ViewPort v, int height) {
        Timeline.Fade in = map.timeline().fadeIn();
        Timeline.Fade out = map.timeline().fadeOut();
        g.setStroke(new BasicStroke(1.5f));
        if (in.frames() > 0) curve(g, map, v, 0, in.frames(), in, true, height);
        if (out.frames() > 0) curve(g, map, v, map.frames() - out.frames(), map.frames(), out, false, height);
        g.setStroke(new BasicStroke(1f));
        handle(g, (int) Math.round(v.xOf(in.frames())), in.frames() > 0);
        handle(g, (int) Math.round(v.xOf(map.frames() - out.frames())), out.frames() > 0);
    }

    private static void curve(Graphics2D g, ProgrammeMap map, ViewPort v, long a, long b, Timeline.Fade fade, boolean in, int height) {
        Path2D.Double p = new Path2D.Double();
        int x0 = (int) Math.max(0, Math.floor(v.xOf(a)));
        int x1 = (int) Math.min(v.width(), Math.ceil(v.xOf(b)));
        for (int x = x0; x <= x1; x++) {
            long f = Math.max(a, Math.min(b - 1, v.frameAt(x)));
            double pos = in ? (double) f / fade.frames() : (double) (map.frames() - 1 - f) / fade.frames();
            double gain = fade.shape().gain(pos);
            double y = height - 2 - gain * (height - STRIP - 4);
            if (x == x0) p.moveTo(x, y);
            else p.lineTo(x, y);
        }
        Graphics2D smooth = (Graphics2D) g.create();
        smooth.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        smooth.setColor(Palette.alpha(Palette.playhead(), 200));
        smooth.draw(p);
        smooth.dispose();
    }

    private static void handle(Graphics2D g, int x, boolean active) {
        g.setColor(active ? Palette.playhead() : Palette.alpha(Palette.playhead(), 110));
        g.fillRect(x - HANDLE / 2, STRIP, HANDLE, HANDLE);
    }

    static void selection(Graphics2D g, EditorSession s, ViewPort v, int height) {
        int x0 = (int) Math.round(v.xOf(s.selStart()));
        int x1 = (int) Math.round(v.xOf(s.selEnd()));
        if (s.hasSelection()) {
            g.setColor(Palette.selection());
            g.fillRect(x0, 0, Math.max(1, x1 - x0), height);
            g.setColor(Palette.selectionEdge());
            g.drawLine(x1, 0, x1, height);
        } else {
            g.setColor(Palette.selectionEdge());
        }
        g.drawLine(x0, 0, x0, height);
    }

    static void playhead(Graphics2D g, long frame, ViewPort v, int height) {
        if (frame < 0) return;
        int x = (int) Math.round(v.xOf(frame));
        g.setColor(Palette.playhead());
        g.drawLine(x, 0, x, height);
        g.fillPolygon(new Polygon(new int[] {x - 5, x + 5, x}, new int[] {0, 0, 7}, 3));
    }
}
