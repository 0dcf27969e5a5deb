package org.headroom.ui.common;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.InputEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.MenuElement;
import javax.swing.RootPaneContainer;

/**
 * Reads the keys a live window really binds (menu mnemonics and accelerators, button, label and
 * tab mnemonics, and the key bindings our code puts on components) and lists each one its
 * {@link KeyTable} does not hold in the same place: a key wired past the table could collide
 * unseen. EDT only.
 */
public final class LiveKeys {
    private LiveKeys() {
    }

    public static List<String> notInTable(RootPaneContainer window, KeyTable table) {
        List<String> wrong = new ArrayList<>();
        javax.swing.JMenuBar bar = window.getRootPane().getJMenuBar();
        if (bar != null) {
            for (MenuElement e : bar.getSubElements()) {
                if (e instanceof JMenu m) menu(m, table, wrong);
            }
        }
        walk(window.getRootPane().getContentPane(), table, wrong);
        ownBindings(window.getRootPane(), table, wrong);
        return wrong;
    }

    private static void menu(JMenu m, KeyTable table, List<String> wrong) {
        if (m.getMnemonic() != 0 && m.getParent() instanceof javax.swing.JMenuBar) {
            alt(m.getText(), m.getMnemonic(), table, wrong);
        }
        for (Component c : m.getMenuComponents()) {
            if (!(c instanceof JMenuItem item)) continue;
            if (item.getMnemonic() != 0 && table.keys().stream().noneMatch(k -> k.scope().equals("menu:" + m.getText())
                    && k.mnemonic() == item.getMnemonic())) {
                wrong.add("menu " + m.getText() + " > " + item.getText() + ": letter "
                        + java.awt.event.KeyEvent.getKeyText(item.getMnemonic()) + " not in the table");
            }
            if (!(item instanceof JMenu) && item.getAccelerator() != null) accelerator(item.getText(), item.getAccelerator(), table, wrong);
            if (item instanceof JMenu sub) menu(sub, table, wrong);
        }
    }

    private static void walk(Container c, KeyTable table, List<String> wrong) {
        if (c instanceof AbstractButton b && !(b instanceof JMenuItem) && b.getMnemonic() != 0) {
            alt(b.getText(), b.getMnemonic(), table, wrong);
        }
        if (c instanceof JLabel l && l.getDisplayedMnemonic() != 0) alt(l.getText(), l.getDisplayedMnemonic(), table, wrong);
        if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (tabs.getMnemonicAt(i) > 0) alt(tabs.getTitleAt(i), tabs.getMnemonicAt(i), table, wrong);
            }
        }
        if (c instanceof JComponent j) ownBindings(j, table, wrong);
        for (Component child : c.getComponents()) {
            if (child instanceof Container k) walk(k, table, wrong);
        }
    }

    /** Bindings put on a component by our code (its own map, not the look and feel's parent map). */
    private static void ownBindings(JComponent j, KeyTable table, List<String> wrong) {
        KeyStroke[] own = j.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).keys();
        if (own == null) return;
        for (KeyStroke k : own) accelerator(j.getClass().getSimpleName() + " binding", k, table, wrong);
    }

    private static void alt(String what, int mnemonic, KeyTable table, List<String> wrong) {
        KeyStroke k = KeyStroke.getKeyStroke(mnemonic, InputEvent.ALT_DOWN_MASK);
        boolean known = table.keys().stream().anyMatch(key -> k.equals(key.altMnemonic())
                && key.label().replace("\u2026", "").equalsIgnoreCase(what.replace("\u2026", "").replaceAll("^[^\\p{L}]+", "").strip()));
        if (!known) wrong.add("'" + what + "': " + KeyTable.text(k) + " not in the table under that name");
    }

    private static void accelerator(String what, KeyStroke k, KeyTable table, List<String> wrong) {
        KeyStroke plain = KeyStroke.getKeyStroke(k.getKeyCode() != 0 ? k.getKeyCode()
                : java.awt.event.KeyEvent.getExtendedKeyCodeForChar(k.getKeyChar()), k.getModifiers());
        boolean known = table.keys().stream().anyMatch(key -> plain.equals(key.accelerator()));
        if (!known) wrong.add("'" + what + "': " + KeyTable.text(k) + " not in the table");
    }
}
