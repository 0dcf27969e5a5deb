package org.headroom.ui.common;

import java.awt.Dimension;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * The one way Headroom puts a JFreeChart on screen: a picture to read, not a tool to explore
 * (no zoom, no wheel, no pop-up menu, no save or print), drawn at its real size at any window
 * size rather than as a cached image scaled up, so its text stays crisp.
 */
public final class StillChart {
    private StillChart() {
    }

    /** An antialiased panel for {@code chart} that prefers {@code width} × {@code height} pixels. */
    public static ChartPanel panel(JFreeChart chart, int width, int height) {
        chart.setAntiAlias(true);
        ChartPanel panel = new ChartPanel(chart, false, false, false, false, false);
        panel.setMouseZoomable(false);
        panel.setMouseWheelEnabled(false);
        panel.setPopupMenu(null);
        panel.setMinimumDrawWidth(10);
        panel.setMinimumDrawHeight(10);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        panel.setPreferredSize(new Dimension(width, height));
        return panel;
    }
}
