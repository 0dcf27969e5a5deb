package org.headroom.ui.monitor;

import java.awt.event.ActionListener;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;

import org.headroom.ui.common.KeyTable;

/** The monitor's menus: every action with a mnemonic, the frequent ones with a shortcut, all from {@link KeyTable#MONITOR}. */
final class MonitorMenus {
    private static final KeyTable KEYS = KeyTable.MONITOR;
    private final MonitorWindow window;

    MonitorMenus(MonitorWindow window) {
        this.window = window;
    }

    JMenuBar build() {
        JMenuBar bar = new JMenuBar();
        bar.add(file());
        bar.add(meters());
        bar.add(view());
        bar.add(tools());
        return bar;
    }

    private JMenu file() {
        JMenu m = menu("menu.file");
        m.add(item("playFile", e -> {
            javax.swing.JFileChooser c = new javax.swing.JFileChooser(java.nio.file.Path.of("").toAbsolutePath().toFile());
            if (c.showOpenDialog(window) == javax.swing.JFileChooser.APPROVE_OPTION) window.openFile(c.getSelectedFile().toPath());
        }));
        m.add(item("demo", e -> window.switchTo(new InputSpec.Demo())));
        m.add(item("edit", e -> org.headroom.ui.editor.EditorWindow.chooseAndOpen(window)));
        m.addSeparator();
        m.add(item("exportCsvMenu", e -> clickExport("csv")));
        m.add(item("exportJsonMenu", e -> clickExport("json")));
        m.add(item("reportMenu", e -> clickExport("html")));
        m.add(item("folderReport", e -> org.headroom.ui.report.ReportDialog.chooseAndRun(window)));
        m.addSeparator();
        m.add(item("close", e -> window.dispose()));
        return m;
    }

    private JMenu meters() {
        JMenu m = menu("menu.meters");
        m.add(item("resetPeaks", e -> window.resetHeldPeaks()));
        m.add(item("resetClips", e -> window.resetClips(-1)));
        m.add(item("resetLoudnessMenu", e -> window.resetLoudness()));
        m.addSeparator();
        for (Ballistics b : Ballistics.values()) {
            JMenuItem r = item("ballistics." + b.name(), e -> window.setBallistics(b));
            r.setText("Bars follow " + b.label);
            r.setToolTipText(b.explanation);
            m.add(r);
        }
        return m;
    }

    private JMenu view() {
        JMenu m = menu("menu.view");
        m.add(item("theme", e -> window.toggleTheme()));
        JCheckBoxMenuItem perf = KEYS.apply(new JCheckBoxMenuItem(KEYS.label("perf")), "perf");
        perf.setToolTipText("Show how often the meters repaint and how long audio takes from the input to the screen.");
        perf.addActionListener(e -> window.togglePerf());
        m.add(perf);
        return m;
    }

    private JMenu tools() {
        JMenu m = menu("menu.tools");
        JMenuItem advisor = item("advisor", e -> org.headroom.ui.advisor.AdvisorWindow.open(window, window.advisorLink()));
        advisor.setToolTipText("Which mic, where: answer a few questions or measure the place (Listen\u2026 hears this window's input);"
                + " practise with the trainer.");
        m.add(advisor);
        return m;
    }

    private void clickExport(String extension) {
        window.qcLog().chooseAndExport(QcExport.valueOf(extension.toUpperCase(java.util.Locale.ROOT)));
    }

    private static JMenu menu(String key) {
        return KEYS.apply(new JMenu(KEYS.label(key)), key);
    }

    private static JMenuItem item(String key, ActionListener action) {
        JMenuItem i = KEYS.apply(new JMenuItem(KEYS.label(key)), key);
        i.addActionListener(action);
        return i;
    }
}
