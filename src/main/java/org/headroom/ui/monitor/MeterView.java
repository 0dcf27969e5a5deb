package org.headroom.ui.monitor;

/** A widget that shows part of a frame. Called on the EDT only. */
interface MeterView {
    void show(MeterFrame frame);
}
