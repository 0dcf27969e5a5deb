package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detail view draws its wave columns once into an image and copies that on each repaint:
 * a repaint for the selection draws no columns, a scroll or an edit draws them again, and the
 * copy looks as the columns drawn straight onto the view did. Headless: the view is painted
 * into an image, never shown.
 */
class WaveImageTest {
    private static final int WIDTH = 400; // 9.8 s over 400 px: 1 176 frames a pixel, drawn from the finished peak cache
    private static final int HEIGHT = 300;

    @TempDir
    Path temp;

    private EditorSession scanned() throws Exception {
        return EditorGui.scannedDialogue(temp);
    }

    private static BufferedImage paint(WaveformView w) {
        BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        w.paint(g);
        g.dispose();
        return out;
    }

    @Test
    void aRepaintThatChangesNothingTheColumnsShowDrawsNoColumns() throws Exception {
        EditorSession s = scanned();
        ViewPort v = new ViewPort();
        WaveformView w = new WaveformView(s, v, () -> -1, null);
        w.setBounds(0, 0, WIDTH, HEIGHT);
        v.fit();
        w.dispose();
        assertTrue(WaveImage.applies(s.scan().peaks(), v), "the whole take at 400 px is drawn from the cache's columns");
        paint(w);
        assertEquals(1, w.waveDrawings());
        s.select(48000, 96000); // a selection, as a drag makes
        paint(w);
        paint(w);
        assertEquals(1, w.waveDrawings(), "the selection is drawn over the same columns");
        v.zoom(0.8, 96000);
        paint(w);
        assertEquals(2, w.waveDrawings(), "a zoom shows other columns");
        assertTrue(s.apply(java.util.List.of(new org.headroom.edit.Edit.Cut(1.0, 2.0))) == null);
        paint(w);
        assertEquals(3, w.waveDrawings(), "so does a cut");
    }

    @Test
    void theColumnsFromTheImageLookAsTheColumnsDrawnStraightOn() throws Exception {
        EditorSession s = scanned();
        ViewPort v = new ViewPort();
        v.setExtent(s.map().frames(), WIDTH);
        v.fit();
        int top = OverlayPainter.STRIP;
        int lane = (HEIGHT - top) / 2;
        BufferedImage straight = background();
        Graphics2D g = straight.createGraphics();
        for (int c = 0; c < 2; c++) WavePainter.lane(g, s.map(), s.scan().peaks(), null, c, v, top + c * lane, lane, true);
        g.dispose();
        BufferedImage copied = background();
        g = copied.createGraphics();
        new WaveImage().paint(g, s.map(), s.scan().peaks(), v, new int[] {top, top + lane}, lane);
        g.dispose();
        int differing = 0;
        int wave = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int a = straight.getRGB(x, y);
                int b = copied.getRGB(x, y);
                if (a != 0xFF101418) wave++;
                // one level per channel: the image's premultiplied alpha may round a translucent colour by one
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 1) differing++;
                }
            }
        }
        assertTrue(wave > WIDTH * 10, "the columns were drawn at all: " + wave + " pixels");
        assertEquals(0, differing, "pixels that differ by more than one level");
    }

    private static BufferedImage background() {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(0x101418));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        return img;
    }
}
