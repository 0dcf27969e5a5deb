package org.headroom.ui.monitor;

import org.headroom.ui.common.Theme;
import org.headroom.ui.common.Banner;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JToolBar;
import javax.swing.Timer;
import javax.swing.WindowConstants;

import org.headroom.analysis.LiveSession;
import org.headroom.analysis.LiveSnapshot;
import org.headroom.analysis.QcLogWriter;
import org.headroom.detect.Finding;
import org.headroom.preset.DeliveryPreset;
import org.headroom.ui.common.Card;
import org.headroom.ui.common.Readout;
import org.headroom.ui.common.KeyTable;

/**
 * The live monitor: levels on the left, loudness, history and spectrum in the middle, the
 * input's format, the room's noise and stereo correlation on the right, the QC log below.
 * A Swing Timer at 30–60 Hz reads the session's latest snapshot and hands it to every
 * widget; nothing here waits on a device or a disk.
 */
final class MonitorWindow extends JFrame implements MeterActions, SessionRunner.Listener {
    private static final long serialVersionUID = 1L;

    private final UiPresets ui;
    private final PresetCatalog catalog;
    private final SessionRunner runner;
    private final PerfMeter perf = new PerfMeter();
    private final List<MeterView> views = new ArrayList<>();
    private final Banner banner = new Banner();
    private final JLabel status = new JLabel(" ");
    private final JLabel perfLabel = new JLabel();
    private final LevelsPanel levels;
    private final LoudnessPanel loudness;
    private final HistoryChart history;
    private final FormatPanel format = new FormatPanel();
    private final NoisePanel noise;
    private final CorrelationBar correlation = new CorrelationBar();
    private final SpectrumView spectrum = new SpectrumView();
    private final QcLogTable qc;
    private final InputChooser chooser;
    private final JComboBox<Ballistics> ballisticsBox = new JComboBox<>(Ballistics.values());
    private final Timer timer;
    private final TakeRecording takes;
    /** The meters' least height: below it the spectrum and the history chart stop being readable. */
    static final int METERS_MIN_HEIGHT = 450;
    private final SplitMemory logHeight = new SplitMemory("qcLogHeight");
    private List<String> inputNotes = List.of();
    private List<String> takeNotes = List.of();
    private DeliveryPreset preset;
    private Ballistics ballistics;
    /** What the user last asked for (the window starts on the default device); a fallback to the demo does not change it. */
    private InputSpec chosen;
    private final AdvisorLink advisorLink;
    private MeterFrame lastFrame;
    private String transientStatus;
    private long transientUntil;
    /** The session whose lost input the banner and the QC log already tell of. */
    private RunningInput lostShown;

    MonitorWindow(UiPresets ui, PresetCatalog catalog, InputOpener opener) {
        super("Headroom");
        this.ui = ui;
        this.catalog = catalog;
        this.preset = catalog.find(ui.deliveryPreset());
        this.ballistics = ui.ballistics();
        this.runner = new SessionRunner(opener, ui, this);
        this.chosen = new InputSpec.Device(null, ui.captureFormat());
        this.advisorLink = new AdvisorLink(runner::current, () -> chosen, opener::devices);
        this.levels = new LevelsPanel(ui, this, this::levelPainted);
        this.loudness = new LoudnessPanel(this, this::choosePreset);
        this.history = new HistoryChart(ui.historySeconds());
        this.noise = new NoisePanel(catalog.defaults());
        this.qc = new QcLogTable(this::qcReport, this::say);
        this.chooser = new InputChooser(opener::devices, ui.captureFormat(), this::switchTo);
        this.takes = new TakeRecording(takeHost(), ui.recordingsFolder());
        views.addAll(List.of(levels, loudness, history, format, noise, correlation, spectrum));
        loudness.setPresets(catalog.delivery(), preset);

        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setJMenuBar(new MonitorMenus(this).build());
        JPanel root = new JPanel(new BorderLayout());
        JPanel north = new JPanel(new BorderLayout());
        north.add(toolbar(), BorderLayout.NORTH);
        north.add(banner, BorderLayout.CENTER);
        JPanel strip = new JPanel(new BorderLayout());
        strip.setBorder(BorderFactory.createEmptyBorder(6, 8, 0, 8));
        strip.add(takes.panel(), BorderLayout.CENTER);
        north.add(strip, BorderLayout.SOUTH);
        root.add(north, BorderLayout.NORTH);
        JComponent meters = meters();
        // the meters cannot be squeezed below this (the spectrum and the history keep a readable height);
        // the log asks for eight rows and gives way to three
        meters.setMinimumSize(new Dimension(600, METERS_MIN_HEIGHT));
        Card log = new Card("QC log", qc);
        log.setName("qc-card");
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, meters, log);
        split.setName("qc-split");
        split.setResizeWeight(1.0); // a taller window gives the meters the room; the log keeps its rows
        split.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
        logHeight.restore(split);
        root.add(split, BorderLayout.CENTER);
        root.add(statusBar(), BorderLayout.SOUTH);
        setContentPane(root);
        setMinimumSize(new Dimension(1100, 760));
        setSize(defaultSize());
        setLocationByPlatform(true);
        bindRecordKey();

        timer = new Timer(1000 / ui.refreshHz(), e -> tick());
        timer.setCoalesce(true);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                logHeight.save(split);
                timer.stop();
                takes.finishOnClose();
                runner.stop();
            }
        });
    }

    /**
     * As much of the screen as the meters use well: on a 1920×1080 screen 1600×1040 (or the height left by a taskbar), so the QC log
     * shows its eight rows under full-height meters; on a smaller screen all of it.
     */
    private static Dimension defaultSize() {
        java.awt.Rectangle usable = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        return new Dimension(Math.min(1600, usable.width), Math.min(1040, usable.height));
    }

    /** Opens the first input in the background and starts the screen refresh. */
    void start() {
        say("Opening the default capture device\u2026");
        runner.openFirst(catalog.settings(preset));
        chooser.refresh();
        takes.startUp();
        timer.start();
    }

    /** R starts and stops a take from anywhere in the window, except while typing in a field. */
    private void bindRecordKey() {
        javax.swing.JRootPane root = getRootPane();
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyTable.MONITOR.accelerator("recordKey"), "record");
        root.getActionMap().put("record", new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (getFocusOwner() instanceof javax.swing.text.JTextComponent) return; // an R typed into the notes
                takes.toggle();
            }
        });
    }

    private TakeRecording.Host takeHost() {
        return new TakeRecording.Host() {
            @Override
            public RunningInput running() {
                return runner.current();
            }

            @Override
            public void takeNotes(List<String> lines) {
                takeNotes = lines;
                showBanner();
            }

            @Override
            public void log(QcRow row) {
                qc.model().add(row);
            }

            @Override
            public void say(String message) {
                MonitorWindow.this.say(message);
            }

            @Override
            public boolean demoChosen() {
                return chosen instanceof InputSpec.Demo;
            }
        };
    }

    /** The input's notes (demo, fallback) and the recording's (a recovered take, low disk) share the banner. */
    private void showBanner() {
        List<String> all = new ArrayList<>(inputNotes);
        all.addAll(takeNotes);
        banner.show(all);
    }

    private JComponent toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        bar.add(chooser);
        bar.addSeparator(new Dimension(16, 0));
        JLabel bl = new JLabel("Bars");
        bl.setDisplayedMnemonic(KeyTable.MONITOR.mnemonic("bars"));
        bl.setLabelFor(ballisticsBox);
        ballisticsBox.setName("ballistics");
        ballisticsBox.setSelectedItem(ballistics);
        ballisticsBox.setToolTipText("<html>What the level bars follow (" + KeyTable.MONITOR.hint("bars") + "). Sample peak shows what clips;"
                + "<br>PPM and VU are the broadcast meters' slower needles.</html>");
        ballisticsBox.addActionListener(e -> setBallistics((Ballistics) ballisticsBox.getSelectedItem()));
        bar.add(bl);
        bar.add(javax.swing.Box.createHorizontalStrut(6));
        ballisticsBox.setMaximumSize(ballisticsBox.getPreferredSize());
        bar.add(ballisticsBox);
        bar.add(javax.swing.Box.createHorizontalGlue());
        JButton theme = new JButton("Light / dark");
        theme.setName("theme");
        theme.setToolTipText("Switch between the dark and the light theme (" + KeyTable.MONITOR.hint("theme") + ").");
        theme.addActionListener(e -> toggleTheme());
        bar.add(theme);
        return bar;
    }

    /**
     * Levels on the left; loudness, history and spectrum in the wide middle column, where the
     * spectrum shares the height with the history instead of taking what the side cards leave
     * (it was squeezed to a strip); input format, room and correlation on the right.
     */
    private JComponent meters() {
        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createEmptyBorder(8, 0, 8, 0));
        JComponent levelCard = new Card("Levels \u00b7 dBFS", levels);
        levelCard.setName("levels-card");
        add(p, levelCard, 0, 0, 1, 3, 0, 1);
        Card loudnessCard = new Card("Loudness \u00b7 EBU R 128 / BS.1770", loudness);
        loudnessCard.setName("loudness-card");
        add(p, loudnessCard, 1, 0, 1, 1, 1, 0);
        Card historyCard = new Card("History", history);
        historyCard.setPreferredSize(new Dimension(600, 240));
        historyCard.setMinimumSize(new Dimension(300, 150));
        add(p, historyCard, 1, 1, 1, 1, 1, 0.6);
        Card spectrumCard = new Card("Spectrum", spectrum);
        spectrumCard.setPreferredSize(new Dimension(600, 170));
        spectrumCard.setMinimumSize(new Dimension(300, 150));
        add(p, spectrumCard, 1, 2, 1, 1, 1, 0.4);
        JPanel side = new JPanel(new GridBagLayout());
        side.setOpaque(false);
        add(side, new Card("Input format", format), 0, 0, 1, 1, 1, 0);
        add(side, new Card("Room \u00b7 updated every second", noise), 0, 1, 1, 1, 1, 0);
        add(side, new Card("Stereo correlation", correlation), 0, 2, 1, 1, 1, 0);
        JPanel rest = new JPanel();
        rest.setOpaque(false);
        add(side, rest, 0, 3, 1, 1, 1, 1);
        side.setPreferredSize(new Dimension(380, 400));
        side.setMinimumSize(new Dimension(340, 380));
        add(p, side, 2, 0, 1, 3, 0, 1);
        return p;
    }

    private static void add(JPanel p, JComponent c, int x, int y, int w, int h, double wx, double wy) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = x;
        g.gridy = y;
        g.gridwidth = w;
        g.gridheight = h;
        g.weightx = wx;
        g.weighty = wy;
        g.fill = GridBagConstraints.BOTH;
        g.insets = new Insets(y == 0 ? 0 : 4, x == 0 ? 0 : 8, 4, 0);
        p.add(c, g);
    }

    private JComponent statusBar() {
        JPanel bar = new JPanel(new BorderLayout());
        bar.setBorder(BorderFactory.createEmptyBorder(4, 12, 4, 12));
        status.setName("status");
        perfLabel.setName("perf");
        perfLabel.setVisible(false);
        bar.add(status, BorderLayout.CENTER);
        bar.add(perfLabel, BorderLayout.EAST);
        return bar;
    }

    // --- what the controls ask for -------------------------------------------------------

    void switchTo(InputSpec spec) {
        chosen = spec;
        takes.stopThen("the input changed to " + spec.label(), () -> {
            say("Switching to " + spec.label() + "\u2026");
            runner.switchTo(spec, catalog.settings(preset));
        });
    }

    void openFile(java.nio.file.Path file) {
        chooser.chooseFile(file);
    }

    private void choosePreset(DeliveryPreset p) {
        if (p.equals(preset)) return;
        preset = p;
        RunningInput r = runner.current();
        // the session checks true-peak overs against the preset's ceiling, so it starts again under the new one
        if (r != null) {
            takes.stopThen("the delivery preset changed to " + p.title(), () -> {
                say("Delivery preset " + p.title() + ": metering restarted with its targets.");
                runner.switchTo(r.input().spec(), catalog.settings(preset));
            });
        }
    }

    void setBallistics(Ballistics b) {
        ballistics = b;
        if (ballisticsBox.getSelectedItem() != b) ballisticsBox.setSelectedItem(b);
    }

    void toggleTheme() {
        Theme.toggle();
    }

    void togglePerf() {
        perfLabel.setVisible(!perfLabel.isVisible());
    }

    LevelsPanel levels() {
        return levels;
    }

    QcLogTable qcLog() {
        return qc;
    }

    @Override
    public void resetHeldPeaks() {
        RunningInput r = runner.current();
        if (r != null) r.session().resetHeldPeaks();
    }

    @Override
    public void resetClips(int channel) {
        RunningInput r = runner.current();
        if (r != null) r.session().resetClips(channel);
        if (channel < 0) levels.leds().forEach(ClipLed::clearNow);
    }

    @Override
    public void resetLoudness() {
        RunningInput r = runner.current();
        if (r != null) r.session().resetLoudness();
        say("Integrated loudness and loudness range start again now.");
    }

    // --- the session side ----------------------------------------------------------------

    @Override
    public void started(RunningInput running) {
        OpenedInput in = running.input();
        setTitle("Headroom \u2014 " + in.spec().label());
        List<String> notes = new ArrayList<>(in.warnings());
        if (in.isDemo() && notes.stream().noneMatch(s -> s.contains("demo input"))) {
            notes.add("Demo input: the bundled take (speech, a clipped shout, mains hum) played as if live \u2014"
                    + " not a microphone.");
        }
        inputNotes = List.copyOf(notes);
        showBanner();
        takes.attach(running);
        chooser.showCurrent(in.spec());
        levels.rebuild(running.session().format(), catalog.clipRule(), ballistics);
        javax.swing.SwingUtilities.invokeLater(this::widenForTheMeters);
        history.clear();
        perf.reset();
        transientStatus = null;
    }

    /**
     * An input with many channels needs a wider levels card: the window grows to show every column
     * beside full-width loudness, history and spectrum, as far as the screen allows (never shrinks).
     */
    private void widenForTheMeters() {
        int need = getContentPane().getPreferredSize().width + getInsets().left + getInsets().right;
        java.awt.Rectangle usable = getGraphicsConfiguration().getBounds();
        java.awt.Rectangle max = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        usable = usable.intersection(max).isEmpty() ? usable : usable.intersection(max);
        if (getWidth() >= need || getWidth() >= usable.width) return;
        int width = Math.min(need, usable.width);
        int x = Math.max(usable.x, Math.min(getX(), usable.x + usable.width - width));
        setBounds(x, getY(), width, getHeight());
    }

    @Override
    public void failed(String message) {
        inputNotes = List.of("Could not open the input: " + message);
        showBanner();
        say("No input running.");
    }

    private void say(String message) {
        transientStatus = message;
        transientUntil = System.nanoTime() + 8_000_000_000L;
        status.setText(message);
    }

    // --- the screen refresh --------------------------------------------------------------

    private void tick() {
        RunningInput r = runner.current();
        if (r == null) return;
        LiveSnapshot s = r.session().latest();
        MeterFrame frame = new MeterFrame(s, r.reverb().latest(), r.input(), preset, ballistics,
                r.session().end() == LiveSession.End.FAILED);
        lastFrame = frame;
        perf.delivered(s.arrivalNanos());
        for (MeterView v : views) v.show(frame);
        qc.model().update(r, r.startedAt(), r.input().spec().label(), s);
        if (r.session().end() == LiveSession.End.FAILED) inputLost(r);
        takes.tick(r);
        if (transientStatus != null && System.nanoTime() > transientUntil) transientStatus = null;
        String text = r.input().spec().label() + "  \u00b7  take " + Readout.clock(s.seconds())
                + (transientStatus == null ? "" : "  \u00b7  " + transientStatus);
        if (!text.equals(status.getText())) status.setText(text);
        if (perfLabel.isVisible() && perf.paints() % 15 == 0) perfLabel.setText(perf.summary());
    }

    /**
     * The session's capture loop failed (a device unplugged, the audio server stopped): the take
     * under way is finished, the banner says when and what to do, and the QC log gets the
     * session's INPUT_FAILED finding, once per session. Seen here, on the screen refresh, as every
     * other end of a session; the capture thread has already ended, so nothing here waits.
     */
    private void inputLost(RunningInput r) {
        takes.inputFailed(); // again on later refreshes: a take still starting when the input went is stopped once it runs
        if (lostShown == r) return;
        lostShown = r;
        Finding f = r.session().inputFailure();
        inputNotes = List.of(lostInputNote(f.startSeconds(), r.session().failureReason()));
        showBanner();
        String label = r.input().spec().label();
        qc.model().add(new QcRow(QcLogWriter.wallClock(r.startedAt(), f.startSeconds()), f, "all", label));
        say("The input was lost.");
    }

    /** What the banner says about a lost input: when (take time), why, and what to do. */
    static String lostInputNote(double takeSeconds, String reason) {
        return "Input lost at " + Readout.takeTime(takeSeconds) + " of the take: " + reason + ". Check the cable and the"
                + " interface's power (or restart the audio server), then choose it again or another input above.";
    }

    private void levelPainted(long arrivalNanos) {
        perf.painted(System.nanoTime(), arrivalNanos);
    }

    PerfMeter perf() {
        return perf;
    }

    MeterFrame lastFrame() {
        return lastFrame;
    }

    Ballistics lastFrameBallistics() {
        return ballistics;
    }

    RunningInput running() {
        return runner.current();
    }

    /** What the mic advisor's Listen… hears: this window's input. */
    AdvisorLink advisorLink() {
        return advisorLink;
    }

    TakeRecording takes() {
        return takes;
    }

    QcReport qcReport() {
        MeterFrame f = lastFrame;
        List<QcRow> rows = qc.model().rows();
        if (f == null) return new QcReport(Instant.now(), "no input", "", "", 0, null, null, null, null, rows);
        LiveSnapshot s = f.snapshot();
        double tp = Double.NEGATIVE_INFINITY;
        for (LiveSnapshot.ChannelMeters m : s.channels()) tp = Math.max(tp, m.truePeakDbtp());
        return new QcReport(Instant.now(), f.input().spec().label(), FormatPanel.describe(s.format(), f.input().actual()),
                f.preset().title() + ": " + LoudnessPanel.targetText(f.preset()), s.seconds(), s.integratedLufs(), s.loudnessRangeLu(),
                Double.isFinite(tp) ? tp : null, s.noiseFloorDbfs(), rows);
    }
}
