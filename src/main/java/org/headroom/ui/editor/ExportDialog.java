package org.headroom.ui.editor;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;
import org.headroom.edit.EditList;
import org.headroom.export.Codec;
import org.headroom.export.ExportCancelledException;
import org.headroom.preset.ExportPreset;
import org.headroom.preset.PresetLoader;

/**
 * Export: choose a preset from presets/export and a file, watch the progress (cancel stops
 * the job and leaves nothing under the name), then read the delivery check item by item.
 * The verdict has a line of its own above the buttons and the dialog grows to fit whatever it
 * shows; Escape and the window's close button close it (cancelling a running export), and once
 * an export is done the buttons say what they do next: Close, Show in folder, Export again.
 */
final class ExportDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    /** Rows of the delivery check shown without scrolling: the longest preset's check has nine. */
    private static final int ROWS_SHOWN = 9;

    private final transient PresetLoader loader;
    private final transient Path audio;
    private final transient EditList edits;
    private final JComboBox<ExportPreset> presets = new JComboBox<>();
    private final JTextField target = new JTextField(36);
    private final JProgressBar bar = new JProgressBar(0, 1000);
    private final JLabel verdict = new JLabel(" ");
    private final DefaultTableModel rows = new DefaultTableModel(new Object[] {"Check", "Expected", "Measured", "Result"}, 0) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JButton export = new JButton("Export");
    private final JButton cancel = new JButton("Cancel export");
    private final JButton close = new JButton("Close");
    private final JButton showInFolder = new JButton("Show in folder");
    private transient SwingWorker<ExportJob.Outcome, Void> job;
    private transient Path written;

    /** Reads the export presets from disk: not on the EDT (see {@link Dialogs#export}). */
    static List<ExportPreset> presets(PresetLoader loader) throws Exception {
        List<ExportPreset> out = new java.util.ArrayList<>();
        for (String name : loader.exportNames()) out.add(loader.export(name));
        return out;
    }

    /** @param choices the export presets, read beforehand with {@link #presets} off the EDT */
    ExportDialog(Window owner, PresetLoader loader, List<ExportPreset> choices, Path audio, EditList edits) {
        super(owner, "Export", ModalityType.MODELESS);
        this.loader = loader;
        this.audio = audio;
        this.edits = edits;
        setName("exportDialog");
        for (ExportPreset p : choices) presets.addItem(p);
        presets.setName("preset");
        presets.setRenderer(new DefaultListRendererWithTitle());
        presets.addActionListener(e -> suggestTarget());
        target.setName("target");
        bar.setName("progress");
        bar.setStringPainted(true);
        bar.setString("ready");
        verdict.setName("verdict");
        export.setName("export");
        cancel.setName("cancelExport");
        close.setName("close");
        showInFolder.setName("showInFolder");
        cancel.setVisible(false);
        showInFolder.setVisible(false);
        export.addActionListener(e -> start());
        cancel.addActionListener(e -> {
            if (job != null) job.cancel(false);
        });
        close.addActionListener(e -> close());
        showInFolder.addActionListener(e -> showInFolder());
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });
        getRootPane().registerKeyboardAction(e -> close(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        suggestTarget();
        JPanel form = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(new JLabel("Preset"), c);
        c.gridx = 1;
        form.add(presets, c);
        c.gridx = 0;
        c.gridy = 1;
        form.add(new JLabel("File"), c);
        c.gridx = 1;
        form.add(target, c);
        c.gridx = 0;
        c.gridy = 2;
        c.gridwidth = 2;
        form.add(bar, c);
        JTable table = new JTable(rows);
        table.setName("deliveryCheck");
        table.getColumnModel().getColumn(3).setCellRenderer(new ResultRenderer());
        table.setPreferredScrollableViewportSize(new Dimension(600, table.getRowHeight() * ROWS_SHOWN));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        buttons.add(close);
        buttons.add(showInFolder);
        buttons.add(cancel);
        buttons.add(export);
        // the verdict has a row of its own: beside the buttons, a long file name pushed them off the dialog
        JPanel bottom = new JPanel(new BorderLayout(0, 8));
        bottom.add(verdict, BorderLayout.NORTH);
        bottom.add(buttons, BorderLayout.SOUTH);
        JPanel root = new JPanel(new BorderLayout(0, 8));
        root.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        root.add(form, BorderLayout.NORTH);
        root.add(new JScrollPane(table), BorderLayout.CENTER);
        root.add(bottom, BorderLayout.SOUTH);
        setContentPane(root);
        pack();
        setMinimumSize(getSize());
        setLocationRelativeTo(owner);
    }

    /** Grows the dialog (within the screen) so all it shows now fits; never shrinks what the user made larger. */
    private void fit() {
        Dimension want = getPreferredSize();
        java.awt.Rectangle screen = getGraphicsConfiguration() == null ? new java.awt.Rectangle(0, 0, 1920, 1080)
                : getGraphicsConfiguration().getBounds();
        int w = Math.min(screen.width, Math.max(getWidth(), want.width));
        int h = Math.min(screen.height, Math.max(getHeight(), want.height));
        if (w != getWidth() || h != getHeight()) setSize(w, h);
        validate();
    }

    /** Closes the dialog; a running export is cancelled first, so nothing is left under the name. */
    void close() {
        if (job != null && !job.isDone()) job.cancel(false);
        dispose();
    }

    /** Opens the folder of the written file in the desktop's file manager, off the EDT; says so when there is none. */
    private void showInFolder() {
        Path file = written;
        if (file == null) return;
        Thread t = new Thread(() -> {
            String problem = FolderOpener.show(file);
            if (problem != null) javax.swing.SwingUtilities.invokeLater(() -> {
                verdict.setText(problem);
                verdict.setToolTipText(problem);
                fit();
            });
        }, "show " + file.getFileName());
        t.setDaemon(true);
        t.start();
    }

    private void suggestTarget() {
        ExportPreset p = (ExportPreset) presets.getSelectedItem();
        if (p == null) return;
        String base = audio.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        target.setText(audio.resolveSibling(base + "-" + p.name() + "." + Codec.parse(p.codec()).extension()).toString());
    }

    void setTarget(Path file) {
        target.setText(file.toString());
    }

    private void start() {
        ExportPreset p = (ExportPreset) presets.getSelectedItem();
        Path out = Path.of(target.getText().trim());
        rows.setRowCount(0);
        verdict.setText(" ");
        written = null;
        export.setEnabled(false);
        export.setVisible(false);
        close.setVisible(false);
        showInFolder.setVisible(false);
        cancel.setVisible(true);
        fit();
        job = new SwingWorker<>() {
            @Override
            protected ExportJob.Outcome doInBackground() throws Exception {
                return ExportJob.run(audio, edits, loader, p.name(), out, (f, stage) -> javax.swing.SwingUtilities.invokeLater(() -> {
                    if (isDone()) return;
                    bar.setValue((int) Math.round(f * 1000));
                    bar.setString(stage + " \u00b7 " + Math.round(f * 100) + " %");
                }), this::isCancelled);
            }

            @Override
            protected void done() {
                export.setEnabled(true);
                export.setVisible(true);
                close.setVisible(true);
                cancel.setVisible(false);
                try {
                    show(get());
                } catch (CancellationException e) {
                    finish("Cancelled: nothing was written.", 0);
                } catch (Exception e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    finish(cause instanceof ExportCancelledException ? "Cancelled: nothing was written." : "Export failed: " + cause.getMessage(), 0);
                }
            }
        };
        job.execute();
    }

    private void show(ExportJob.Outcome o) {
        for (ExportJob.Row r : o.rows()) rows.addRow(new Object[] {r.figure(), r.expected(), r.actual(), r.passed() ? "PASS" : "FAIL"});
        written = o.target();
        export.setText("Export again");
        showInFolder.setVisible(true);
        finish((o.passed() ? "Delivery check passed: " : "Delivery check FAILED: ") + o.target(), 1000);
        verdict.setForeground(o.passed() ? Palette.point() : Palette.clip());
    }

    private void finish(String text, int value) {
        bar.setValue(value);
        bar.setString(value == 0 ? "stopped" : "done");
        verdict.setText(text);
        verdict.setToolTipText(text);
        verdict.setForeground(javax.swing.UIManager.getColor("Label.foreground"));
        fit();
    }

    List<String> results() {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < rows.getRowCount(); i++) out.add(rows.getValueAt(i, 0) + "=" + rows.getValueAt(i, 3));
        return out;
    }

    private static final class ResultRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
            super.getTableCellRendererComponent(t, v, sel, focus, row, col);
            setForeground("PASS".equals(v) ? Palette.point() : Palette.clip());
            return this;
        }
    }

    private static final class DefaultListRendererWithTitle extends javax.swing.DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean sel, boolean focus) {
            return super.getListCellRendererComponent(l, v instanceof ExportPreset p ? p.title() : v, i, sel, focus);
        }
    }
}
