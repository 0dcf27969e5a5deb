package org.headroom.ui.advisor;

import java.awt.BorderLayout;
import java.awt.Component;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.headroom.advice.Location;
import org.headroom.advice.NoiseCriteria;
import org.headroom.ui.ThemedLabel;

/**
 * "Measure a recording…": choose a file, measure it in a {@link MeasureTask} with a progress bar
 * and Cancel, and hand the result to the caller on the EDT. Errors are said in words.
 */
final class MeasureBar extends JPanel {
    private static final long serialVersionUID = 1L;
    final JButton measure = new JButton("Measure a recording\u2026");
    final JButton cancel = new JButton("Cancel");
    final JProgressBar progress = new JProgressBar(0, 100);
    final JLabel status = ThemedLabel.caption("Record 10\u201330 s on location: room tone, some speech, a hand clap.");
    private final DoubleSupplier talkerMetres;
    private final Consumer<Location> done;
    private final NoiseCriteria criteria;
    private MeasureTask task;

    MeasureBar(String namePrefix, DoubleSupplier talkerMetres, NoiseCriteria criteria, Consumer<Location> done) {
        super(new BorderLayout(8, 4));
        setOpaque(false);
        this.talkerMetres = talkerMetres;
        this.done = done;
        this.criteria = criteria;
        measure.setName(namePrefix + "measure");
        cancel.setName(namePrefix + "cancel");
        progress.setName(namePrefix + "progress");
        status.setName(namePrefix + "status");
        measure.setMnemonic('R');
        measure.setToolTipText("Pick a short recording of the place (a WAV, FLAC, MP3\u2026) and measure its noise and echo.");
        cancel.setToolTipText("Stop measuring.");
        progress.setToolTipText("How much of the recording has been measured.");
        cancel.setEnabled(false);
        progress.setStringPainted(true);
        progress.setVisible(false);
        JPanel buttons = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 0, 0));
        buttons.setOpaque(false);
        buttons.add(measure);
        buttons.add(javax.swing.Box.createHorizontalStrut(8));
        buttons.add(cancel);
        buttons.add(javax.swing.Box.createHorizontalStrut(8));
        buttons.add(progress);
        add(buttons, BorderLayout.NORTH);
        add(status, BorderLayout.CENTER);
        measure.addActionListener(e -> choose());
        cancel.addActionListener(e -> {
            if (task != null) task.cancel(false);
        });
    }

    private void choose() {
        JFileChooser c = new JFileChooser(Path.of("").toAbsolutePath().toFile());
        c.setFileFilter(new FileNameExtensionFilter("Audio (wav, bwf, rf64, aiff, flac, mp3, ogg)",
                "wav", "bwf", "rf64", "aif", "aiff", "flac", "mp3", "ogg"));
        Component owner = javax.swing.SwingUtilities.getWindowAncestor(this);
        if (c.showOpenDialog(owner) == JFileChooser.APPROVE_OPTION) measure(c.getSelectedFile().toPath());
    }

    /** Starts measuring a file; also the entry point for tests, which cannot drive a native file dialog reliably. */
    void measure(Path file) {
        if (task != null && !task.isDone()) task.cancel(false);
        MeasureTask t = new MeasureTask(file, talkerMetres.getAsDouble(), criteria);
        task = t;
        measure.setEnabled(false);
        cancel.setEnabled(true);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("Measuring " + file.getFileName() + "\u2026");
        t.addPropertyChangeListener(e -> {
            if ("progress".equals(e.getPropertyName())) progress.setValue((Integer) e.getNewValue());
            if ("state".equals(e.getPropertyName()) && e.getNewValue() == SwingWorker.StateValue.DONE) finished(t);
        });
        t.execute();
    }

    boolean busy() {
        return task != null && !task.isDone();
    }

    private void finished(MeasureTask t) {
        if (t != task) return; // a newer measurement replaced this one
        measure.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(false);
        try {
            Location l = t.get();
            status.setText(String.format(java.util.Locale.ROOT, "Measured %s (%.1f s).", t.file().getFileName(), l.seconds()));
            done.accept(l);
        } catch (CancellationException e) {
            status.setText("Measuring cancelled.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
            status.setText("Could not measure " + t.file().getFileName() + ": " + why);
        }
    }
}
