package org.headroom.ui.advisor;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.Scrollable;

/**
 * A column inside a vertical scroll pane that takes the viewport's width: without this the
 * column keeps its preferred width and the fields' right-aligned numbers are cut off.
 */
final class FormColumn extends JPanel implements Scrollable {
    private static final long serialVersionUID = 1L;

    FormColumn(LayoutManager layout) {
        super(layout);
        setOpaque(false);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return visible.height - 32;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        // fill the height when there is room, scroll when there is not
        return getParent() != null && getParent().getHeight() > getPreferredSize().height;
    }
}
