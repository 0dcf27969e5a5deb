package org.headroom.ui.common;

import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.MenuElement;

/** Finds a window's menu item by its text, through every submenu: for tests and benches that click menus. */
public final class MenuItems {
    private MenuItems() {
    }

    /** The item reading {@code text}, anywhere under {@code bar}. */
    public static JMenuItem find(JMenuBar bar, String text) {
        for (MenuElement m : bar.getSubElements()) {
            JMenuItem found = item(m, text);
            if (found != null) return found;
        }
        throw new IllegalStateException("no menu item " + text);
    }

    private static JMenuItem item(MenuElement e, String text) {
        if (e instanceof JMenuItem i && text.equals(i.getText())) return i;
        for (MenuElement sub : e.getSubElements()) {
            JMenuItem found = item(sub, text);
            if (found != null) return found;
        }
        return null;
    }
}
