package org.headroom.ui.advisor;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PolarPlot;
import org.jfree.chart.renderer.DefaultPolarItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Draws the noise series as an arrow from the rim toward the mic: a bare line would not say
 * which way the sound travels.
 */
final class NoiseArrowRenderer extends DefaultPolarItemRenderer {
    private static final long serialVersionUID = 1L;
    private static final double HEAD = 11;
    @Override
    public void drawSeries(Graphics2D g2, Rectangle2D dataArea, PlotRenderingInfo info, PolarPlot plot,
                           XYDataset dataset, int series) {
        if (dataset.getItemCount(series) < 2) return;
        Point from = plot.translateToJava2D(dataset.getXValue(series, 0), dataset.getYValue(series, 0), plot.getAxis(), dataArea);
        Point to = plot.translateToJava2D(dataset.getXValue(series, 1), dataset.getYValue(series, 1), plot.getAxis(), dataArea);
        g2.setPaint(lookupSeriesPaint(series));
        g2.setStroke(lookupSeriesStroke(series));
        g2.drawLine(from.x, from.y, to.x, to.y);
        double angle = Math.atan2(to.y - from.y, to.x - from.x);
        Path2D head = new Path2D.Double();
        head.moveTo(to.x, to.y);
        head.lineTo(to.x - HEAD * Math.cos(angle - 0.45), to.y - HEAD * Math.sin(angle - 0.45));
        head.lineTo(to.x - HEAD * Math.cos(angle + 0.45), to.y - HEAD * Math.sin(angle + 0.45));
        head.closePath();
        g2.fill(head);
    }
}
