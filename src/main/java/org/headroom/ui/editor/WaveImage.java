package org.headroom.ui.editor;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
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
 * The overview strip keeps one too: a scroll or zoom moves only its box.
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
     * Draws channel c's lane, {@code laneHeight} high from {@code tops[c]}, as {@link WavePainter#lane}
     * would, from the image when it still shows this; only the part inside {@code g}'s clip reaches the screen.
     */
    void paint(Graphics2D g, ProgrammeMap map, PeakCache cache, ViewPort v, int[] tops, int laneHeight) {
        int width = Math.max(1, v.width());
        int height = Math.max(1, Arrays.stream(tops).max().orElse(0) + laneHeight);
        List<Object> now = List.of(map, v.start(), v.fpp(), width, Arrays.toString(tops), laneHeight, Palette.wave().getRGB(),
                Palette.clip().getRGB(), Palette.grid().getRGB(), Palette.estimate().getRGB());
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            drawnFor = null;
        }
        if (!now.equals(drawnFor)) {
            Graphics2D ig = image.createGraphics();
            ig.setComposite(AlphaComposite.Clear);
            ig.fillRect(0, 0, width, height);
            ig.setComposite(AlphaComposite.SrcOver);
            for (int c = 0; c < tops.length; c++) WavePainter.lane(ig, map, cache, null, c, v, tops[c], laneHeight, true);
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
