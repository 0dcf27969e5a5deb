package org.headroom.ui.editor;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.LongSupplier;
import javax.swing.JComponent;
import javax.swing.Timer;

/**
 * The whole programme at a glance, drawn from whatever the peak cache holds so far (estimates
 * dimmer), with clip runs in red and a box round what the detail view shows. Click or drag to
 * move the detail view there. Repaints a few times a second while the cache fills.
 */
final class OverviewStrip extends JComponent {
    private static final long serialVersionUID = 1L;

    private final transient EditorSession session;
    private final transient ViewPort view;
    private final transient LongSupplier playhead;
    private final transient ViewPort whole = new ViewPort();
    private final Timer filling;
    /** The whole programme's columns, drawn again only after an edit: a scroll or zoom moves just the box over them. */
    private final transient WaveImage columns = new WaveImage();

    OverviewStrip(EditorSession session, ViewPort view, LongSupplier playhead) {
        this.session = session;
        this.view = view;
        this.playhead = playhead;
        setName("overview");
        setPreferredSize(new Dimension(900, 64));
        view.onChange(this::repaint);
        session.onContentChange(this::repaint); // it draws no selection: a drag need not repaint it
        filling = new Timer(150, e -> {
            repaint();
            if (session.scan().peaks().isComplete()) ((Timer) e.getSource()).stop();
        });
        filling.start();
        MouseAdapter m = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                centre(e.getX());
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                centre(e.getX());
            }
        };
        addMouseListener(m);
        addMouseMotionListener(m);
    }

    private void centre(int x) {
        whole.setExtent(session.map().frames(), getWidth());
        whole.fit();
        view.scrollTo(whole.frameAt(x) - view.fpp() * view.width() / 2);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        int w = getWidth();
        int h = getHeight();
        g.setColor(Palette.background());
        g.fillRect(0, 0, w, h);
        whole.setExtent(session.map().frames(), w);
        whole.fit();
        for (EditorSession.Placed p : session.placedMarks()) {
            if (!p.mark().isClip()) continue;
            int x0 = (int) whole.xOf(p.start());
            int x1 = Math.max(x0 + 2, (int) Math.ceil(whole.xOf(p.end())));
            g.setColor(Palette.alpha(Palette.clip(), 70));
            g.fillRect(x0, 0, x1 - x0, h);
        }
        int channels = session.format().channels();
        if (WaveImage.applies(session.scan().peaks(), whole)) {
            int[] tops = new int[channels];
            for (int c = 0; c < channels; c++) tops[c] = c * h / channels;
            columns.paint(g, session.map(), session.scan().peaks(), whole, tops, h / channels);
        } else {
            for (int c = 0; c < channels; c++) {
                WavePainter.lane(g, session.map(), session.scan().peaks(), null, c, whole, c * h / channels, h / channels, true);
            }
        }
        int x0 = (int) Math.round(whole.xOf((long) view.start()));
        int x1 = (int) Math.round(whole.xOf((long) view.end()));
        g.setColor(Palette.alpha(Palette.playhead(), 30));
        g.fillRect(x0, 0, Math.max(2, x1 - x0), h);
        g.setColor(Palette.alpha(Palette.playhead(), 160));
        g.drawRect(x0, 0, Math.max(2, x1 - x0) - 1, h - 1);
        OverlayPainter.playhead(g, playhead.getAsLong(), whole, h);
        g.dispose();
    }

    void dispose() {
        filling.stop();
    }
}
