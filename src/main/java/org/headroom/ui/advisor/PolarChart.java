package org.headroom.ui.advisor;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import javax.swing.JPanel;
import org.headroom.advice.Microphone;
import org.headroom.ui.common.StillChart;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PolarPlot;
import org.jfree.chart.renderer.DefaultPolarItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Readout;

/**
 * The candidates' pickup patterns on one polar plot: the talker at 0° (top), rings every 10 dB
 * from −30 to 0, each candidate in its own colour, the main noise source as an arrow from its
 * direction. Radius is dB + 30 because a polar axis cannot run negative. EDT only.
 */
final class PolarChart extends JPanel {
    private static final long serialVersionUID = 1L;
    /** Theme roles reused as series colours: the best choice in the accent blue, then the meter's colours. */
    private static final String[] SERIES_COLOURS = {"Headroom.chart.momentary", "Headroom.meter.safe",
            "Headroom.chart.shortTerm", "Headroom.text.dim"};
    static final int MAX_SHOWN = SERIES_COLOURS.length;
    private static final int STEP_DEGREES = 3;

    private final XYSeriesCollection candidates = new XYSeriesCollection();
    private final XYSeriesCollection noise = new XYSeriesCollection();
    private final TalkerPlot plot;
    private final JFreeChart chart;
    private final DefaultPolarItemRenderer patterns = new DefaultPolarItemRenderer();
    private final NoiseArrowRenderer arrow = new NoiseArrowRenderer();

    PolarChart() {
        super(new BorderLayout());
        setOpaque(false);
        NumberAxis radius = new NumberAxis();
        radius.setRange(0, -PolarTrace.FLOOR_DB);
        radius.setTickUnit(new NumberTickUnit(10, new DbRingFormat()));
        radius.setAxisLineVisible(false);
        plot = new TalkerPlot(candidates, radius, patterns);
        plot.setDataset(1, noise);
        plot.setRenderer(1, arrow);
        plot.mapDatasetToAxis(1, 0);
        plot.setAngleTickUnit(new NumberTickUnit(30));
        plot.setRadiusMinorGridlinesVisible(false);
        // ring labels below the 90° spoke, clear of the angle labels at the rim
        plot.setAxisLocation(org.jfree.chart.plot.PolarAxisLocation.EAST_BELOW);
        patterns.setShapesVisible(false);
        patterns.setSeriesFilled(0, true);
        patterns.setFillComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.18f));
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartPanel panel = StillChart.panel(chart, 340, 340);
        panel.setToolTipText("Each pattern's pickup at 2 kHz, the heart of speech: the farther out the line, the louder"
                + " sound from that direction. The talker is at the top; the red arrow is where the main noise comes from.");
        add(panel, BorderLayout.CENTER);
        applyLook();
    }

    /** Shows these mics (best first, at most {@link #MAX_SHOWN}) and the noise direction, or none when null. */
    void show(List<Microphone> mics, List<String> labels, Double noiseDegrees) {
        candidates.removeAllSeries();
        for (int i = 0; i < Math.min(MAX_SHOWN, mics.size()); i++) {
            XYSeries s = new XYSeries(labels.get(i), false, true);
            for (int deg = 0; deg <= 360; deg += STEP_DEGREES) {
                s.add(deg, PolarTrace.responseDb(mics.get(i), deg) - PolarTrace.FLOOR_DB);
            }
            candidates.addSeries(s);
        }
        noise.removeAllSeries();
        if (noiseDegrees != null) {
            XYSeries n = new XYSeries("Main noise", false, true);
            n.add((double) noiseDegrees, -PolarTrace.FLOOR_DB);
            n.add((double) noiseDegrees, -PolarTrace.FLOOR_DB * 0.55);
            noise.addSeries(n);
        }
    }

    /** Series on the plot: the candidates plus the noise marker when there is one. For tests and the README. */
    int seriesCount() {
        return candidates.getSeriesCount() + noise.getSeriesCount();
    }

    int candidateCount() {
        return candidates.getSeriesCount();
    }

    boolean hasNoiseMarker() {
        return noise.getSeriesCount() == 1;
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (chart != null) applyLook();
    }

    private void applyLook() {
        Color bg = Look.colour("Headroom.panel.background");
        Color ink = Look.colour("Headroom.text.dim");
        Font small = Look.font(-2f, Font.PLAIN);
        chart.setBackgroundPaint(bg);
        plot.setBackgroundPaint(Look.colour("Headroom.chart.background"));
        plot.setOutlineVisible(false);
        plot.setAngleGridlinePaint(Look.colour("Headroom.chart.grid"));
        plot.setRadiusGridlinePaint(Look.colour("Headroom.chart.grid"));
        plot.setAngleGridlineStroke(new BasicStroke(1f));
        plot.setRadiusGridlineStroke(new BasicStroke(1f));
        plot.setAngleLabelPaint(ink);
        plot.setAngleLabelFont(small);
        plot.getAxis().setTickLabelPaint(ink);
        plot.getAxis().setTickLabelFont(small);
        for (int i = 0; i < MAX_SHOWN; i++) {
            patterns.setSeriesPaint(i, Look.colour(SERIES_COLOURS[i]));
            patterns.setSeriesStroke(i, new BasicStroke(i == 0 ? 2.6f : 1.6f));
        }
        arrow.setSeriesPaint(0, Look.colour("Headroom.meter.danger"));
        arrow.setSeriesStroke(0, new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        plot.talkerPaint = Look.colour("Label.foreground");
        plot.talkerFont = small;
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setBackgroundPaint(bg);
        legend.setItemPaint(Look.colour("Label.foreground"));
        legend.setItemFont(small);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemLabelPadding(new RectangleInsets(2, 2, 2, 10));
    }

    /** Ring labels in dB relative to on-axis: radius 0 is −30 dB, the rim is 0 dB. */
    private static final class DbRingFormat extends java.text.NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            long db = Math.round(number + PolarTrace.FLOOR_DB);
            // the centre is the floor: a "−30" there would sit on top of every trace
            return to.append(db <= PolarTrace.FLOOR_DB ? "" : db == 0 ? "0 dB" : Readout.minusSign(Long.toString(db)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            return null;
        }
    }

    /** A polar plot that marks the talker at 0°: PolarPlot has no annotations to do it with. */
    private static final class TalkerPlot extends PolarPlot {
        private static final long serialVersionUID = 1L;
        private transient Color talkerPaint = Color.WHITE;
        private transient Font talkerFont;

        TalkerPlot(XYSeriesCollection data, NumberAxis axis, DefaultPolarItemRenderer renderer) {
            super(data, axis, renderer);
        }

        @Override
        protected void render(java.awt.Graphics2D g2, java.awt.geom.Rectangle2D dataArea, org.jfree.chart.plot.PlotRenderingInfo info) {
            super.render(g2, dataArea, info);
            java.awt.Point p = translateToJava2D(0, getAxis().getUpperBound() * 0.9, getAxis(), dataArea);
            g2.setPaint(talkerPaint);
            g2.fillOval(p.x - 5, p.y - 5, 10, 10);
            if (talkerFont != null) g2.setFont(talkerFont);
            g2.drawString("talker", p.x + 9, p.y + 4);
        }
    }
}
