package org.headroom.ui.advisor;

import java.awt.BorderLayout;
import java.awt.Component;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.util.Locale;
import org.headroom.advice.Location;
import org.headroom.advice.LocationListening;
import org.headroom.advice.NoiseCriteria;
import org.headroom.audio.DeviceException;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Readout;
import org.headroom.ui.common.ThemedLabel;
import org.headroom.ui.common.KeyTable;

/**
 * "Measure a recording…" (choose a file, measure it in a {@link MeasureTask}) and "Listen…"
 * (hear the place live for 10–30 s in a {@link ListenTask}, with a prompt, a countdown and a peak
 * level), both with Cancel; the result goes to the caller on the EDT. Errors are said in words, on
 * the status line.
 */
final class MeasureBar extends JPanel {
    private static final long serialVersionUID = 1L;
    /** The level bar's span: below this a peak shows as nothing [judgement: room tone sits well above it]. */
    private static final int LEVEL_FLOOR_DB = -60;
    /** Peaks this close to full scale may clip: the bar turns to the warning colour. */
    private static final double NEAR_CLIP_DBFS = -1;
    final JButton measure = new JButton("Measure a recording\u2026");
    final JButton listen = new JButton("Listen\u2026");
    final JSpinner listenSeconds = new JSpinner(new SpinnerNumberModel(LocationListening.DEFAULT_SECONDS,
            LocationListening.MIN_SECONDS, LocationListening.MAX_SECONDS, 5));
    final JButton cancel = new JButton("Cancel");
    final JProgressBar progress = new JProgressBar(0, 100);
    final JProgressBar level = new JProgressBar(LEVEL_FLOOR_DB, 0);
    /** While listening: what it listens through, or why not through what was chosen. Its own line: the status is for the cue. */
    final WrappingCaption input = new WrappingCaption(" ");
    final WrappingCaption status = new WrappingCaption("Record 10\u201330 s on location, or listen live: room tone, some speech, a hand clap.");
    /**
     * Where Listen… hears, asked on the EDT at each click (a monitor may have switched input since);
     * the advisor window points it at its monitor, tests (on the EDT) at a generated source.
     */
    Supplier<ListenInput> listenInput = () -> ListenInput.from(MonitorLink.NONE);
    private final DoubleSupplier talkerMetres;
    private final Done done;
    private final NoiseCriteria criteria;
    private final JPanel meters;
    private SwingWorker<Location, ?> task;
    /**
     * Set on the EDT from start until the result is shown. Not task.isDone(): that turns true on the
     * worker thread before the EDT has shown the result, and a last level update may still be queued.
     * Volatile because tests poll it from their own thread.
     */
    private volatile boolean working;

    /** Where a finished measurement goes, on the EDT. */
    @FunctionalInterface
    interface Done {
        /**
         * @param ofThePlace false when what was heard is not the place around the user (the
         *                   monitor's demo take or a file played as live): show it, but do not
         *                   let it stand in for the place's figures
         */
        void measured(Location location, boolean ofThePlace);
    }

    MeasureBar(String namePrefix, DoubleSupplier talkerMetres, NoiseCriteria criteria, Done done) {
        super(new BorderLayout(8, 4));
        setOpaque(false);
        this.talkerMetres = talkerMetres;
        this.done = done;
        this.criteria = criteria;
        measure.setName(namePrefix + "measure");
        listen.setName(namePrefix + "listen");
        listenSeconds.setName(namePrefix + "listenSeconds");
        cancel.setName(namePrefix + "cancel");
        progress.setName(namePrefix + "progress");
        level.setName(namePrefix + "level");
        status.setName(namePrefix + "status");
        input.setName(namePrefix + "input");
        KeyTable.ADVISOR.apply(measure, namePrefix + "measure");
        KeyTable.ADVISOR.apply(listen, namePrefix + "listen");
        measure.setToolTipText("Pick a short recording of the place (a WAV, FLAC, MP3\u2026) and measure its noise and echo.");
        listen.setToolTipText("<html>Listen to the place live through the monitor's input (the default capture device<br>"
                + "when the advisor has no monitor) and measure it:<br>"
                + LocationListening.PROMPT + "<br>Nothing is saved.</html>");
        listenSeconds.setToolTipText("How long to listen, 10 to 30 seconds.");
        cancel.setToolTipText("Stop measuring or listening.");
        progress.setToolTipText("How much of the recording has been measured, or how long there is left to listen.");
        level.setToolTipText("The loudest moment of the last tenth of a second, in dBFS: speech should move it, a clap should not hit the end.");
        cancel.setEnabled(false);
        progress.setStringPainted(true);
        level.setStringPainted(true);
        level.setVisible(false);
        JPanel buttons = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 0, 0));
        buttons.setOpaque(false);
        buttons.add(measure);
        buttons.add(javax.swing.Box.createHorizontalStrut(8));
        buttons.add(listen);
        buttons.add(javax.swing.Box.createHorizontalStrut(4));
        buttons.add(listenSeconds);
        JLabel unit = ThemedLabel.caption(" s");
        unit.setLabelFor(listenSeconds);
        buttons.add(unit);
        // The row under the buttons appears only while busy; Cancel lives there, where it matters.
        JPanel bars = new JPanel(new java.awt.GridLayout(1, 2, 8, 0));
        bars.setOpaque(false);
        bars.add(progress);
        bars.add(level);
        meters = new JPanel(new BorderLayout(8, 0));
        meters.setOpaque(false);
        meters.add(bars, BorderLayout.CENTER);
        meters.add(cancel, BorderLayout.EAST);
        meters.add(input, BorderLayout.SOUTH);
        meters.setVisible(false);
        JPanel top = new JPanel(new BorderLayout(0, 6));
        top.setOpaque(false);
        top.add(buttons, BorderLayout.NORTH);
        top.add(meters, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        add(status, BorderLayout.CENTER);
        measure.addActionListener(e -> choose());
        listen.addActionListener(e -> listen());
        cancel.addActionListener(e -> stop());
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
        MeasureTask t = new MeasureTask(file, talkerMetres.getAsDouble(), criteria);
        start(t, "Measuring " + file.getFileName() + "\u2026");
        progress.setValue(0);
        progress.setString(null);
        t.addPropertyChangeListener(e -> {
            if ("progress".equals(e.getPropertyName())) progress.setValue((Integer) e.getNewValue());
        });
        t.execute();
    }

    /** Starts listening for the chosen time; the Listen… button comes here. */
    void listen() {
        int seconds = ((Number) listenSeconds.getValue()).intValue();
        ListenInput through = listenInput.get();
        ListenTask t = new ListenTask(through, seconds, talkerMetres.getAsDouble(), criteria, (lt, m) -> heard(lt, seconds, m));
        start(t, "Listening\u2026 " + LocationListening.PROMPT);
        showInput("Listening through " + through.name() + "\u2026");
        progress.setValue(0);
        progress.setString(seconds + " s left");
        level.setValue(LEVEL_FLOOR_DB);
        level.setString("peak \u2014");
        level.setVisible(true);
        t.execute();
    }

    private void start(SwingWorker<Location, ?> t, String saying) {
        if (task != null && !task.isDone()) task.cancel(false);
        task = t;
        working = true;
        measure.setEnabled(false);
        listen.setEnabled(false);
        listenSeconds.setEnabled(false);
        cancel.setEnabled(true);
        level.setVisible(false);
        input.setVisible(false);
        meters.setVisible(true);
        status.setText(saying);
        revalidate();
        t.addPropertyChangeListener(e -> {
            if ("state".equals(e.getPropertyName()) && e.getNewValue() == SwingWorker.StateValue.DONE) finished(t);
        });
    }

    /** A listening moment, on the EDT: countdown, what to do now, and the level. */
    private void heard(ListenTask t, int seconds, ListenTask.Moment m) {
        if (!working || t != task) return; // a late update after the result is shown
        double left = Math.max(0, seconds - m.seconds());
        progress.setValue((int) Math.min(100, 100 * m.seconds() / seconds));
        progress.setString(String.format(Locale.ROOT, "%.0f s left", Math.ceil(left)));
        status.setText(LocationListening.cue(m.seconds()) + "\u2026");
        showInput(t.notice() != null ? t.notice() : "Listening through " + t.device() + ".");
        double peak = Math.max(LEVEL_FLOOR_DB, m.peakDbfs());
        level.setValue((int) Math.round(peak));
        level.setString(m.peakDbfs() <= LEVEL_FLOOR_DB ? "peak below " + LEVEL_FLOOR_DB + " dBFS"
                : String.format(Locale.ROOT, "peak %s dBFS", Readout.minusSign(String.format(Locale.ROOT, "%.0f", m.peakDbfs()))));
        level.setForeground(m.peakDbfs() >= NEAR_CLIP_DBFS ? Look.colour("Headroom.meter.danger") : null);
    }

    private void showInput(String text) {
        if (!text.equals(input.getText())) {
            input.setText(text);
            input.setToolTipText(text);
        }
        input.setVisible(true);
    }

    /** Cancels a measurement or listening under way; the window calls it on closing, to free the device. */
    void stop() {
        if (task != null) task.cancel(false);
    }

    boolean busy() {
        return working;
    }

    private void finished(SwingWorker<Location, ?> t) {
        if (t != task) return; // a newer measurement replaced this one
        measure.setEnabled(true);
        listen.setEnabled(true);
        listenSeconds.setEnabled(true);
        cancel.setEnabled(false);
        meters.setVisible(false);
        revalidate();
        boolean listening = t instanceof ListenTask;
        try {
            Location l = t.get();
            status.setText(listening ? heardText((ListenTask) t, l)
                    : String.format(Locale.ROOT, "Measured %s (%.1f s).", ((MeasureTask) t).file().getFileName(), l.seconds()));
            done.measured(l, !listening || ((ListenTask) t).hearsThePlace());
        } catch (CancellationException e) {
            status.setText(listening ? "Listening cancelled." : "Measuring cancelled.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
            if (!listening) status.setText("Could not measure " + ((MeasureTask) t).file().getFileName() + ": " + why);
            else status.setText(cause instanceof DeviceException ? "Cannot listen: " + why : why);
        }
        status.setToolTipText(status.getText());
        working = false; // last: whoever sees it false sees the result too
    }

    private static String heardText(ListenTask t, Location l) {
        String dropped = t.overruns() == 0 ? ""
                : " Audio was lost " + t.overruns() + " times on its way in, so the figures may be off.";
        String notice = t.notice() == null ? "" : " " + t.notice();
        return String.format(Locale.ROOT, "Listened to %s for %.1f s.%s%s", t.device(), l.seconds(), notice, dropped);
    }
}
