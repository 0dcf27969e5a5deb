package org.headroom.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 point 4: a unit belongs to its number ("−10.2 LUFS", not "LUFS −10.2" read across
 * two columns), and the history's last time label is drawn whole. Laid out and drawn off screen,
 * so it runs headless.
 */
class UnitsAndLabelsTest {
    @Test
    void eachLoudnessUnitSitsRightAfterItsNumber() {
        for (String unit : new String[] {"LUFS", "LU", "dBTP"}) {
            ReadingTile tile = new ReadingTile("Integrated", unit, 16f, "tip");
            tile.show("\u221210.2", TargetVerdict.values()[0]);
            tile.setSize(260, 70); // a wide column, as on a 1600-pixel window: the unit must not drift to its edge
            layOut(tile);
            assertThat(tile.unitGapPx()).as(unit).isBetween(0, ReadingTile.UNIT_GAP + 2);
        }
    }

    @Test
    void theHistorysLastTimeLabelIsDrawnWhole() {
        HistoryChart history = new HistoryChart(180);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        history.chart().draw(g, new Rectangle2D.Double(0, 0, 600, 200), info);
        XYPlot plot = history.chart().getXYPlot();
        ValueAxis time = plot.getDomainAxis();
        double right = info.getPlotInfo().getDataArea().getMaxX();
        String last = ((org.jfree.chart.axis.NumberAxis) time).getNumberFormatOverride().format(180);
        double half = g.getFontMetrics(time.getTickLabelFont()).stringWidth(last) / 2.0;
        g.dispose();
        assertThat(last).isEqualTo("3:00");
        assertThat(right + half).as("right end of the label \"3:00\"").isLessThanOrEqualTo(600);
    }

    @Test
    void aShortHistoryShowsFewerLevelLabels() {
        // a 13 px label needs 17 px per step: 6 dB steps from 170 px of plot, 12 from 85, 24 from 43
        assertThat(HistoryChart.levelStep(400, 13)).isEqualTo(6);
        assertThat(HistoryChart.levelStep(170, 13)).isEqualTo(6);
        assertThat(HistoryChart.levelStep(169, 13)).isEqualTo(12);
        assertThat(HistoryChart.levelStep(90, 13)).isEqualTo(12);
        assertThat(HistoryChart.levelStep(60, 13)).isEqualTo(24);
        assertThat(HistoryChart.levelStep(20, 13)).isEqualTo(30);
    }

    private static void layOut(Component c) {
        c.doLayout();
        if (c instanceof Container k) for (Component child : k.getComponents()) layOut(child);
    }
}
