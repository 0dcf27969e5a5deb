package org.headroom.ui;

import java.awt.event.ActionListener;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;

/** The monitor's menus: every action with a mnemonic, the frequent ones with a shortcut. */
final class MonitorMenus {
    private static final int MENU = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
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
        JMenu m = menu("File", KeyEvent.VK_F);
        m.add(item("Play a file as live\u2026", KeyEvent.VK_P, KeyStroke.getKeyStroke(KeyEvent.VK_O, MENU), e -> {
            javax.swing.JFileChooser c = new javax.swing.JFileChooser(java.nio.file.Path.of("").toAbsolutePath().toFile());
            if (c.showOpenDialog(window) == javax.swing.JFileChooser.APPROVE_OPTION) window.openFile(c.getSelectedFile().toPath());
        }));
        m.add(item("Demo input", KeyEvent.VK_D, null, e -> window.switchTo(new InputSpec.Demo())));
        m.add(item("Edit a recording\u2026", KeyEvent.VK_E, KeyStroke.getKeyStroke(KeyEvent.VK_E, MENU),
                e -> org.headroom.ui.editor.EditorWindow.chooseAndOpen(window)));
        m.addSeparator();
        m.add(item("Export QC log as CSV\u2026", KeyEvent.VK_C, null, e -> clickExport("csv")));
        m.add(item("Export QC log as JSON\u2026", KeyEvent.VK_J, null, e -> clickExport("json")));
        m.add(item("Sound report (HTML)\u2026", KeyEvent.VK_H, KeyStroke.getKeyStroke(KeyEvent.VK_E, MENU | InputEvent.SHIFT_DOWN_MASK),
                e -> clickExport("html")));
        m.add(org.headroom.ui.report.ReportDialog.menuItem(window));
        m.addSeparator();
        m.add(item("Close", KeyEvent.VK_L, KeyStroke.getKeyStroke(KeyEvent.VK_W, MENU), e -> window.dispose()));
        return m;
    }

    private JMenu meters() {
        JMenu m = menu("Meters", KeyEvent.VK_M);
        m.add(item("Reset held peaks", KeyEvent.VK_P, KeyStroke.getKeyStroke(KeyEvent.VK_P, MENU),
                e -> window.resetHeldPeaks()));
        m.add(item("Reset all clip lights", KeyEvent.VK_C, KeyStroke.getKeyStroke(KeyEvent.VK_K, MENU),
                e -> window.resetClips(-1)));
        m.add(item("Reset integrated loudness and LRA", KeyEvent.VK_L, KeyStroke.getKeyStroke(KeyEvent.VK_L, MENU),
                e -> window.resetLoudness()));
        m.addSeparator();
        int key = KeyEvent.VK_1;
        for (Ballistics b : Ballistics.values()) {
            JMenuItem r = item("Bars follow " + b.label, 0, KeyStroke.getKeyStroke(key++, InputEvent.ALT_DOWN_MASK),
                    e -> window.setBallistics(b));
            r.setToolTipText(b.explanation);
            m.add(r);
        }
        return m;
    }

    private JMenu view() {
        JMenu m = menu("View", KeyEvent.VK_V);
        m.add(item("Light / dark theme", KeyEvent.VK_T, KeyStroke.getKeyStroke(KeyEvent.VK_T, MENU),
                e -> window.toggleTheme()));
        JCheckBoxMenuItem perf = new JCheckBoxMenuItem("Frame rate and latency");
        perf.setMnemonic(KeyEvent.VK_F);
        perf.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F12, 0));
        perf.setToolTipText("Show how often the meters repaint and how long audio takes from the input to the screen.");
        perf.addActionListener(e -> window.togglePerf());
        m.add(perf);
        return m;
    }

    private JMenu tools() {
        JMenu m = menu("Tools", KeyEvent.VK_T);
        JMenuItem advisor = item("Mic advisor\u2026", KeyEvent.VK_A, KeyStroke.getKeyStroke(KeyEvent.VK_M, MENU),
                e -> org.headroom.ui.advisor.AdvisorWindow.open(window, window.advisorLink()));
        advisor.setToolTipText("Which mic, where: answer a few questions or measure the place (Listen\u2026 hears this window's input);"
                + " practise with the trainer.");
        m.add(advisor);
        return m;
    }

    private void clickExport(String extension) {
        window.qcLog().chooseAndExport(QcExport.valueOf(extension.toUpperCase(java.util.Locale.ROOT)));
    }

    private static JMenu menu(String text, int mnemonic) {
        JMenu m = new JMenu(text);
        m.setMnemonic(mnemonic);
        return m;
    }

    private static JMenuItem item(String text, int mnemonic, KeyStroke accelerator, ActionListener action) {
        JMenuItem i = new JMenuItem(text, mnemonic);
        if (accelerator != null) i.setAccelerator(accelerator);
        i.addActionListener(action);
        return i;
    }
}
