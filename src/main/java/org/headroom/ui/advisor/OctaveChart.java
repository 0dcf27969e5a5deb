package org.headroom.ui.advisor;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import javax.swing.JPanel;
import org.headroom.advice.Location;
import org.headroom.ui.common.StillChart;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.headroom.ui.common.Look;

/**
 * The room tone's octave-band spectrum (63 Hz–8 kHz), bars rising from the bottom of the scale:
 * a recordist reads rumble, hum and hiss off its shape at a glance. EDT only.
 */
final class OctaveChart extends JPanel {
    private static final long serialVersionUID = 1L;
    /** Bars stand on this level so quieter bands are shorter, as on a spectrum analyser. */
    private static final double FLOOR_DBFS = -110;
    private static final String ROW = "Noise";

    private final DefaultCategoryDataset data = new DefaultCategoryDataset();
    private final JFreeChart chart;
    private final CategoryPlot plot;
    private final BarRenderer bars = new BarRenderer();

    OctaveChart() {
        super(new BorderLayout());
        setOpaque(false);
        NumberAxis level = new NumberAxis("dBFS");
        level.setRange(FLOOR_DBFS, -20);
        // the axis reads as the figures beside it do: "−40", with a minus sign, not a hyphen
        java.text.DecimalFormatSymbols signs = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
        signs.setMinusSign('\u2212');
        level.setTickUnit(new NumberTickUnit(20, new java.text.DecimalFormat("0", signs)));
        bars.setBase(FLOOR_DBFS);
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0);
        bars.setMaximumBarWidth(0.09);
        plot = new CategoryPlot(data, new CategoryAxis(null), level, bars);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartPanel panel = StillChart.panel(chart, 300, 150);
        panel.setToolTipText("Background noise in each octave, from the quietest moments of the recording."
                + " Tall bars on the left are rumble (a low-cut helps); tall bars on the right are hiss.");
        add(panel, BorderLayout.CENTER);
        show(null);
        applyLook();
    }

    /** The measured bands, or empty bars before a measurement. */
    void show(Location location) {
        data.clear();
        List<Integer> centres = Location.octaveCentresHz();
        double[] levels = location == null ? null : location.octaveBandsDbfs();
        for (int i = 0; i < centres.size(); i++) {
            int hz = centres.get(i);
            String label = hz >= 1000 ? hz / 1000 + "k" : Integer.toString(hz);
            double v = levels == null || Double.isNaN(levels[i]) ? FLOOR_DBFS : Math.max(FLOOR_DBFS, levels[i]);
            data.addValue(v, ROW, label);
        }
    }

    /** Band levels shown, for tests: NaN where nothing was measured. */
    double bandValue(int index) {
        double v = data.getValue(0, index).doubleValue();
        return v <= FLOOR_DBFS ? Double.NaN : v;
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (chart != null) applyLook();
    }

    private void applyLook() {
        Color ink = Look.colour("Headroom.text.dim");
        Font small = Look.font(-2f, Font.PLAIN);
        chart.setBackgroundPaint(Look.colour("Headroom.panel.background"));
        plot.setBackgroundPaint(Look.colour("Headroom.chart.background"));
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Look.colour("Headroom.chart.grid"));
        plot.setRangeGridlineStroke(new java.awt.BasicStroke(1f));
        bars.setSeriesPaint(0, Look.colour("Headroom.spectrum.line"));
        for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setTickLabelPaint(ink);
            axis.setTickLabelFont(small);
            axis.setLabelPaint(ink);
            axis.setLabelFont(small);
            axis.setAxisLinePaint(Look.colour("Headroom.chart.grid"));
            axis.setTickMarkPaint(Look.colour("Headroom.chart.grid"));
        }
    }
}
