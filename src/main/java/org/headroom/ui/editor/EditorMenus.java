package org.headroom.ui.editor;

import java.nio.file.Path;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import org.headroom.analysis.TimeFormat;
import org.headroom.ui.common.KeyTable;
import org.headroom.ui.common.Theme;

/** The editor's menus: every action with its shortcut, Audacity's where it has one (Ctrl+I split, Ctrl+L silence). */
final class EditorMenus {
    private static final KeyTable KEYS = KeyTable.EDITOR;
    private final EditorPane pane;

    EditorMenus(EditorPane pane) {
        this.pane = pane;
    }

    JMenuBar build() {
        JMenuBar bar = new JMenuBar();
        bar.add(file());
        bar.add(edit());
        bar.add(insert());
        bar.add(effects());
        bar.add(transport());
        bar.add(view());
        return bar;
    }

    private JMenu file() {
        JMenu m = menu("menu.file");
        JMenuItem open = KEYS.apply(new JMenuItem(KEYS.label("open")), "open");
        open.addActionListener(e -> EditorWindow.chooseAndOpen(pane.window()));
        m.add(open);
        JMenu recent = menu("recent");
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
        JMenuItem report = KEYS.apply(new JMenuItem(KEYS.label("folderReport")), "folderReport");
        report.addActionListener(e -> org.headroom.ui.report.ReportDialog.chooseAndRun(pane.window()));
        m.add(report);
        m.addSeparator();
        JMenuItem close = KEYS.apply(new JMenuItem(KEYS.label("close")), "close");
        close.addActionListener(e -> pane.window().close());
        m.add(close);
        return m;
    }

    private JMenu edit() {
        JMenu m = menu("menu.edit");
        for (String k : new String[] {"undo", "redo"}) m.add(item(k));
        m.addSeparator();
        for (String k : new String[] {"cut", "copy", "paste", "delete"}) m.add(item(k));
        m.addSeparator();
        for (String k : new String[] {"trim", "split", "silence", "gain"}) m.add(item(k));
        JMenuItem xf = new JMenuItem("Crossfade at nearest join\u2026");
        xf.addActionListener(e -> Dialogs.crossfade(pane));
        m.add(xf);
        m.addSeparator();
        m.add(plain("Use selection as room tone", () -> pane.report(pane.commands().useAsRoomTone())));
        m.add(plain("Fill with room tone", () -> pane.report(pane.commands().fillWithRoomTone())));
        m.addSeparator();
        m.add(item("selectAll"));
        JCheckBoxMenuItem snap = new JCheckBoxMenuItem("Snap to zero crossings", pane.controls().snap());
        snap.addActionListener(e -> pane.controls().setSnap(snap.isSelected()));
        m.add(snap);
        return m;
    }

    /** Things added to the programme: a sound on a layer, room tone to lengthen a pause. */
    private JMenu insert() {
        JMenu m = menu("menu.insert");
        m.add(plain("Sound\u2026", () -> Dialogs.insertSound(pane)));
        m.add(plain("Lengthen pause\u2026", () -> Dialogs.lengthenPause(pane)));
        return m;
    }

    private JMenu effects() {
        JMenu m = menu("menu.effect");
        m.add(item("fadeIn"));
        m.add(item("fadeOut"));
        m.addSeparator();
        m.add(plain("Normalise to peak\u2026", () -> Dialogs.normalisePeak(pane)));
        m.add(plain("Normalise to loudness (true-peak limited)\u2026", () -> Dialogs.normaliseLoudness(pane)));
        m.addSeparator();
        m.add(plain("High-pass\u2026", () -> Dialogs.highPass(pane)));
        m.add(plain("Hum notch 50 Hz", () -> Dialogs.humNotch(pane, 50)));
        m.add(plain("Hum notch 60 Hz", () -> Dialogs.humNotch(pane, 60)));
        m.addSeparator();
        m.add(plain("Declip…", () -> EffectDialog.declip(pane)));
        m.add(plain("Noise reduction…", () -> EffectDialog.noiseReduction(pane, null)));
        m.add(plain("Equaliser…", () -> EffectDialog.equaliser(pane)));
        m.add(plain("Speech leveller…", () -> EffectDialog.leveller(pane)));
        m.add(plain("Compressor…", () -> EffectDialog.compressor(pane)));
        m.add(plain("Reverb…", () -> EffectDialog.reverb(pane)));
        return m;
    }

    private JMenu transport() {
        JMenu m = menu("menu.transport");
        m.add(item("play"));
        m.add(item("stop"));
        return m;
    }

    private JMenu view() {
        JMenu m = menu("menu.view");
        for (String k : new String[] {"zoomIn", "zoomOut", "fit", "zoomSel"}) m.add(item(k));
        m.addSeparator();
        m.add(item("nextFinding"));
        m.add(item("prevFinding"));
        m.addSeparator();
        m.add(timeFormats());
        m.addSeparator();
        JMenuItem theme = KEYS.apply(new JMenuItem(KEYS.label("theme")), "theme");
        theme.setName("theme");
        theme.addActionListener(e -> Theme.toggle());
        m.add(theme);
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

    /** A menu item for one of the window's actions, with its mnemonic from the table (not on the action, so the toolbar's buttons get none). */
    private JMenuItem item(String key) {
        return KEYS.apply(new JMenuItem(pane.controls().action(key)), key);
    }

    private static JMenuItem plain(String text, Runnable r) {
        JMenuItem i = new JMenuItem(text);
        i.addActionListener(e -> r.run());
        return i;
    }

    private static JMenu menu(String key) {
        return KEYS.apply(new JMenu(KEYS.label(key)), key);
    }
}
