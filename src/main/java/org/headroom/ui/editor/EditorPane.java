package org.headroom.ui.editor;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.Analyzer;
import org.headroom.analysis.BlockPipeline;
import org.headroom.analysis.FileAnalyzer;
import org.headroom.analysis.Report;
import org.headroom.audio.AudioSource;
import org.headroom.edit.EditList;
import org.headroom.edit.PeakPreview;
import org.headroom.edit.Renderer;
import org.headroom.edit.SoundEdits;
import org.headroom.edit.SourceOpener;
import org.headroom.preset.AnalysisDefaults;
import org.headroom.preset.PresetLoader;
import org.headroom.ui.common.Card;
import org.headroom.ui.common.ThemedLabel;

/**
 * The editor's content once a file is open: the waveform card (overview, ruler, detail) in the
 * middle, findings, edit points and the playback meter on the right, the selection's times
 * below. It starts the background work (scan, preview, analysis) and owns the 30 Hz timer that
 * moves the playhead; it never waits on either.
 */
final class EditorPane extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient EditorWindow window;
    private final transient EditorSession session;
    private final transient PresetLoader presets;
    private final transient ViewPort view = new ViewPort();
    private final transient Playback playback;
    private final transient EditCommands commands;
    private final transient AtomicBoolean closing = new AtomicBoolean();
    private final WaveformView wave;
    private final OverviewStrip overview;
    private final LayerLane layerLane;
    private final FindingsPanel findings;
    private final EditPointsPanel points;
    private final AppliedPanel applied;
    private final PlaybackMeter meter;
    private final StatusBar status;
    private final JLabel playTime = ThemedLabel.caption("stopped");
    private final Timer timer;
    private final EditorControls controls;
    private final transient Runnable formatChanged = this::formatChanged;
    /** The effects the findings were (or are being) analysed with; null before the first analysis. */
    private transient EditList analysedFor;
    /** Clip runs and dropouts of the source as it is ({@link Mark#isDamage}); null until the source has been analysed. */
    private transient List<Mark> sourceDamage;
    /** Counts analyses, so only the newest one's findings are shown; EDT only (read by the worker to stop early). */
    private volatile int analysisRun;

    EditorPane(EditorWindow window, EditorSession session, PresetLoader presets) {
        super(new BorderLayout(8, 8));
        this.window = window;
        this.session = session;
        this.presets = presets;
        this.commands = new EditCommands(session);
        this.playback = new Playback(session, this::say);
        this.controls = new EditorControls(this);
        setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        wave = new WaveformView(session, view, playback::playhead, new WaveformView.Editing() {
            @Override
            public void selected(long a, long b) {
                select(a, b);
            }

            @Override
            public void fadeDragged(boolean in, long frames) {
                report(commands.fade(in, frames / (double) session.rate(), controls.shape()));
            }
        });
        overview = new OverviewStrip(session, view, playback::playhead);
        findings = new FindingsPanel(session, this::show);
        findings.onFix(m -> FindingFix.offer(this, m));
        points = new EditPointsPanel(session, f -> select(f, f));
        applied = new AppliedPanel(session, this::say);
        meter = new PlaybackMeter(playback::peaks);
        status = new StatusBar(session, view);
        session.onContentChange(() -> view.setExtent(session.map().frames(), Math.max(1, wave.getWidth())));
        session.onContentChange(playback::prepare); // the plan is made before Play is pressed

        JPanel waves = new JPanel(new BorderLayout(0, 0));
        JPanel top = new JPanel(new BorderLayout(0, 6));
        top.setOpaque(false);
        top.add(overview, BorderLayout.NORTH);
        top.add(new TimeRuler(view, session.rate()), BorderLayout.SOUTH);
        waves.add(top, BorderLayout.NORTH);
        waves.add(wave, BorderLayout.CENTER);
        layerLane = new LayerLane(session, view);
        waves.add(layerLane, BorderLayout.SOUTH); // layers (issue 12): the bed and its duck envelope
        // the file's name as it is spelt: a card's heading is upper-cased, and "TAKE_03.WAV" is not the file
        Card waveCard = new Card(null, waves);
        JLabel title = new ThemedLabel(session.audio().getFileName() + "  \u00b7  " + describe(session.format()), "Headroom.text.dim", -1f,
                java.awt.Font.BOLD);
        title.setName("waveTitle");
        waveCard.add(title, BorderLayout.NORTH);

        JPanel side = new JPanel(new GridLayout(0, 1, 0, 8));
        side.setOpaque(false);
        side.setPreferredSize(new Dimension(380, 300));
        side.add(new Card("Findings", findings));
        side.add(new Card("Suggested edit points", points));
        side.add(new Card("Applied", applied));
        JPanel meterBox = new JPanel();
        meterBox.setLayout(new BoxLayout(meterBox, BoxLayout.Y_AXIS));
        meterBox.setOpaque(false);
        meterBox.add(meter);
        meterBox.add(javax.swing.Box.createVerticalStrut(4));
        meterBox.add(playTime);
        playTime.setName("playTime");
        JPanel sideAll = new JPanel(new BorderLayout(0, 8));
        sideAll.setOpaque(false);
        sideAll.add(side, BorderLayout.CENTER);
        sideAll.add(new Card("Playback", meterBox), BorderLayout.SOUTH);

        add(controls.toolbar(), BorderLayout.NORTH);
        add(waveCard, BorderLayout.CENTER);
        add(sideAll, BorderLayout.EAST);
        add(status, BorderLayout.SOUTH);
        timer = new Timer(33, e -> tick());
        TimeDisplay.onChange(formatChanged);
        controls.bindKeys(this);
    }

    EditorSession session() {
        return session;
    }

    LayerLane layerLane() {
        return layerLane;
    }

    EditCommands commands() {
        return commands;
    }

    ViewPort view() {
        return view;
    }

    Playback playback() {
        return playback;
    }

    FindingsPanel findings() {
        return findings;
    }

    EditPointsPanel points() {
        return points;
    }

    AppliedPanel applied() {
        return applied;
    }

    EditorControls controls() {
        return controls;
    }

    EditorWindow window() {
        return window;
    }

    PresetLoader presets() {
        return presets;
    }

    void requestFocusOnWave() {
        wave.requestFocusInWindow();
    }

    /** Starts the scan (and, for PCM, the quick preview) and the analysis; all off the EDT. */
    void start() {
        timer.start();
        var scan = session.scan();
        SourceOpener opener = SourceOpener.file(session.audio());
        boolean seekable = "PCM".equals(session.format().encoding()) || session.format().isFloat();
        // the preview runs alone first: on two cores the full pass and the analysis would halve its speed,
        // and the user's first picture of a long take comes from it
        background("peaks", () -> {
            if (seekable) PeakPreview.fill(scan.peaks(), opener, session.format().frames(), closing::get);
            SwingUtilities.invokeLater(() -> {
                session.onContentChange(this::analyse); // from now on an effect added or removed analyses again
                analyse();
            });
            try (var s = opener.open()) {
                scan.run(s, closing::get);
            }
            SwingUtilities.invokeLater(session::scanned);
        });
    }

    /**
     * The engine's analysis for the findings, on a worker thread: of the source, or, once
     * effects are applied, of the source through those effects alone ({@link SoundEdits}), so
     * the findings stay on the source's timeline for the cuts to place and an effect that
     * removes a problem (a hum notch) removes its finding. Damage (clipping, dropouts) is kept
     * from the source's own analysis, since a filter hides it from the detectors without
     * repairing it. Runs again whenever the effects change; an older run that finishes late is
     * ignored.
     */
    private void analyse() {
        if (closing.get()) return;
        EditList sound = SoundEdits.of(session.edits(), session.rate(), session.format().frames());
        if (sound.equals(analysedFor)) return;
        analysedFor = sound;
        int run = ++analysisRun;
        findings.analysing();
        List<Mark> knownDamage = sourceDamage;
        new SwingWorker<Analysed, Void>() {
            @Override
            protected Analysed doInBackground() throws Exception {
                AnalysisDefaults d = presets.analysisDefaults();
                AnalysisSettings settings = new AnalysisSettings(d.clipRun(), d.clipThresholdDbfs(), null, d.truePeakCeilingDbtp());
                List<Mark> damage = knownDamage;
                if (sound.edits().isEmpty() || damage == null) {
                    List<Mark> source = Mark.of(new FileAnalyzer().analyze(session.audio(), settings, (done, total) -> { }, null),
                            session.rate());
                    damage = source.stream().filter(Mark::isDamage).toList();
                    if (sound.edits().isEmpty()) return new Analysed(source, damage);
                }
                try (AudioSource s = Renderer.render(SourceOpener.file(session.audio()), sound)) {
                    Analyzer analyzer = new Analyzer(s.format(), settings);
                    long frames = new BlockPipeline().run(s, analyzer.consumers(), done -> {
                        if (closing.get() || run != analysisRun) throw new CancellationException();
                    });
                    Report r = analyzer.report(session.audio().toString(), s.format().withFrames(frames), null, List.of());
                    return new Analysed(Mark.afterEffects(Mark.of(r, session.rate()), damage, sound, session.rate(),
                            session.format().frames()), damage);
                }
            }

            @Override
            protected void done() {
                if (run != analysisRun || closing.get()) return;
                try {
                    Analysed a = get();
                    sourceDamage = a.damage();
                    session.setMarks(a.marks());
                    findings.analysed(null);
                } catch (Exception e) {
                    findings.analysed("analysis failed");
                }
            }
        }.execute();
    }

    /** What one analysis gives the findings list, and the source's own damage for the next run to reuse. */
    private record Analysed(List<Mark> marks, List<Mark> damage) {
    }

    private interface Work {
        void run() throws Exception;
    }

    private void background(String name, Work work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (Exception e) {
                SwingUtilities.invokeLater(() -> say("Reading " + session.audio().getFileName() + " failed: " + e.getMessage()));
            }
        }, name + " " + session.audio().getFileName());
        t.setDaemon(true);
        t.start();
    }

    private void tick() {
        long head = playback.playhead();
        if (head >= 0 || playback.isPlaying()) {
            if (head >= 0 && (head > view.end() || head < view.start())) view.scrollTo(head - view.fpp() * view.width() * 0.1);
            wave.repaint();
            overview.repaint();
        }
        meter.tick();
        String planning = playback.planning();
        playTime.setText(head >= 0 && planning == null ? "\u25B6 " + TimeDisplay.of(head, session.rate())
                : planning != null ? "preparing: " + planning
                : playback.lastError() != null ? "no output device" : "stopped");
        status.refresh(playback.isPlaying());
        controls.refresh();
    }

    /** Sets the selection; with snapping on, moves its ends to zero crossings when they have been read. */
    void select(long a, long b) {
        session.select(a, b);
        if (!controls.snap()) return;
        long[] snapped = {-1, -1};
        Runnable apply = () -> {
            if (snapped[0] >= 0 && snapped[1] >= 0 && session.selStart() == Math.min(a, b) && session.selEnd() == Math.max(a, b)) {
                session.select(snapped[0], snapped[1]);
            }
        };
        ZeroSnap.snap(session.audio(), session.map(), Math.min(a, b), session.rate(), f -> {
            snapped[0] = f;
            if (a == b) snapped[1] = f;
            apply.run();
        });
        if (a != b) {
            ZeroSnap.snap(session.audio(), session.map(), Math.max(a, b), session.rate(), f -> {
                snapped[1] = f;
                apply.run();
            });
        }
    }

    /** Shows a finding: selects it and brings it into view. */
    void show(long from, long to) {
        session.select(from, to);
        view.show(from, to);
    }

    void report(String problem) {
        if (problem != null) say(problem);
    }

    void say(String text) {
        status.say(text);
    }

    void save() {
        try {
            session.save();
            say("Saved " + session.audio().getFileName() + ".headroom.json");
        } catch (java.io.IOException e) {
            JOptionPane.showMessageDialog(window, "Cannot save the project: " + e.getMessage(), "Save", JOptionPane.ERROR_MESSAGE);
        }
    }

    /** Another time format was chosen (here or in another window): redraw every time shown. */
    private void formatChanged() {
        findings.reformat();
        points.reformat();
        status.refresh(playback.isPlaying());
    }

    void dispose() {
        TimeDisplay.removeListener(formatChanged);
        closing.set(true);
        timer.stop();
        overview.dispose();
        wave.dispose();
        playback.close();
        // the autosaver's last write happens on its own thread, not the EDT's
        Thread t = new Thread(session::close, "closing " + session.audio().getFileName());
        t.start();
    }

    JLabel statusLabel() {
        return status.message();
    }

    /** "48 kHz · 24-bit PCM · stereo · 9.8 s", as the monitor's format panel says it. */
    static String describe(org.headroom.audio.SourceFormat f) {
        String rate = f.sampleRate() % 1000 == 0 ? f.sampleRate() / 1000 + " kHz" : String.format(java.util.Locale.ROOT, "%.1f kHz", f.sampleRate() / 1000.0);
        String bits = f.bitsPerSample() == null ? f.encoding() : f.validBits() + "-bit " + f.encoding();
        String ch = f.channels() == 1 ? "mono" : f.channels() == 2 ? "stereo" : f.channels() + " channels";
        return rate + " \u00b7 " + bits + " \u00b7 " + ch + " \u00b7 " + RulerScale.ruler(f.durationSeconds(), 0.1);
    }
}
