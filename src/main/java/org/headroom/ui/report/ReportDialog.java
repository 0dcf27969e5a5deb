package org.headroom.ui.report;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Desktop;
import java.awt.FlowLayout;
import java.awt.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.FileAnalyzer;
import org.headroom.analysis.soundreport.SoundReportJob;
import org.headroom.preset.PresetLoader;

/**
 * The window's way to the day's sound report: choose a folder and where the page goes, watch
 * the takes being read (with Cancel), then the page opens in the browser. The reading runs in a
 * {@link SwingWorker} (the same {@link SoundReportJob} as {@code headroom report}, cores-many
 * takes at once, the cache beside the page); the EDT only shows counts it is handed.
 */
public final class ReportDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final JProgressBar bar = new JProgressBar();
    private final JLabel status = new JLabel("Looking for takes\u2026");
    private final JButton button = new JButton("Cancel");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final transient Predicate<Path> browser;
    private transient Worker worker;

    /** Asks for the folder and the page's name, then runs the report. */
    public static void chooseAndRun(Component owner) {
        JFileChooser folders = new JFileChooser(Path.of("").toAbsolutePath().toFile());
        folders.setDialogTitle("Sound report: the folder of takes");
        folders.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (folders.showOpenDialog(owner) != JFileChooser.APPROVE_OPTION) return;
        Path folder = folders.getSelectedFile().toPath();
        JFileChooser save = new JFileChooser(folder.toFile());
        save.setDialogTitle("Sound report: save the page as");
        save.setSelectedFile(folder.resolve(folder.getFileName() + "-sound-report.html").toFile());
        if (save.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) return;
        Path html = save.getSelectedFile().toPath();
        if (!html.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".html")) {
            html = html.resolveSibling(html.getFileName() + ".html");
        }
        if (Files.exists(html) && JOptionPane.showConfirmDialog(owner, html.getFileName() + " exists. Replace it?", "Sound report",
                JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return;
        }
        open(SwingUtilities.getWindowAncestor(owner) != null ? SwingUtilities.getWindowAncestor(owner)
                : owner instanceof Window w ? w : null, folder, html, ReportDialog::browse);
    }

    /**
     * Shows the dialog and starts reading.
     *
     * @param browser opens the page and says whether it could (the desktop's browser; a fake in tests)
     */
    static ReportDialog open(Window owner, Path folder, Path html, Predicate<Path> browser) {
        ReportDialog d = new ReportDialog(owner, browser);
        d.worker = d.new Worker(folder, html);
        d.setVisible(true);
        d.worker.execute();
        return d;
    }

    private ReportDialog(Window owner, Predicate<Path> browser) {
        super(owner, "Sound report", ModalityType.MODELESS);
        this.browser = browser;
        setName("soundReport");
        bar.setName("reportProgress");
        bar.setIndeterminate(true);
        bar.setStringPainted(true);
        status.setName("reportStatus");
        button.setName("reportButton");
        button.addActionListener(e -> {
            if (worker != null && !worker.isDone()) {
                cancelled.set(true);
                button.setEnabled(false);
                status.setText("Cancelling: the takes being read finish first\u2026");
            } else {
                dispose();
            }
        });
        JPanel p = new JPanel(new BorderLayout(0, 8));
        p.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        p.add(status, BorderLayout.NORTH);
        p.add(bar, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        buttons.add(button);
        p.add(buttons, BorderLayout.SOUTH);
        setContentPane(p);
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                button.doClick();
            }
        });
        setSize(520, 150);
        setLocationRelativeTo(owner);
    }

    String statusText() {
        return status.getText();
    }

    boolean finished() {
        return worker != null && worker.isDone();
    }

    /** What the reading reports to the EDT: takes done, of how many, how many from the cache. */
    private record Count(int done, int total, int cached) {
    }

    /** Reads the takes and writes the page off the EDT; opening the browser happens there too, as it may be slow. */
    private final class Worker extends SwingWorker<String, Count> {
        private final Path folder;
        private final Path html;
        private final java.util.concurrent.atomic.AtomicInteger cachedCount = new java.util.concurrent.atomic.AtomicInteger();

        Worker(Path folder, Path html) {
            this.folder = folder;
            this.html = html;
        }

        @Override
        protected String doInBackground() throws Exception {
            PresetLoader presets = PresetLoader.standard();
            AnalysisSettings settings = AnalysisSettings.of(presets.analysisDefaults(), null);
            SoundReportJob.Request request = new SoundReportJob.Request(List.of(folder), html, null, null, settings,
                    Runtime.getRuntime().availableProcessors(), true);
            SoundReportJob.Outcome outcome;
            try {
                outcome = SoundReportJob.run(request, new FileAnalyzer()::analyze, (done, total, row, cached) -> {
                    int c = cached ? cachedCount.incrementAndGet() : cachedCount.get();
                    publish(new Count(done, total, c));
                }, cancelled::get);
            } catch (SoundReportJob.NoTakesException e) {
                return e.getMessage();
            } catch (IOException e) {
                return html + ": the report could not be written (" + org.headroom.analysis.FileProblems.describe(e) + ")";
            }
            if (outcome.cancelled()) return "Cancelled after " + outcome.takes() + " takes; nothing was written (the takes read are cached).";
            var r = outcome.report();
            String summary = r.takes() + " takes, " + org.headroom.analysis.soundreport.HtmlSoundReport.hours(r.seconds()) + ", "
                    + r.takesWithErrors() + " with errors" + (r.unreadable() > 0 ? " (" + r.unreadable() + " unreadable)" : "") + ".";
            return browser.test(html) ? "Opened in your browser: " + summary : "Written to " + html + " (no browser to open it here): " + summary;
        }

        @Override
        protected void process(List<Count> counts) {
            Count c = counts.get(counts.size() - 1);
            bar.setIndeterminate(false);
            bar.setMaximum(c.total());
            bar.setValue(c.done());
            bar.setString(c.done() + " of " + c.total() + " takes");
            if (!cancelled.get()) status.setText("Reading takes" + (c.cached() > 0 ? " (" + c.cached() + " from the cache)" : "") + "\u2026");
        }

        @Override
        protected void done() {
            String text;
            try {
                text = get();
            } catch (InterruptedException | CancellationException e) {
                text = "Stopped.";
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                text = "The report failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse(""));
            }
            status.setText("<html>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
            bar.setIndeterminate(false);
            if (bar.getMaximum() == 0) bar.setMaximum(1);
            bar.setValue(bar.getMaximum());
            button.setText("Close");
            button.setEnabled(true);
        }
    }

    /** The desktop's browser, when there is one; false on a desktop without (the dialog then says where the page is). */
    private static boolean browse(Path html) {
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) return false;
            Desktop.getDesktop().browse(html.toUri());
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
