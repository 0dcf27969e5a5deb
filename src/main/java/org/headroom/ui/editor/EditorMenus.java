package org.headroom.ui.editor;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import org.headroom.analysis.TimeFormat;

/** The editor's menus: every action with its shortcut, Audacity's where it has one (Ctrl+I split, Ctrl+L silence). */
final class EditorMenus {
    private final EditorPane pane;

    EditorMenus(EditorPane pane) {
        this.pane = pane;
    }

    JMenuBar build() {
        JMenuBar bar = new JMenuBar();
        bar.add(file());
        bar.add(edit());
        bar.add(effects());
        bar.add(transport());
        bar.add(view());
        return bar;
    }

    private JMenu file() {
        JMenu m = menu("File", KeyEvent.VK_F);
        JMenuItem open = new JMenuItem("Open\u2026", KeyEvent.VK_O);
        open.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_O, EditorControls.MENU));
        open.addActionListener(e -> EditorWindow.chooseAndOpen(pane.window()));
        m.add(open);
        JMenu recent = menu("Open recent", KeyEvent.VK_R);
        for (Path p : RecentFiles.list()) {
            JMenuItem i = new JMenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            i.addActionListener(e -> EditorWindow.open(p));
            recent.add(i);
        }
        recent.setEnabled(recent.getItemCount() > 0);
        m.add(recent);
        m.addSeparator();
        m.add(item("save"));
        m.add(item("export"));
        m.add(org.headroom.ui.report.ReportDialog.menuItem(pane.window()));
        m.addSeparator();
        JMenuItem close = new JMenuItem("Close", KeyEvent.VK_C);
        close.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_W, EditorControls.MENU));
        close.addActionListener(e -> pane.window().close());
        m.add(close);
        return m;
    }

    private JMenu edit() {
        JMenu m = menu("Edit", KeyEvent.VK_E);
        for (String k : new String[] {"undo", "redo"}) m.add(item(k));
        m.addSeparator();
        for (String k : new String[] {"cut", "copy", "paste", "delete"}) m.add(item(k));
        m.addSeparator();
        for (String k : new String[] {"trim", "split", "silence", "gain"}) m.add(item(k));
        JMenuItem xf = new JMenuItem("Crossfade at nearest join\u2026");
        xf.addActionListener(e -> Dialogs.crossfade(pane));
        m.add(xf);
        m.addSeparator();
        m.add(item("selectAll"));
        JCheckBoxMenuItem snap = new JCheckBoxMenuItem("Snap to zero crossings", pane.controls().snap());
        snap.addActionListener(e -> pane.controls().setSnap(snap.isSelected()));
        m.add(snap);
        return m;
    }

    private JMenu effects() {
        JMenu m = menu("Effect", KeyEvent.VK_C);
        m.add(item("fadeIn"));
        m.add(item("fadeOut"));
        m.addSeparator();
        m.add(plain("Normalise to peak\u2026", () -> Dialogs.normalisePeak(pane)));
        m.add(plain("Normalise to loudness (true-peak limited)\u2026", () -> Dialogs.normaliseLoudness(pane)));
        m.addSeparator();
        m.add(plain("High-pass\u2026", () -> Dialogs.highPass(pane)));
        m.add(plain("Hum notch 50 Hz", () -> Dialogs.humNotch(pane, 50)));
        m.add(plain("Hum notch 60 Hz", () -> Dialogs.humNotch(pane, 60)));
        return m;
    }

    private JMenu transport() {
        JMenu m = menu("Transport", KeyEvent.VK_T);
        m.add(item("play"));
        m.add(item("stop"));
        return m;
    }

    private JMenu view() {
        JMenu m = menu("View", KeyEvent.VK_V);
        for (String k : new String[] {"zoomIn", "zoomOut", "fit", "zoomSel"}) m.add(item(k));
        m.addSeparator();
        m.add(item("nextFinding"));
        m.add(item("prevFinding"));
        m.addSeparator();
        m.add(timeFormats());
        return m;
    }

    /** The same choice as the box in the status bar; ticks the current one each time it opens. */
    private static JMenu timeFormats() {
        JMenu m = new JMenu("Time format");
        ButtonGroup group = new ButtonGroup();
        for (TimeFormat f : TimeFormat.values()) {
            JRadioButtonMenuItem i = new JRadioButtonMenuItem(f.label());
            i.addActionListener(e -> TimeDisplay.choose(f));
            group.add(i);
            m.add(i);
        }
        m.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                for (int i = 0; i < m.getItemCount(); i++) m.getItem(i).setSelected(TimeFormat.values()[i] == TimeDisplay.current());
            }

            @Override
            public void menuDeselected(MenuEvent e) {
            }

            @Override
            public void menuCanceled(MenuEvent e) {
            }
        });
        return m;
    }

    private JMenuItem item(String key) {
        return new JMenuItem(pane.controls().action(key));
    }

    private static JMenuItem plain(String text, Runnable r) {
        JMenuItem i = new JMenuItem(text);
        i.addActionListener(e -> r.run());
        return i;
    }

    private static JMenu menu(String text, int mnemonic) {
        JMenu m = new JMenu(text);
        m.setMnemonic(mnemonic);
        return m;
    }
}
