package org.headroom.ui.common;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.headroom.ui.common.Look;

/** A strip under the toolbar for what the user must know about the input: the demo, a fallback, a failure. */
public final class Banner extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JLabel text = new JLabel();

    public Banner() {
        super(new BorderLayout());
        text.setName("banner");
        add(text, BorderLayout.CENTER);
        restyle();
        setVisible(false);
    }

    public void show(List<String> lines) {
        if (lines.isEmpty()) {
            setVisible(false);
            text.setText("");
            return;
        }
        StringBuilder html = new StringBuilder("<html>");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) html.append("<br>");
            html.append(lines.get(i).replace("&", "&amp;").replace("<", "&lt;"));
        }
        text.setText(html.append("</html>").toString());
        setVisible(true);
    }

    public String text() {
        return text.getText();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (text != null) restyle();
    }

    private void restyle() {
        setBackground(Look.colour("Headroom.banner.background"));
        text.setForeground(Look.colour("Headroom.banner.foreground"));
        setBorder(BorderFactory.createEmptyBorder(6, 12, 6, 12));
    }
}
