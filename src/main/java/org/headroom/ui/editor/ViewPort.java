package org.headroom.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * Which part of the programme the detail view shows: the first output frame and frames per
 * pixel. Shared by the detail view, the ruler and the overview's window box. EDT only.
 */
final class ViewPort {
    /** Closest zoom: 1/8 frame per pixel shows every sample as a step you can click between. */
    static final double MIN_FPP = 0.125;

    private final List<Runnable> listeners = new ArrayList<>();
    private double start;
    private double fpp = 1000;
    private long total = 1;
    private int width = 1;
    /** Showing the whole programme: stays so through edits and resizes until the user zooms. */
    private boolean fitted = true;

    void onChange(Runnable r) {
        listeners.add(r);
    }

    double start() {
        return start;
    }

    double fpp() {
        return fpp;
    }

    long total() {
        return total;
    }

    int width() {
        return width;
    }

    double end() {
        return start + fpp * width;
    }

    long frameAt(int x) {
        return Math.max(0, Math.min(total, Math.round(start + x * fpp)));
    }

    double xOf(long frame) {
        return (frame - start) / fpp;
    }

    /** The programme's length changed (an edit) or the view was resized; keeps the zoom. */
    void setExtent(long totalFrames, int widthPx) {
        total = Math.max(1, totalFrames);
        width = Math.max(1, widthPx);
        if (fitted) fpp = (double) total / width;
        set(start, fpp);
    }

    void fit() {
        fitted = true;
        set(0, (double) total / width);
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping frame {@code anchor} under the same pixel. */
    void zoom(double factor, long anchor) {
        double x = xOf(anchor);
        double next = Math.max(MIN_FPP, Math.min((double) total / width, fpp * factor));
        fitted = next * width >= total;
        set(anchor - x * next, next);
    }

    /** Shows [from, to) with a little room either side. */
    void show(long from, long to) {
        double span = Math.max(to - from, width * MIN_FPP) * 1.25;
        double next = Math.max(MIN_FPP, Math.min((double) total / width, span / width));
        fitted = next * width >= total;
        set((from + to) / 2.0 - next * width / 2, next);
    }

    void scrollTo(double newStart) {
        set(newStart, fpp);
    }

    private void set(double newStart, double newFpp) {
        fpp = newFpp;
        double max = Math.max(0, total - fpp * width);
        start = Math.max(0, Math.min(max, newStart));
        for (Runnable r : listeners) r.run();
    }
}
