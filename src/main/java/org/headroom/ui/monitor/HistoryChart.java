package org.headroom.ui.monitor;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import javax.swing.JPanel;

import org.headroom.analysis.LiveSnapshot;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Readout;
import org.headroom.ui.common.StillChart;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Momentary and short-term loudness and the sample peak over the last minutes, four points a
 * second, on take time. Each series is capped with setMaximumItemCount so a day-long session
 * keeps a constant size; the dataset is touched on the EDT only (JFreeChart is not
 * thread-safe) and notifies once per point, not once per series.
 */
final class HistoryChart extends JPanel implements MeterView {
    private static final long serialVersionUID = 1L;
    /** About one point per pixel over three minutes; each point costs a chart redraw (~10 ms under Xvfb). */
    private static final double STEP_SECONDS = 0.25;

    private final XYSeries momentary = new XYSeries("Momentary LUFS", true, true);
    private final XYSeries shortTerm = new XYSeries("Short-term LUFS", true, true);
    private final XYSeries peak = new XYSeries("Peak dBFS", true, true);
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final JFreeChart chart;
    private final XYPlot plot;
    private final NumberAxis time;
    private final int historySeconds;
    private final ValueMarker target = new ValueMarker(-23);
    private double lastX = Double.NEGATIVE_INFINITY;
    private Double shownTarget;

    HistoryChart(int historySeconds) {
        super(new BorderLayout());
        setOpaque(false);
        int points = (int) Math.ceil(historySeconds / STEP_SECONDS) + 10;
        for (XYSeries s : new XYSeries[] {peak, momentary, shortTerm}) {
            s.setMaximumItemCount(points);
            data.addSeries(s);
        }
        this.historySeconds = historySeconds;
        time = new NumberAxis(null);
        time.setRange(0, historySeconds);
        time.setNumberFormatOverride(new TakeTimeFormat());
        NumberAxis level = new NumberAxis("LUFS / dBFS");
        level.setRange(-60, 0);
        level.setTickUnit(new NumberTickUnit(6));
        level.setNumberFormatOverride(new DecimalFormat("0"));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        // one path per series instead of a line per segment: several times faster with antialiasing
        lines.setDrawSeriesLineAsPath(true);
        plot = new XYPlot(data, time, level, lines);
        plot.addRangeMarker(target);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartPanel panel = StillChart.panel(chart, 600, 200);
        panel.setToolTipText("<html><b>Level history</b>: momentary (blue) and short-term (yellow) loudness and"
                + " the sample peak (grey)<br>over the last " + historySeconds / 60 + " minutes; the green line is the"
                + " preset's loudness target.</html>");
        add(panel, BorderLayout.CENTER);
        applyLook();
        // the level step follows the chart's height, chosen on resize: JFreeChart's own automatic
        // choice measures every candidate label on every redraw, which halved the meters' frame rate
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                int step = levelStep(getHeight() - AXES_AND_LEGEND_PX, getFontMetrics(level.getTickLabelFont()).getHeight());
                if (level.getTickUnit().getSize() != step) level.setTickUnit(new NumberTickUnit(step));
            }
        });
    }

    /** Starts again for a new input: take time restarts at 0. */
    void clear() {
        momentary.clear();
        shortTerm.clear();
        peak.clear();
        lastX = Double.NEGATIVE_INFINITY;
        time.setRange(0, historySeconds);
    }

    /** The legend above and the time axis below the plot take about this much of the chart's height. */
    private static final int AXES_AND_LEGEND_PX = 60;

    /** The finest of 6, 12, 24 and 30 dB steps that leaves a label and a little air per step on the 60 dB scale. */
    static int levelStep(int plotHeightPx, int labelHeightPx) {
        for (int step : new int[] {6, 12, 24}) {
            if (plotHeightPx * step / 60.0 >= labelHeightPx + 4) return step;
        }
        return 30;
    }

    JFreeChart chart() {
        return chart;
    }

    int points() {
        return momentary.getItemCount();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (chart != null) applyLook();
    }

    @Override
    public void show(MeterFrame frame) {
        LiveSnapshot s = frame.snapshot();
        Double goal = frame.preset().integratedLufs();
        if (!java.util.Objects.equals(goal, shownTarget)) {
            shownTarget = goal;
            target.setValue(goal == null ? Double.NaN : goal);
            target.setLabel(goal == null ? null : "target");
        }
        if (s.seconds() < lastX + STEP_SECONDS) return;
        lastX = s.seconds();
        double p = Double.NEGATIVE_INFINITY;
        for (LiveSnapshot.ChannelMeters m : s.channels()) p = Math.max(p, m.peakDbfs());
        momentary.add(s.seconds(), clampOrNull(s.momentaryLufs()), false);
        shortTerm.add(s.seconds(), clampOrNull(s.shortTermLufs()), false);
        peak.add(s.seconds(), clampOrNull(Double.isFinite(p) ? p : null), false);
        // the window slides once the take is longer than the history; until then it fills from the left
        double hi = Math.max(historySeconds, s.seconds());
        time.setRange(new org.jfree.data.Range(hi - historySeconds, hi), true, false);
        peak.fireSeriesChanged(); // one redraw for the three points and the axis
    }

    private static Double clampOrNull(Double v) {
        return v == null || !Double.isFinite(v) ? null : Math.max(-70, v);
    }

    /** Colours and fonts from the FlatLaf theme, re-applied when the theme changes. */
    private void applyLook() {
        Color bg = Look.colour("Headroom.panel.background");
        Color grid = Look.colour("Headroom.chart.grid");
        Color ink = Look.colour("Headroom.text.dim");
        chart.setBackgroundPaint(bg);
        plot.setBackgroundPaint(Look.colour("Headroom.chart.background"));
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (NumberAxis axis : new NumberAxis[] {(NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis()}) {
            axis.setTickLabelPaint(ink);
            axis.setLabelPaint(ink);
            axis.setTickLabelFont(Look.font(-2f, java.awt.Font.PLAIN));
            axis.setLabelFont(Look.font(-2f, java.awt.Font.PLAIN));
            axis.setAxisLinePaint(grid);
            axis.setTickMarkPaint(grid);
        }
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, Look.colour("Headroom.chart.peak"));
        r.setSeriesPaint(1, Look.colour("Headroom.chart.momentary"));
        r.setSeriesPaint(2, Look.colour("Headroom.chart.shortTerm"));
        r.setSeriesStroke(0, new BasicStroke(1f));
        r.setSeriesStroke(1, new BasicStroke(1.2f));
        r.setSeriesStroke(2, new BasicStroke(2f));
        target.setPaint(Look.colour("Headroom.chart.target"));
        target.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        target.setLabelPaint(Look.colour("Headroom.chart.target"));
        target.setLabelFont(Look.font(-2f, java.awt.Font.PLAIN));
        target.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        target.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        // the last time label is centred on the plot's right edge: half of it needs room beyond the
        // plot, or "3:00" is cut to "3:0" (the widest label a day-long take can show is 00:00:00)
        java.awt.Font tick = time.getTickLabelFont();
        int half = getFontMetrics(tick).stringWidth("00:00:00") / 2 + 2;
        chart.setPadding(new RectangleInsets(2, 2, 2, half));
        LegendTitle legend = chart.getLegend();
        legend.setBackgroundPaint(bg);
        legend.setItemPaint(ink);
        legend.setItemFont(Look.font(-2f, java.awt.Font.PLAIN));
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.RIGHT);
    }

    /** Axis labels as take time, m:ss. */
    private static final class TakeTimeFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return to.append(number < 0 ? "" : Readout.clock(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
