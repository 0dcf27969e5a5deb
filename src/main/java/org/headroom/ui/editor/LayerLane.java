package org.headroom.ui.editor;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JComponent;
import javax.swing.SwingWorker;
import org.headroom.edit.EditList;
import org.headroom.edit.LayerShape;
import org.headroom.edit.Renderer;
import org.headroom.edit.SourceOpener;
import org.headroom.ui.common.Look;

/**
 * One lane per layer under the waveform: the bed as a band where it plays, with its gain (level,
 * fades and the duck envelope) drawn as a line from 0 dB at the top to {@value #FLOOR_DB} dB at the
 * bottom. Where the layers sit needs their files opened and, for a duck, the programme read for
 * speech, so that is worked out on a worker thread after each edit; the lane shows the last result
 * and draws nothing until the first arrives. Hidden when the edit list has no layers.
 */
final class LayerLane extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final int LANE = 44;
    private static final double FLOOR_DB = -30;

    private final transient EditorSession session;
    private final transient ViewPort view;
    private final AtomicLong generation = new AtomicLong();
    private transient List<LayerShape> shapes = List.of();
    private transient String problem;

    LayerLane(EditorSession session, ViewPort view) {
        this.session = session;
        this.view = view;
        setName("layerLane");
        view.onChange(this::repaint);
        session.onChange(this::refresh);
        refresh();
    }

    /** After an edit: work out the layers off the EDT; a newer edit makes an older result stale. */
    private void refresh() {
        EditList edits = session.edits();
        boolean any = edits.edits().stream().anyMatch(e -> e instanceof org.headroom.edit.Edit.Layer);
        long mine = generation.incrementAndGet();
        if (!any) {
            shapes = List.of();
            problem = null;
            updateSize(0);
            return;
        }
        SourceOpener source = SourceOpener.file(session.audio());
        new SwingWorker<List<LayerShape>, Void>() {
            @Override
            protected List<LayerShape> doInBackground() throws Exception {
                return Renderer.layers(source, edits);
            }

            @Override
            protected void done() {
                if (generation.get() != mine) return;
                try {
                    shapes = get();
                    problem = null;
                } catch (Exception e) {
                    shapes = List.of();
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    problem = cause.getMessage();
                }
                updateSize(Math.max(1, shapes.size()));
            }
        }.execute();
    }

    private void updateSize(int lanes) {
        setPreferredSize(new Dimension(10, lanes * LANE));
        setVisible(lanes > 0);
        revalidate();
        repaint();
    }

    /** The layers as last worked out (tests read them). */
    List<LayerShape> shapes() {
        return shapes;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int w = getWidth();
        g.setColor(Palette.background());
        g.fillRect(0, 0, w, getHeight());
        if (problem != null) {
            g.setColor(Palette.clip());
            g.drawString(problem, 6, 16);
        }
        for (int k = 0; k < shapes.size(); k++) paintLayer(g, shapes.get(k), k * LANE, w);
        g.dispose();
    }

    private void paintLayer(Graphics2D g, LayerShape layer, int top, int w) {
        g.setColor(Palette.grid());
        g.drawLine(0, top, w, top);
        int x0 = (int) Math.max(0, Math.floor(view.xOf(layer.start())));
        int x1 = (int) Math.min(w, Math.ceil(view.xOf(layer.end())));
        if (x1 > x0) {
            g.setColor(Look.mix(Palette.background(), Palette.region(), 0.25));
            g.fillRect(x0, top + 2, x1 - x0, LANE - 3);
            Path2D line = new Path2D.Double();
            boolean started = false;
            for (int x = x0; x < x1; x++) {
                double db = layer.gainDbAt(Math.max(layer.start(), view.frameAt(x)));
                double y = top + 4 + (LANE - 8) * Math.min(1, Math.max(0, db / FLOOR_DB));
                if (started) line.lineTo(x, y); else line.moveTo(x, y);
                started = true;
            }
            g.setColor(Palette.region());
            g.draw(line);
        }
        g.setColor(Palette.text());
        g.drawString(layer.name() + (layer.ducked() ? "  (ducked)" : ""), Math.max(6, x0 + 4), top + 14);
    }
}
