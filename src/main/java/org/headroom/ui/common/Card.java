package org.headroom.ui.common;

import java.awt.BorderLayout;
import java.awt.LayoutManager;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;

/** The surface every panel of the monitor sits on: a slightly raised tone, a hairline edge and a heading. */
public class Card extends JPanel {
    private static final long serialVersionUID = 1L;

    public Card(String heading, JComponent body) {
        super(new BorderLayout(0, 6));
        if (heading != null) add(ThemedLabel.heading(heading), BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);
        body.setOpaque(false);
        restyle();
    }

    public Card(LayoutManager layout) {
        super(layout);
        restyle();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        restyle();
    }

    private void restyle() {
        setOpaque(true);
        setBackground(Look.colour("Headroom.panel.background"));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(Look.colour("Headroom.panel.border")),
                BorderFactory.createEmptyBorder(8, 10, 10, 10)));
    }
}
