package org.headroom.ui.editor;

import java.awt.Color;
import org.headroom.ui.common.Look;

/**
 * The editor's colours, by role, from the monitor's theme keys (presets/ui), so the editor
 * changes with the light/dark switch and needs no keys of its own.
 */
final class Palette {
    private Palette() {
    }

    static Color background() {
        return Look.colour("Headroom.chart.background");
    }

    static Color grid() {
        return Look.colour("Headroom.chart.grid");
    }

    static Color wave() {
        return Look.colour("Headroom.chart.momentary");
    }

    static Color waveEdge() {
        return Look.colour("Headroom.spectrum.line");
    }

    static Color estimate() {
        return alpha(wave(), 90);
    }

    static Color clip() {
        return Look.colour("Headroom.meter.danger");
    }

    static Color region() {
        return Look.colour("Headroom.meter.caution");
    }

    static Color point() {
        return Look.colour("Headroom.meter.safe");
    }

    static Color playhead() {
        return Look.colour("Headroom.meter.hold");
    }

    static Color text() {
        return Look.colour("Headroom.text.dim");
    }

    static Color selection() {
        return alpha(Look.colour("Component.accentColor"), 70);
    }

    static Color selectionEdge() {
        return Look.colour("Component.accentColor");
    }

    static Color panel() {
        return Look.colour("Headroom.panel.background");
    }

    static Color alpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }
}
