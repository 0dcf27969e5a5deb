package org.headroom.ui.common;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JRootPane;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

/**
 * One theme for the whole application: every open window (monitor, editor, advisor) shows the
 * same one, and switching it from any window repaints them all. It lives here, below the
 * windows, so each window can switch it without knowing the others.
 */
public final class Theme {
    /** FlatLaf reads presets/ui/FlatLaf.properties, FlatDarkLaf.properties... from the jar. */
    private static final String LOOKS = "presets.ui";
    private static boolean dark = true;
    private static boolean looksRegistered;

    private Theme() {
    }

    /** Installs the dark or the light theme with Headroom's colours. EDT (or before any window exists). */
    public static void install(boolean darkTheme) {
        if (!looksRegistered) {
            FlatLaf.registerCustomDefaultsSource(LOOKS);
            looksRegistered = true;
        }
        dark = darkTheme;
        if (dark) FlatDarkLaf.setup();
        else FlatLightLaf.setup();
    }

    /** Dark to light and back; every open window repaints in the new colours. EDT only. */
    public static void toggle() {
        install(!dark);
        FlatLaf.updateUI();
    }

    /**
     * Binds the table's "theme" key (Ctrl+T) on a window without a menu item for it, so the theme
     * can be switched from every window.
     */
    public static void bindKey(JRootPane root, KeyTable table) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(table.accelerator("theme"), "headroom.theme");
        root.getActionMap().put("headroom.theme", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                toggle();
            }
        });
    }

    public static boolean isDark() {
        return dark;
    }
}
