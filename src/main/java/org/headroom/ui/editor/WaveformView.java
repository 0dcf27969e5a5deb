package org.headroom.ui.editor;

import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.util.function.LongSupplier;
import javax.swing.JComponent;
import javax.swing.Timer;
import org.headroom.edit.Edit;
import org.headroom.edit.PeakCache;

/**
 * The detail waveform of the edited programme: one lane per channel, the findings, edit points,
 * joins and fades over it. Drag to select (shift-click extends), drag a fade's square handle to
 * set its length, wheel to scroll, ctrl+wheel to zoom about the pointer.
 */
final class WaveformView extends JComponent {
    private static final long serialVersionUID = 1L;

    private final transient EditorSession session;
    private final transient ViewPort view;
    private final transient SampleWindow samples = new SampleWindow();
    private final transient LongSupplier playhead;
    private final transient Editing editing;
    private final Timer filling;
    /** The wave columns as last drawn, copied to the screen while the view and the programme stay as they are. */
    private final transient WaveImage waveImage = new WaveImage();
    /** The selection's ends as last drawn, in pixels, so a move repaints only what changed. */
    private final int[] paintedSel = {0, 0};

    /** What the view asks of the window when the mouse finishes a gesture. */
    interface Editing {
        /** The user let go of a selection: snap it (if on) and make it the selection. */
        void selected(long a, long b);

        /** A fade handle was dropped at a new length, in frames. */
        void fadeDragged(boolean in, long frames);
    }

    WaveformView(EditorSession session, ViewPort view, LongSupplier playhead, Editing editing) {
        this.session = session;
        this.view = view;
        this.playhead = playhead;
        this.editing = editing;
        setName("waveform");
        setPreferredSize(new Dimension(900, 360));
        setFocusable(true);
        Mouse m = new Mouse();
        addMouseListener(m);
        addMouseMotionListener(m);
        addMouseWheelListener(m);
        view.onChange(this::repaint);
        session.onContentChange(this::repaint);
        session.onChange(this::selectionMoved);
        // the peak cache fills in the background: show it as it comes, not only after the next click
        filling = new Timer(150, e -> {
            repaint();
            if (session.scan().peaks().isComplete()) ((Timer) e.getSource()).stop();
        });
        filling.start();
    }

    /** Repaints only the stretch between where the selection's ends were drawn and where they are now. */
    private void selectionMoved() {
        int a = (int) Math.round(view.xOf(session.selStart()));
        int b = (int) Math.round(view.xOf(session.selEnd()));
        if (a != paintedSel[0]) repaintColumns(a, paintedSel[0]);
        if (b != paintedSel[1]) repaintColumns(b, paintedSel[1]);
        paintedSel[0] = a;
        paintedSel[1] = b;
    }

    private void repaintColumns(int x0, int x1) {
        int from = Math.max(0, Math.min(x0, x1) - 2);
        int to = Math.min(getWidth(), Math.max(x0, x1) + 3);
        if (to > from) repaint(from, 0, to - from, getHeight());
    }

    void dispose() {
        filling.stop();
    }

    /** For tests: how many times the wave columns were drawn into their image. */
    int waveDrawings() {
        return waveImage.drawings();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        // no antialiasing for what is drawn on whole pixels (columns, bands, flags' lines): under X it turns every
        // rectangle into a mask upload; the curves (fades, the sample line) switch it on for themselves
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth();
        int h = getHeight();
        g.setColor(Palette.background());
        g.fillRect(0, 0, w, h);
        g.setColor(org.headroom.ui.common.Look.mix(Palette.background(), Palette.panel(), 0.6));
        g.fillRect(0, 0, w, OverlayPainter.STRIP);
        if (view.fpp() < PeakCache.BUCKETS[0]) {
            long a = (long) Math.floor(view.start());
            long b = Math.min(session.map().frames(), (long) Math.ceil(view.end()) + 1);
            samples.request(session.audio(), session.format().channels(), session.map(), a, b, this::repaint);
        }
        OverlayPainter.marks(g, session, view, h);
        int channels = session.format().channels();
        int laneTop = OverlayPainter.STRIP;
        int lane = (h - laneTop) / channels;
        boolean fromImage = WaveImage.applies(session.scan().peaks(), view);
        if (fromImage) waveImage.paint(g, session.map(), session.scan().peaks(), view, tops(channels, laneTop, lane), lane);
        for (int c = 0; c < channels; c++) {
            if (!fromImage) WavePainter.lane(g, session.map(), session.scan().peaks(), samples, c, view, laneTop + c * lane, lane, true);
            g.setColor(Palette.grid());
            if (c > 0) g.drawLine(0, laneTop + c * lane, w, laneTop + c * lane);
            g.setColor(Palette.text());
            g.drawString(channelName(c, channels), 6, laneTop + c * lane + 14);
        }
        OverlayPainter.joins(g, session.map(), view, h);
        OverlayPainter.points(g, session, view, h);
        OverlayPainter.fades(g, session.map(), view, h);
        OverlayPainter.selection(g, session, view, h);
        paintedSel[0] = (int) Math.round(view.xOf(session.selStart()));
        paintedSel[1] = (int) Math.round(view.xOf(session.selEnd()));
        OverlayPainter.playhead(g, playhead.getAsLong(), view, h);
        g.dispose();
    }

    private static int[] tops(int channels, int first, int lane) {
        int[] tops = new int[channels];
        for (int c = 0; c < channels; c++) tops[c] = first + c * lane;
        return tops;
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        view.setExtent(session.map().frames(), width);
    }

    private static String channelName(int c, int channels) {
        if (channels == 1) return "M";
        if (channels == 2) return c == 0 ? "L" : "R";
        return Integer.toString(c + 1);
    }

    /** Which fade handle (if any) is under the pointer: +1 fade in, −1 fade out, 0 none. */
    private int handleAt(int x, int y) {
        if (y < OverlayPainter.STRIP - 2 || y > OverlayPainter.STRIP + OverlayPainter.HANDLE + 2) return 0;
        var t = session.map().timeline();
        if (Math.abs(x - view.xOf(t.fadeIn().frames())) <= OverlayPainter.HANDLE) return 1;
        if (Math.abs(x - view.xOf(session.map().frames() - t.fadeOut().frames())) <= OverlayPainter.HANDLE) return -1;
        return 0;
    }

    private final class Mouse extends MouseAdapter {
        private long anchor;
        private int dragging;

        @Override
        public void mousePressed(MouseEvent e) {
            requestFocusInWindow();
            dragging = handleAt(e.getX(), e.getY());
            if (dragging != 0) return;
            long f = view.frameAt(e.getX());
            anchor = e.isShiftDown() ? (Math.abs(f - session.selStart()) < Math.abs(f - session.selEnd()) ? session.selEnd()
                    : session.selStart()) : f;
            session.select(anchor, f);
        }

        @Override
        public void mouseDragged(MouseEvent e) {
            long f = view.frameAt(e.getX());
            if (dragging == 0) session.select(anchor, f);
            else repaint();
        }

        @Override
        public void mouseReleased(MouseEvent e) {
            long f = view.frameAt(e.getX());
            if (dragging != 0) {
                long frames = dragging > 0 ? f : session.map().frames() - f;
                editing.fadeDragged(dragging > 0, Math.max(0, frames));
                dragging = 0;
                return;
            }
            editing.selected(Math.min(anchor, f), Math.max(anchor, f));
        }

        @Override
        public void mouseMoved(MouseEvent e) {
            setCursor(handleAt(e.getX(), e.getY()) != 0 ? Cursor.getPredefinedCursor(Cursor.E_RESIZE_CURSOR) : Cursor.getDefaultCursor());
        }

        @Override
        public void mouseWheelMoved(MouseWheelEvent e) {
            if (e.isControlDown()) {
                view.zoom(Math.pow(1.25, e.getPreciseWheelRotation()), view.frameAt(e.getX()));
            } else {
                view.scrollTo(view.start() + e.getPreciseWheelRotation() * view.fpp() * view.width() / 10);
            }
        }
    }

    /** For tests and the fade dialog: the edit a handle drag would make. */
    static Edit fadeEdit(boolean in, double seconds, org.headroom.edit.FadeShape shape) {
        return in ? new Edit.FadeIn(seconds, shape) : new Edit.FadeOut(seconds, shape);
    }
}
