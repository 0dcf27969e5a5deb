package org.headroom.ui.common;

import java.awt.Color;
import java.awt.Font;
import javax.swing.UIManager;

/** Colours and fonts by role, read from the current FlatLaf theme (presets/ui/*.properties). */
public final class Look {
    private Look() {
    }

    public static Color colour(String key) {
        Color c = UIManager.getColor(key);
        return c != null ? c : Color.MAGENTA; // a missing key should be obvious on screen
    }

    public static Color mix(Color a, Color b, double t) {
        return new Color((int) (a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    public static Font font(float delta, int style) {
        Font base = UIManager.getFont("Label.font");
        return base.deriveFont(style, base.getSize2D() + delta);
    }
}
