package org.headroom.ui.editor;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenuBar;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.LookAndFeel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import org.headroom.preset.PresetLoader;
import org.headroom.ui.common.ThemedLabel;

/**
 * The editor window of one recording. It opens at once with a "reading" note; {@link Opening}
 * reads the header and the project and builds the content on a worker thread, then the
 * waveform appears and fills while the scan and the analysis run. Drop a file on it to open
 * that file in a new window.
 */
public final class EditorWindow extends JFrame {
    private static final long serialVersionUID = 1L;

    private final transient PresetLoader presets;
    /** Where to say that a file cannot be opened once this window is gone: the window that asked, or null. */
    private final transient Component asker;
    private transient EditorPane pane;
    private final JLabel loading = ThemedLabel.caption("Reading\u2026");

    private EditorWindow(Path file, PresetLoader presets, Component asker) {
        super("Headroom editor \u2014 " + file.getFileName());
        this.presets = presets;
        this.asker = asker;
        setName("editor");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });
        loading.setHorizontalAlignment(SwingConstants.CENTER);
        loading.setName("loading");
        JPanel root = new JPanel(new BorderLayout());
        root.add(loading, BorderLayout.CENTER);
        setContentPane(root);
        setTransferHandler(new FileDrop(EditorWindow::open));
        setPreferredSize(new Dimension(1440, 860));
        pack();
    }

    /**
     * Opens {@code file} in a new editor window and returns it at once; EDT only. A file that
     * cannot be opened closes the window again and says why, naming the full path.
     */
    public static EditorWindow open(Path file) {
        return open(List.of(file.toAbsolutePath()), PresetLoader.standard(), null);
    }

    /** @param candidates where the file may be, tried in order (see {@link OpenPath}) */
    static EditorWindow open(List<Path> candidates, PresetLoader presets, Component asker) {
        EditorWindow w = new EditorWindow(candidates.get(0), presets, asker);
        w.setLocationByPlatform(true);
        w.setVisible(true);
        new Opening(candidates, w).execute();
        return w;
    }

    /** Asks for a file and opens it; the monitor's File menu calls this. EDT only. */
    public static void chooseAndOpen(Component parent) {
        JFileChooser c = new JFileChooser(RecentFiles.folder());
        c.setDialogTitle("Edit a recording");
        if (c.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) return;
        open(OpenPath.candidates(c.getSelectedFile(), c.getCurrentDirectory(), Path.of("")), PresetLoader.standard(), parent);
    }

    /** The editor's content and menus, built but not yet showing. */
    record Built(EditorPane pane, JMenuBar menus, LookAndFeel look) {
    }

    /**
     * Builds the content and the menus of the window for {@code session}. {@link Opening} calls
     * it on its worker thread, so the EDT does not spend a few hundred milliseconds (class
     * loading, the look's defaults, the lists and the toolbar) building a window it cannot paint
     * meanwhile. Nothing built here is showing or known to any other thread until {@link #showContent}
     * puts it in the window on the EDT; the worker's result is handed over with a happens-before
     * edge. (Laying it out here too would not help: adding it to the window invalidates it all.)
     */
    Built build(EditorSession session) {
        LookAndFeel look = UIManager.getLookAndFeel();
        EditorPane p = new EditorPane(this, session, presets);
        return new Built(p, new EditorMenus(p).build(), look);
    }

    /** Called by {@link Opening} on the EDT when the file is read and the content built. */
    void showContent(EditorSession session, Built built) {
        RecentFiles.add(session.audio());
        setTitle("Headroom editor \u2014 " + session.audio().getFileName());
        pane = built.pane();
        setContentPane(pane);
        setJMenuBar(built.menus());
        // the theme was switched (Ctrl+T in another window) while this was being built: it takes the new one
        if (UIManager.getLookAndFeel() != built.look()) SwingUtilities.updateComponentTreeUI(this);
        getRootPane().setTransferHandler(new FileDrop(EditorWindow::open));
        revalidate();
        pane.start();
        pane.requestFocusOnWave();
    }

    /** As {@link #showContent}, building on the EDT: after the recovery question, when the session is made here. */
    void opened(EditorSession session) {
        showContent(session, build(session));
    }

    /**
     * Called by {@link Opening} when the file cannot be opened: a window with nothing in it
     * helps nobody, so it closes and the reason is said where the user asked.
     */
    void failed(String message) {
        loading.setText(message);
        dispose();
        JOptionPane.showMessageDialog(asker != null && asker.isShowing() ? asker : null, message, "Headroom editor",
                JOptionPane.ERROR_MESSAGE);
    }

    EditorPane pane() {
        return pane;
    }

    /** Asks to save when there are unsaved edits; the autosave is kept either way until an explicit save. */
    void close() {
        if (pane != null && pane.session().isModified()) {
            int answer = JOptionPane.showConfirmDialog(this, "Save the edits to " + pane.session().audio().getFileName()
                    + ".headroom.json before closing?", "Unsaved edits", JOptionPane.YES_NO_CANCEL_OPTION);
            if (answer == JOptionPane.CANCEL_OPTION || answer == JOptionPane.CLOSED_OPTION) return;
            if (answer == JOptionPane.YES_OPTION) pane.save();
        }
        if (pane != null) pane.dispose();
        dispose();
    }
}
