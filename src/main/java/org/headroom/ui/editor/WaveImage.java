package org.headroom.ui.editor;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import org.headroom.edit.PeakCache;
import org.headroom.edit.ProgrammeMap;

/**
 * The detail view's wave columns, drawn once into an image and copied to the screen on every
 * repaint until what they show changes: the view (scroll, zoom, width), the lanes' height, the
 * programme (an edit) or the theme. A repaint for the selection, the playhead or a flag then
 * costs one image copy instead of a rectangle per column per lane sent to the X server, which
 * on a two-hour take was most of the window's paint time. It is used only for a finished peak
 * cache seen from its own resolution or coarser: while the cache fills, or zoomed in far enough
 * to draw the samples themselves, the columns change under the view and are drawn directly.
 */
final class WaveImage {
    private BufferedImage image;
    private List<Object> drawnFor;
    private int drawings;

    /** Whether the lanes for this view can be drawn from the image: the cache is finished and the view is not at sample level. */
    static boolean applies(PeakCache cache, ViewPort v) {
        return cache.isComplete() && v.fpp() >= PeakCache.BUCKETS[0];
    }

    /**
     * Draws every channel's lane, {@code laneHeight} high from {@code top}, as {@link WavePainter#lane}
     * would, from the image when it still shows this; only the part inside {@code g}'s clip reaches the screen.
     */
    void paint(Graphics2D g, ProgrammeMap map, PeakCache cache, int channels, ViewPort v, int top, int laneHeight) {
        int width = Math.max(1, v.width());
        int height = top + channels * laneHeight;
        List<Object> now = List.of(map, v.start(), v.fpp(), width, top, laneHeight, channels, Palette.wave().getRGB(),
                Palette.clip().getRGB(), Palette.grid().getRGB(), Palette.estimate().getRGB());
        if (image == null || image.getWidth() != width || image.getHeight() != height || !Objects.equals(now, drawnFor)) {
            if (image == null || image.getWidth() != width || image.getHeight() != height) {
                image = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_INT_ARGB_PRE);
            }
            Graphics2D ig = image.createGraphics();
            ig.setComposite(java.awt.AlphaComposite.Clear);
            ig.fillRect(0, 0, image.getWidth(), image.getHeight());
            ig.setComposite(java.awt.AlphaComposite.SrcOver);
            for (int c = 0; c < channels; c++) WavePainter.lane(ig, map, cache, null, c, v, top + c * laneHeight, laneHeight, true);
            ig.dispose();
            drawnFor = now;
            drawings++;
        }
        g.drawImage(image, 0, 0, null);
    }

    /** How many times the columns were drawn into the image (for tests: a repaint that changes nothing draws none). */
    int drawings() {
        return drawings;
    }
}
