package org.headroom.ui.monitor;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumnModel;

import org.headroom.detect.Severity;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.KeyTable;

/**
 * The QC log on screen: a table of findings that grows while the take runs, newest at the
 * bottom (followed while the view is at the bottom), and the exports. Files are written in a
 * SwingWorker, never on the EDT.
 */
final class QcLogTable extends JPanel {
    private static final long serialVersionUID = 1L;

    private final QcLogModel model = new QcLogModel();
    private final JTable table = new JTable(model);
    private final Supplier<QcReport> report;
    private final Consumer<String> status;

    QcLogTable(Supplier<QcReport> report, Consumer<String> status) {
        super(new BorderLayout(0, 6));
        this.report = report;
        this.status = status;
        setOpaque(false);
        table.setName("qc-log");
        table.setFillsViewportHeight(true);
        table.setAutoCreateRowSorter(true);
        table.setDefaultRenderer(Object.class, new SeverityRenderer());
        table.setToolTipText("Everything the monitor noticed during the take, with the time it happened."
                + " Export it for the production's sound report.");
        int[] widths = {70, 64, 36, 70, 110, 60, 220, 520};
        TableColumnModel cols = table.getColumnModel();
        for (int i = 0; i < widths.length; i++) cols.getColumn(i).setPreferredWidth(widths[i]);
        JScrollPane scroll = new RowsScroll(table);
        add(scroll, BorderLayout.CENTER);
        model.addTableModelListener(e -> followNewest(scroll));

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        buttons.setOpaque(false);
        buttons.add(exportButton(QcExport.CSV, "exportCsv"));
        buttons.add(exportButton(QcExport.JSON, "exportJson"));
        buttons.add(exportButton(QcExport.HTML, "report"));
        JButton clear = KeyTable.MONITOR.apply(new JButton(KeyTable.MONITOR.label("clearLog")), "clearLog");
        clear.setName("qc-clear");
        clear.setToolTipText("Empty the log (the meters keep running).");
        clear.addActionListener(e -> model.clear());
        buttons.add(clear);
        add(buttons, BorderLayout.SOUTH);
    }

    QcLogModel model() {
        return model;
    }

    private JButton exportButton(QcExport format, String key) {
        JButton b = KeyTable.MONITOR.apply(new JButton(KeyTable.MONITOR.label(key)), key);
        b.setName("export-" + format.extension);
        b.setToolTipText("Save the QC log as " + format.description + " (" + KeyTable.MONITOR.hint(key) + ").");
        b.addActionListener(e -> chooseAndExport(format));
        return b;
    }

    void chooseAndExport(QcExport format) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("export-chooser");
        chooser.setDialogTitle("Save the QC log as " + format.description);
        chooser.setFileFilter(new FileNameExtensionFilter(format.description, format.extension));
        chooser.setSelectedFile(new java.io.File("qc-log." + format.extension));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
        Path target = chooser.getSelectedFile().toPath();
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension)) {
            target = target.resolveSibling(target.getFileName() + "." + format.extension);
        }
        export(format, target);
    }

    /** Writes the log in the background; the status line says when it is done or what went wrong. */
    SwingWorker<Path, Void> export(QcExport format, Path target) {
        QcReport snapshot = report.get();
        SwingWorker<Path, Void> worker = new SwingWorker<>() {
            @Override
            protected Path doInBackground() throws Exception {
                format.write(snapshot, target);
                return target;
            }

            @Override
            protected void done() {
                try {
                    status.accept("QC log saved: " + get());
                } catch (ExecutionException e) {
                    status.accept("Could not save " + target.getFileName() + ": " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        return worker;
    }

    private void followNewest(JScrollPane scroll) {
        var bar = scroll.getVerticalScrollBar();
        boolean atBottom = bar.getValue() + bar.getVisibleAmount() >= bar.getMaximum() - 4;
        if (atBottom && table.getRowCount() > 0) {
            javax.swing.SwingUtilities.invokeLater(() -> table.scrollRectToVisible(
                    table.getCellRect(table.getRowCount() - 1, 0, true)));
        }
    }

    /** Severity in colour: errors red, warnings amber. */
    private static final class SeverityRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            if (!selected) {
                c.setForeground(value == Severity.ERROR ? Look.colour("Headroom.verdict.loud")
                        : value == Severity.WARNING ? Look.colour("Headroom.verdict.quiet") : t.getForeground());
            }
            // long rules and messages are cut by the column: the whole text on hover
            setToolTipText(column >= 6 ? String.valueOf(value) : null);
            return c;
        }
    }

    /**
     * The log's scroll pane asks for {@link #ROWS} rows of the current theme's row height (not a
     * fixed pixel height, which showed about three), and gives way to no fewer than {@link #MIN_ROWS}.
     */
    static final int ROWS = 8;
    static final int MIN_ROWS = 3;

    private static final class RowsScroll extends JScrollPane {
        private static final long serialVersionUID = 1L;
        private final JTable rows;

        RowsScroll(JTable rows) {
            super(rows);
            this.rows = rows;
        }

        private int heightFor(int n) {
            java.awt.Insets in = getInsets();
            int header = rows.getTableHeader() == null ? 0 : rows.getTableHeader().getPreferredSize().height;
            int bar = getHorizontalScrollBar().isVisible() ? getHorizontalScrollBar().getPreferredSize().height : 0;
            return in.top + in.bottom + header + bar + n * rows.getRowHeight();
        }

        @Override
        public java.awt.Dimension getPreferredSize() {
            return new java.awt.Dimension(super.getPreferredSize().width, heightFor(ROWS));
        }

        @Override
        public java.awt.Dimension getMinimumSize() {
            return new java.awt.Dimension(super.getMinimumSize().width, heightFor(MIN_ROWS));
        }
    }

    /** How many whole rows the log shows now. */
    int visibleRows() {
        return table.getParent().getHeight() / table.getRowHeight();
    }
}
